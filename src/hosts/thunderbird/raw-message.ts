import type { RawMessageResult } from "./messenger-api";

/**
 * Converts what `messages.getRaw` resolved to into bytes. Manifest V3 returns
 * a `File`; Manifest V2 returned a binary string whose characters are the
 * message's bytes (code points 0 to 255), which must not be read as UTF-16.
 */
export async function rawMessageBytes(
  raw: RawMessageResult,
): Promise<Uint8Array> {
  if (typeof raw === "string") return binaryStringToBytes(raw);
  if (ArrayBuffer.isView(raw)) {
    return new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  }
  // A File handed over by Thunderbird may come from another JavaScript realm,
  // where `instanceof Blob` is false, so the method is checked instead.
  if ("arrayBuffer" in raw && typeof raw.arrayBuffer === "function") {
    return new Uint8Array(await raw.arrayBuffer());
  }
  return new Uint8Array(raw as ArrayBuffer);
}

function binaryStringToBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) {
    bytes[index] = text.charCodeAt(index) & 0xff;
  }
  return bytes;
}
