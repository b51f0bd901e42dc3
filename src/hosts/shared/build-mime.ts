/** One body part of a message assembled by `buildMimeMessage`. */
export interface MimePartSource {
  /** Media type with parameters, such as `message/delivery-status`. */
  contentType: string;
  content: Uint8Array;
  /** File name for the Content-Disposition, when the part was a file. */
  filename?: string;
}

/** A message to assemble: header fields in order, body text and parts. */
export interface MimeMessageSource {
  /** Header fields in order, each with its folding kept and no final CRLF. */
  headerLines: string[];
  text: string;
  parts: MimePartSource[];
  /**
   * `report-type` of a multipart/report (RFC 6522), such as
   * `delivery-status`, or null for multipart/mixed.
   */
  reportType: string | null;
}

const encoder = new TextEncoder();

/** Header fields that describe the body, which is rebuilt here. */
const BODY_FIELDS = new Set([
  "mime-version",
  "content-type",
  "content-transfer-encoding",
  "content-disposition",
]);

/** Width of a base64 line (RFC 2045 section 6.8 allows at most 76). */
const BASE64_LINE = 76;

/**
 * Assembles an RFC 5322 message with CRLF line ends: the header fields, then
 * the text as the first part and `parts` after it. Message and report parts
 * are written as they are (8bit), because RFC 2046 section 5.2.1 forbids
 * encoding message/rfc822 parts.
 */
export function buildMimeMessage(source: MimeMessageSource): Uint8Array {
  const textBytes = encoder.encode(source.text);
  const boundary = chooseBoundary([
    textBytes,
    ...source.parts.map((part) => part.content),
  ]);
  const topType =
    source.reportType === null
      ? "multipart/mixed"
      : `multipart/report; report-type=${source.reportType}`;

  const chunks: Uint8Array[] = [];
  const add = (text: string) => chunks.push(encoder.encode(text));

  for (const line of source.headerLines) {
    add(`${line}\r\n`);
  }
  add("MIME-Version: 1.0\r\n");
  add(`Content-Type: ${topType}; boundary="${boundary}"\r\n\r\n`);

  add(`--${boundary}\r\n`);
  add("Content-Type: text/plain; charset=utf-8\r\n");
  add("Content-Transfer-Encoding: base64\r\n\r\n");
  add(`${wrapBase64(textBytes)}\r\n`);

  for (const part of source.parts) {
    add(`--${boundary}\r\n`);
    add(`Content-Type: ${part.contentType}\r\n`);
    if (part.filename !== undefined) {
      const filename = quoteFilename(part.filename);
      add(`Content-Disposition: attachment; filename="${filename}"\r\n`);
    }
    add("Content-Transfer-Encoding: 8bit\r\n\r\n");
    chunks.push(part.content);
    add("\r\n");
  }
  add(`--${boundary}--\r\n`);

  return concatenate(chunks);
}

/**
 * Splits a header block into complete fields, each with its folded
 * continuation lines, and drops the fields that describe the body. Text
 * after the first empty line is ignored.
 */
export function envelopeHeaderLines(headerBlock: string): string[] {
  const lines = headerBlock.split(/\r\n|\r|\n/);
  const end = lines.findIndex((line) => line === "");
  const fields: string[] = [];

  for (const line of end === -1 ? lines : lines.slice(0, end)) {
    const previous = fields.length - 1;
    if (/^[ \t]/.test(line) && previous >= 0) {
      fields[previous] = `${fields[previous]}\r\n${line}`;
    } else if (/^[!-9;-~]+:/.test(line)) {
      fields.push(line);
    }
    // Anything else is not a header line and would end the block early.
  }
  return fields.filter((field) => {
    const name = field.slice(0, field.indexOf(":")).trim().toLowerCase();
    return !BODY_FIELDS.has(name);
  });
}

/**
 * Builds one header field from a value that came from a property, not from
 * a header: line breaks and control characters are removed, and non-ASCII
 * text is encoded as an RFC 2047 encoded-word.
 */
export function headerField(name: string, value: string): string {
  const clean = removeControlCharacters(value, " ").trim();
  if (/^[\u0020-\u007e]*$/.test(clean)) {
    return `${name}: ${clean}`;
  }
  return `${name}: =?utf-8?B?${toBase64(encoder.encode(clean))}?=`;
}

/** Replaces each run of C0 control characters and DEL with `replacement`. */
function removeControlCharacters(text: string, replacement: string): string {
  let result = "";
  let inRun = false;
  for (const character of text) {
    const code = character.charCodeAt(0);
    const control = code < 0x20 || code === 0x7f;
    if (!control) {
      result += character;
    } else if (!inRun) {
      result += replacement;
    }
    inRun = control;
  }
  return result;
}

function chooseBoundary(contents: readonly Uint8Array[]): string {
  const decoder = new TextDecoder("latin1");
  const texts = contents.map((content) => decoder.decode(content));
  for (let attempt = 0; ; attempt++) {
    const boundary = `=_msg_converted_${attempt}`;
    if (!texts.some((text) => text.includes(boundary))) {
      return boundary;
    }
  }
}

function quoteFilename(name: string): string {
  return removeControlCharacters(name, "_").replace(/["\\]/g, "_");
}

function wrapBase64(bytes: Uint8Array): string {
  const encoded = toBase64(bytes);
  const lines: string[] = [];
  for (let start = 0; start < encoded.length; start += BASE64_LINE) {
    lines.push(encoded.slice(start, start + BASE64_LINE));
  }
  return lines.join("\r\n");
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const CHUNK = 0x8000;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

function concatenate(chunks: readonly Uint8Array[]): Uint8Array {
  const total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  const result = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return result;
}
