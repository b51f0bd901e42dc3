/**
 * Values of RFC 3464 fields that carry a type before a semicolon, such as
 * `rfc822; user@example.com` or `smtp; 550 5.1.1 User unknown`.
 */

const TYPED_VALUE = /^([A-Za-z0-9][A-Za-z0-9._-]*)[ \t]*;[ \t]*(.*)$/s;

/** A typed field value split into its type (lower case) and text. */
export interface TypedValue {
  type: string | null;
  text: string;
}

/** Splits `type; text`; a value without a type keeps all of its text. */
export function splitTypedValue(value: string): TypedValue {
  const match = TYPED_VALUE.exec(value.trim());
  if (!match) return { type: null, text: value.trim() };
  return {
    type: (match[1] ?? "").toLowerCase(),
    text: (match[2] ?? "").trim(),
  };
}

/** Decodes RFC 6533 `\x{HHHH}` escapes of Unicode code points. */
export function decodeUnitext(text: string): string {
  return text.replace(/\\x\{([0-9A-Fa-f]{1,6})\}/g, (whole, hex: string) => {
    const codePoint = Number.parseInt(hex, 16);
    return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
  });
}

/** Decodes RFC 3461 xtext, where `+HH` stands for the byte 0xHH. */
export function decodeXtext(text: string): string {
  return text.replace(/\+([0-9A-F]{2})/g, (_whole, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/**
 * Returns the bare address of a Final-Recipient or Original-Recipient value
 * (RFC 3464 section 2.3, RFC 6533 section 3): the address type is dropped,
 * angle brackets are removed, and the escapes that the type allows are
 * decoded. Returns null when no address is left.
 */
export function parseRecipientAddress(value: string): string | null {
  const { type, text } = splitTypedValue(value);
  const enclosed = /^<([^<>]*)>$/.exec(text.trim());
  let address = (enclosed ? enclosed[1] ?? "" : text).trim();

  if (type !== null && type.startsWith("utf-8")) {
    if (type.includes("xtext")) address = decodeXtext(address);
    address = decodeUnitext(address);
  }

  return address === "" ? null : address;
}

/** Returns the host of a Reporting-MTA or Remote-MTA value (`dns; host`). */
export function parseMtaName(value: string): string | null {
  const { text } = splitTypedValue(value);
  const host = text.split(/\s/)[0] ?? "";
  return host === "" ? null : host;
}
