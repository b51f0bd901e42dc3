/** One header field as it appears in the message, in original order. */
export interface HeaderField {
  /** Field name as written, case preserved. */
  name: string;
  /** Field name in lower case, for lookups. */
  key: string;
  /** Value unfolded per RFC 5322 section 2.2.3, encoded words not decoded. */
  value: string;
  /** The whole field as written, name and line breaks included. */
  raw: string;
}

/** A leaf MIME part other than the main text and HTML bodies. */
export interface MimePart {
  /** Lower-case media type without parameters, such as `message/delivery-status`. */
  contentType: string;
  filename: string | null;
  /** Decoded content as text (UTF-8, invalid bytes replaced). */
  text: string;
  /**
   * Size of the decoded content in bytes. Reading it decodes base64 content
   * that was not read yet.
   */
  size: number;
  /**
   * Returns the leading header block of the content (up to the first empty
   * line), for `message/rfc822` and `text/rfc822-headers` parts, without
   * decoding the rest.
   */
  headerText(): string;
  /**
   * Returns the decoded content as bytes. A base64 body may be decoded on the
   * first call, and every call returns the same array without copying.
   */
  bytes(): Uint8Array;
}

/** A message split into its header fields and MIME parts. */
export interface ParsedMessage {
  headers: HeaderField[];
  /** Plain-text body, or text derived from the HTML body when there is none. */
  text: string;
  /** HTML body exactly as sent; never rendered, only searched as text. */
  html: string | null;
  parts: MimePart[];
  subject: string | null;
  from: string | null;
  date: string | null;
  messageId: string | null;
}
