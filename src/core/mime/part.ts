import { findHeaderEnd } from "./header-end";
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

  bytes(): Uint8Array {
    return this.content;
  }

  /** Returns the part's header block (up to the first empty line), decoded as UTF-8. */
  headerText(): string {
    const end = findHeaderEnd(this.content);
    return decoder.decode(this.content.subarray(0, end));
  }
}
