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

/** Returns the first email address in `text`, without angle brackets. */
export function findAddress(text: string | null): string | null {
  if (text === null) return null;
  const match = ADDRESS.exec(text);
  return match ? match[0].replace(/\.$/, "") : null;
}
