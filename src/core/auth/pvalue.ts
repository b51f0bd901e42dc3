import { isDomainName, isDotAtom } from "./chars";

/**
 * Tells whether `text` is the address form of an RFC 8601 `pvalue`:
 * `[local-part] "@" domain-name`, split at the last `@`. The local part must
 * be empty or a dot-atom, unless `quotedLocalPart` is set because it was
 * written as a quoted-string.
 */
export function isAddressPvalue(
  text: string,
  quotedLocalPart: boolean,
): boolean {
  const at = text.lastIndexOf("@");
  if (at < 0) {
    return false;
  }
  const localValid = quotedLocalPart || at === 0 || isDotAtom(text, 0, at);
  return localValid && isDomainName(text, at + 1, text.length);
}
