/**
 * A small client for Marionette, the remote protocol built into Gecko
 * applications. Messages are JSON framed as `LENGTH:JSON`, where LENGTH is
 * the byte length of the UTF-8 JSON. The server sends a greeting object
 * first. Commands are `[0, id, name, params]` and responses
 * `[1, id, error, result]`.
 */
const net = require("node:net");

class MarionetteError extends Error {
  constructor(command, error) {
    super(`${command} failed: ${error.error ?? "error"}: ${error.message ?? ""}`);
    this.name = "MarionetteError";
    this.command = command;
    this.remote = error;
  }
}

class MarionetteClient {
  constructor(socket, greeting, pending, state) {
    this.socket = socket;
    this.greeting = greeting;
    this.pending = pending;
    this.state = state;
    this.nextId = 1;
  }

  /**
   * Connects to Marionette on 127.0.0.1, retrying until `timeoutMs` passes,
   * because the server starts listening only after the application is up.
   */
  static async connect(port, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    let lastError;
    while (Date.now() < deadline) {
      try {
        return await MarionetteClient.connectOnce(port, deadline - Date.now());
      } catch (error) {
        lastError = error;
        await delay(250);
      }
    }
    throw new Error(
      `Marionette did not answer on 127.0.0.1:${port} within ${timeoutMs} ms` +
        (lastError ? ` (${lastError.message})` : ""),
    );
  }

  static connectOnce(port, timeoutMs) {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: "127.0.0.1", port });
      const pending = new Map();
      const state = { buffer: Buffer.alloc(0), closed: false };
      let greeted = false;

      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error("no greeting from Marionette"));
      }, Math.max(timeoutMs, 1));

      socket.on("data", (chunk) => {
        state.buffer = Buffer.concat([state.buffer, chunk]);
        for (const packet of takePackets(state)) {
          if (!greeted) {
            greeted = true;
            clearTimeout(timer);
            resolve(new MarionetteClient(socket, packet, pending, state));
            continue;
          }
          if (!Array.isArray(packet) || packet[0] !== 1) continue;
          const [, id, error, result] = packet;
          const waiter = pending.get(id);
          if (!waiter) continue;
          pending.delete(id);
          if (error) waiter.reject(new MarionetteError(waiter.command, error));
          else waiter.resolve(result);
        }
      });
      socket.on("error", (error) => {
        clearTimeout(timer);
        if (!greeted) reject(error);
        for (const waiter of pending.values()) waiter.reject(error);
        pending.clear();
      });
      socket.on("close", () => {
        state.closed = true;
        for (const waiter of pending.values()) {
          waiter.reject(new Error(`connection closed during ${waiter.command}`));
        }
        pending.clear();
      });
    });
  }

  /** Sends one command and waits at most `timeoutMs` for its response. */
  send(command, params = {}, timeoutMs = 20000) {
    if (this.state.closed) {
      return Promise.reject(new Error(`connection closed before ${command}`));
    }
    const id = this.nextId++;
    const body = Buffer.from(JSON.stringify([0, id, command, params]), "utf8");
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${command} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        command,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.socket.write(Buffer.concat([Buffer.from(`${body.length}:`), body]));
    });
  }

  /**
   * Runs a function body in the current context and returns its value;
   * Marionette waits for a returned Promise to settle.
   */
  async execute(script, args = [], timeoutMs = 20000) {
    const result = await this.send(
      "WebDriver:ExecuteScript",
      { script, args, newSandbox: true },
      timeoutMs + 1000,
    );
    return result?.value;
  }

  close() {
    this.socket.destroy();
  }
}

/** Takes every complete `LENGTH:JSON` packet from the front of the buffer. */
function takePackets(state) {
  const packets = [];
  for (;;) {
    const colon = state.buffer.indexOf(":");
    if (colon < 0) break;
    const length = Number(state.buffer.subarray(0, colon).toString("ascii"));
    if (!Number.isInteger(length) || length < 0) {
      throw new Error("invalid Marionette packet length");
    }
    const end = colon + 1 + length;
    if (state.buffer.length < end) break;
    packets.push(JSON.parse(state.buffer.subarray(colon + 1, end).toString("utf8")));
    state.buffer = state.buffer.subarray(end);
  }
  return packets;
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

module.exports = { MarionetteClient, MarionetteError, delay };
