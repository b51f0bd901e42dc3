import { open } from "node:fs/promises";

/**
 * Largest message the command line reads, in bytes. Bounces that carry
 * the returned message with attachments reach tens of megabytes; this cap
 * keeps a device file such as /dev/zero from being read forever.
 */
export const MAX_MESSAGE_BYTES = 100 * 1024 * 1024;

/** Raised when a file or standard input exceeds MAX_MESSAGE_BYTES. */
export class InputTooLargeError extends Error {
  constructor() {
    super(`larger than ${MAX_MESSAGE_BYTES / (1024 * 1024)} MB`);
    this.name = "InputTooLargeError";
  }
}

/** Reads a whole file, stopping with InputTooLargeError past the cap. */
export async function readFileLimited(path: string): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(1024 * 1024);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > MAX_MESSAGE_BYTES) throw new InputTooLargeError();
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks);
  } finally {
    await handle.close();
  }
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
