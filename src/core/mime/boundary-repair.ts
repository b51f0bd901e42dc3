import { findHeaderEnd } from "./header-end";

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/** Maximum length of a delimiter line. RFC 2046 limits boundaries to 70 characters. */
const MAX_DELIMITER_LINE = 80;

/**
 * Rewrites the top-level boundary parameter to the delimiter the body
 * actually uses, for a multipart message whose delimiter lines do not match
 * its Content-Type header (some gateways rewrite one but not the other).
 * Returns null when the message does not look like that.
 */
export function repairTopBoundary(bytes: Uint8Array): Uint8Array | null {
  const headerEnd = findHeaderEnd(bytes);
  const header = decoder.decode(bytes.subarray(0, headerEnd));
  const declared = /^content-type:[^\n]*(?:\n[ \t][^\n]*)*/im.exec(header);
  if (!declared || !/multipart\//i.test(declared[0])) return null;

  const delimiter = firstDelimiter(bytes.subarray(headerEnd));
  if (delimiter === null || declared[0].includes(delimiter)) return null;

  const repaired = declared[0].replace(
    /boundary\s*=\s*(?:"[^"\n]*"|[^;\s]+)/i,
    `boundary="${delimiter}"`,
  );
  if (repaired === declared[0]) return null;

  const newHeader = header.replace(declared[0], repaired);
  const head = encoder.encode(newHeader);
  const result = new Uint8Array(head.length + bytes.length - headerEnd);
  result.set(head, 0);
  result.set(bytes.subarray(headerEnd), head.length);
  return result;
}

function firstDelimiter(body: Uint8Array): string | null {
  const text = decoder.decode(body.subarray(0, 64 * 1024));
  for (const line of text.split(/\r?\n/)) {
    if (line.length > MAX_DELIMITER_LINE || !line.startsWith("--")) continue;
    const token = line.slice(2).trimEnd();
    if (token.length > 0 && !/[\s"]/.test(token)) return token;
  }
  return null;
}
