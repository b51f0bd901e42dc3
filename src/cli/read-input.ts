import { closeSync, fstatSync, openSync, readSync } from "node:fs";

/**
 * Largest message the command line reads, in bytes. Bounces that carry
 * the returned message with attachments reach tens of megabytes; this cap
 * keeps a device file such as /dev/zero from being read forever.
 */
export const MAX_MESSAGE_BYTES = 100 * 1024 * 1024;

/** Buffer size for a file whose size is unknown: a pipe or a device. */
const UNKNOWN_SIZE_START = 64 * 1024;

/** Raised when a file or standard input exceeds MAX_MESSAGE_BYTES. */
export class InputTooLargeError extends Error {
  constructor() {
    super(`larger than ${MAX_MESSAGE_BYTES / (1024 * 1024)} MB`);
    this.name = "InputTooLargeError";
  }
}

/**
 * Reads a whole file, stopping with InputTooLargeError past the cap.
 *
 * The command line analyses one file after another, so the reads are
 * synchronous: each asynchronous open, read and close would wait for the
 * thread pool, which costs more than the analysis of a small message. A
 * regular file is read into one buffer of its size plus one byte, so the
 * end of the file shows with no second allocation. For a file that reports
 * no size (a pipe, a device), the buffer starts small and doubles.
 */
export async function readFileLimited(path: string): Promise<Uint8Array> {
  const fd = openSync(path, "r");
  try {
    const { size } = fstatSync(fd);
    if (size > MAX_MESSAGE_BYTES) throw new InputTooLargeError();

    let buffer: Uint8Array = new Uint8Array(
      size > 0 ? size + 1 : UNKNOWN_SIZE_START,
    );
    let total = 0;
    for (;;) {
      if (total === buffer.length) buffer = grow(buffer);
      const bytesRead = readSync(fd, buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > MAX_MESSAGE_BYTES) throw new InputTooLargeError();
    }
    return buffer.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

/** Returns a copy of a full buffer with twice the room, one byte past the cap at most. */
function grow(buffer: Uint8Array): Uint8Array {
  const larger = new Uint8Array(
    Math.min(buffer.length * 2, MAX_MESSAGE_BYTES + 1),
  );
  larger.set(buffer);
  return larger;
}

/** Reads standard input as bytes, stopping with InputTooLargeError past the cap. */
export async function readStdinLimited(stdin: AsyncIterable<unknown>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += buffer.length;
    if (total > MAX_MESSAGE_BYTES) throw new InputTooLargeError();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
