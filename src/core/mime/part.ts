import { findHeaderEnd } from "./header-end";
import type { MimePart } from "./types";

const decoder = new TextDecoder("utf-8");

/**
 * Decoded content of a part: the bytes themselves, or a function that
 * decodes them from the message when they are first read.
 */
export type PartContent = Uint8Array | (() => Uint8Array);

/**
 * A MIME part whose content is decoded only when first read, so that a large
 * returned message or attachment costs nothing unless a scanner looks at it.
 */
export class LazyMimePart implements MimePart {
  readonly contentType: string;
  readonly filename: string | null;
  private content: PartContent;
  private decoded: string | null = null;

  constructor(
    contentType: string,
    filename: string | null,
    content: PartContent,
  ) {
    this.contentType = contentType;
    this.filename = filename;
    this.content = content;
  }

  get size(): number {
    return this.bytes().byteLength;
  }

  get text(): string {
    if (this.decoded === null) {
      this.decoded = decoder.decode(this.bytes());
    }
    return this.decoded;
  }

  bytes(): Uint8Array {
    if (typeof this.content === "function") {
      this.content = this.content();
    }
    return this.content;
  }

  /** Returns the header block (up to the first empty line) as UTF-8 text. */
  headerText(): string {
    const content = this.bytes();
    const end = findHeaderEnd(content);
    return decoder.decode(content.subarray(0, end));
  }
}
