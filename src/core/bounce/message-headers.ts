import type { ParsedMessage } from "../mime/types";

/** Returns the first value of the header field `key` (lower case), or null. */
export function headerValue(
  message: ParsedMessage,
  key: string,
): string | null {
  const field = message.headers.find((header) => header.key === key);
  return field ? field.value.trim() : null;
}

/** Returns the part of the given media type (lower case), or undefined. */
export function findPart(
  message: ParsedMessage,
  ...contentTypes: string[]
): ParsedMessage["parts"][number] | undefined {
  return message.parts.find((part) => contentTypes.includes(part.contentType));
}

const ADDRESS = /[^\s<>"'(),;:@]+@[^\s<>"'(),;:@]+\.[^\s<>"'(),;:@]+/;

/**
 * Characters of a field searched for an address. The address pattern
 * backtracks over runs without `@`, so a cap keeps a hostile field cheap.
 */
const MAX_ADDRESS_FIELD = 2048;

/** Returns the first email address in `text`, without angle brackets. */
export function findAddress(text: string | null): string | null {
  if (text === null) return null;
  const match = ADDRESS.exec(text.slice(0, MAX_ADDRESS_FIELD));
  return match ? match[0].replace(/\.$/, "") : null;
}

/**
 * Returns the header block of a `message/rfc822` or `text/rfc822-headers`
 * part. The mime layer's parts can return the header block without
 * decoding the whole body (a returned message may carry large
 * attachments); other parts fall back to their full text.
 */
export function partHeaderText(part: ParsedMessage["parts"][number]): string {
  const withHeaders = part as { headerText?: unknown };
  return typeof withHeaders.headerText === "function"
    ? String(withHeaders.headerText.call(part))
    : part.text;
}
