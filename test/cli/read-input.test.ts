import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  InputTooLargeError,
  MAX_MESSAGE_BYTES,
  readFileLimited,
} from "../../src/cli/read-input";

const folder = mkdtempSync(path.join(tmpdir(), "read-input-"));

describe("readFileLimited", () => {
  it("reads a file's bytes exactly", async () => {
    const file = path.join(folder, "message.eml");
    const bytes = Buffer.from("Subject: caf\u00e9\r\n\r\nbody\r\n", "utf8");
    writeFileSync(file, bytes);
    expect(Buffer.from(await readFileLimited(file))).toEqual(bytes);
  });

  it("reads an empty file as no bytes", async () => {
    const file = path.join(folder, "empty.eml");
    writeFileSync(file, "");
    expect((await readFileLimited(file)).byteLength).toBe(0);
  });

  it("reads a file of several hundred kilobytes", async () => {
    const file = path.join(folder, "large.eml");
    const bytes = Buffer.alloc(300 * 1024, 0x61);
    writeFileSync(file, bytes);
    expect(Buffer.from(await readFileLimited(file))).toEqual(bytes);
  });

  it("refuses a file over the cap before reading it", async () => {
    const file = path.join(folder, "sparse.eml");
    writeFileSync(file, "");
    truncateSync(file, MAX_MESSAGE_BYTES + 1);
    await expect(readFileLimited(file)).rejects.toBeInstanceOf(
      InputTooLargeError,
    );
  });

  it("reads a named pipe, which reports no size, to its end", async () => {
    const fifo = path.join(folder, "pipe");
    execFileSync("mkfifo", [fifo]);
    const bytes = Buffer.alloc(200 * 1024, 0x62);
    const writer = path.join(folder, "pipe-data");
    writeFileSync(writer, bytes);
    // A shell writes the pipe while the read waits on it.
    const child = spawn("sh", ["-c", `cat "${writer}" > "${fifo}"`]);
    const read = await readFileLimited(fifo);
    await new Promise((resolve) => child.on("exit", resolve));
    expect(Buffer.from(read)).toEqual(bytes);
  });

  it("stops a device that never ends at the cap", async () => {
    if (!existsSync("/dev/zero")) return;
    await expect(readFileLimited("/dev/zero")).rejects.toBeInstanceOf(
      InputTooLargeError,
    );
  });
});
