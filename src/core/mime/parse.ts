import type { Email } from "postal-mime";
import { MimeParseError } from "./errors";
import { findHeaderEnd } from "./header-end";
import { normalizeBareCr } from "./line-endings";
import { repairTopBoundary } from "./boundary-repair";
import { LazyMimePart } from "./part";
import { parseWithPostalMime } from "./postal-parse";
import type { HeaderField, ParsedMessage } from "./types";

/** Bytes or text of a whole message as it travelled (RFC 5322 plus MIME). */
export type RawMessage = string | Uint8Array | ArrayBuffer;

const encoder = new TextEncoder();

/**
 * Parses a whole message with postal-mime: header fields in order with
 * duplicates, the text bodies, and every other leaf part, including
 * `message/delivery-status`, `message/global-delivery-status`,
 * `text/rfc822-headers` and `message/rfc822` (kept whole, not merged into
 * the text). Large bodies that are not text stay in the input bytes and are
 * decoded only when read, see `parseWithPostalMime`. Throws
 * `MimeParseError` for empty input or when postal-mime rejects the message.
 */
export async function parseMessage(raw: RawMessage): Promise<ParsedMessage> {
  const bytes = normalizeBareCr(toBytes(raw));
  if (bytes.byteLength === 0) {
    throw new MimeParseError("EEMPTY", "The message is empty.");
  }

  let parsed = await parseWithPostalMime(bytes);
  if (foundNothing(parsed.email)) {
    const repaired = repairTopBoundary(bytes);
    if (repaired) parsed = await parseWithPostalMime(repaired);
  }
  const { email, contents } = parsed;

  return {
    headers: toHeaderFields(email),
    text: foundNothing(email) ? bodyAsText(bytes) : (email.text ?? ""),
    html: email.html ?? null,
    parts: email.attachments.map(
      (attachment, i) =>
        new LazyMimePart(
          mediaType(attachment.mimeType),
          attachment.filename,
          contents[i] ?? new Uint8Array(0),
        ),
    ),
    subject: email.subject ?? null,
    from: formatMailbox(email.from),
    date: email.date ?? null,
    messageId: email.messageId ?? null,
  };
}

/**
 * Parses a header block alone, as Outlook's `getAllInternetHeadersAsync`
 * returns it, into fields in original order. Throws `MimeParseError` when
 * postal-mime rejects the block.
 */
export async function parseHeaderBlock(text: string): Promise<HeaderField[]> {
  const block = text.replace(/(?:\r?\n)+$/, "");
  if (block.length === 0) return [];

  const message = await parseMessage(`${block}\r\n\r\n`);
  return message.headers;
}

function foundNothing(email: Email): boolean {
  return !email.text && !email.html && email.attachments.length === 0;
}

/**
 * Returns the raw body as text, for a message in which postal-mime found no
 * part at all, as happens when a multipart message's delimiter lines match
 * no boundary. Reports like that still carry readable text.
 */
function bodyAsText(bytes: Uint8Array): string {
  const body = bytes.subarray(findHeaderEnd(bytes));
  return new TextDecoder("utf-8").decode(body).replace(/\r\n?/g, "\n").trim();
}

function toBytes(raw: RawMessage): Uint8Array {
  if (typeof raw === "string") return encoder.encode(raw);
  if (raw instanceof Uint8Array) return raw;
  return new Uint8Array(raw);
}

function toHeaderFields(email: Email): HeaderField[] {
  return email.headers.map((header, i) => ({
    name: header.originalKey ?? header.key,
    key: header.key,
    value: header.value,
    raw: email.headerLines[i]?.line ?? `${header.key}: ${header.value}`,
  }));
}

function mediaType(mimeType: string): string {
  return (mimeType.split(";")[0] ?? "").trim().toLowerCase();
}

function formatMailbox(from: Email["from"]): string | null {
  if (!from) return null;
  const address = "address" in from && from.address ? from.address : "";
  if (!from.name) return address || null;
  return address ? `${from.name} <${address}>` : from.name;
}
