import type { MimePart } from "./types";

const decoder = new TextDecoder("utf-8");

/**
 * A MIME part whose text is decoded only when first read, so that a large
 * returned message or attachment costs nothing unless a scanner looks at it.
 */
export class LazyMimePart implements MimePart {
  readonly contentType: string;
  readonly filename: string | null;
  readonly size: number;
  private readonly content: Uint8Array;
  private decoded: string | null = null;

  constructor(contentType: string, filename: string | null, content: Uint8Array) {
    this.contentType = contentType;
    this.filename = filename;
    this.content = content;
    this.size = content.byteLength;
  }

  get text(): string {
    if (this.decoded === null) {
      this.decoded = decoder.decode(this.content);
    }
    return this.decoded;
  }

  /** Returns the part's header block (up to the first empty line), decoded as UTF-8. */
  headerText(): string {
    const end = findHeaderEnd(this.content);
    return decoder.decode(this.content.subarray(0, end));
  }
}

/** Returns the index of the first empty line (LF LF or CRLF CRLF), or the length. */
function findHeaderEnd(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] !== 0x0a) continue;
    const next = bytes[i + 1] === 0x0d ? bytes[i + 2] : bytes[i + 1];
    if (next === 0x0a) return i + 1;
  }
  return bytes.length;
}
