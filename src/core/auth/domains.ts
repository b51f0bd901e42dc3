import { addressParser } from "postal-mime";
import { getDomain } from "tldts";
import type { HeaderField } from "../mime/types";

/** The RFC 5322 From addresses of a message, as DMARC reads them. */
export interface FromAddresses {
  /** Domain of the first From address, lower case; null when none. */
  domain: string | null;
  /** Number of addresses across all From fields. */
  count: number;
}

/**
 * Reads the From fields with postal-mime's address parser, which handles
 * display names, quoted local parts, comments and encoded words.
 */
export function readFromAddresses(
  headers: readonly HeaderField[],
): FromAddresses {
  const addresses: string[] = [];
  for (const header of headers) {
    if (header.key === "from") {
      for (const mailbox of addressParser(header.value, { flatten: true })) {
        if (mailbox.address) {
          addresses.push(mailbox.address);
        }
      }
    }
  }
  const first = addresses[0];
  return {
    domain: first === undefined ? null : domainOfAddress(first),
    count: addresses.length,
  };
}

/**
 * Returns the lower case domain of `user@domain`, `@domain`, `<user@domain>`
 * or a bare domain; null when nothing domain-like is left. A domain written
 * in Unicode (RFC 6532) comes back in its A-label form, as DKIM `d=` tags
 * write it, so the two compare equal.
 */
export function domainOfAddress(address: string): string | null {
  let text = address.trim();
  if (text.startsWith("<") && text.endsWith(">")) {
    text = text.slice(1, -1).trim();
  }
  const at = text.lastIndexOf("@");
  const domain = (at >= 0 ? text.slice(at + 1) : text)
    .trim()
    .replace(/\.$/, "")
    .toLowerCase();
  if (domain === "" || !domain.includes(".") || /[\s<>@"]/.test(domain)) {
    return null;
  }
  return toAsciiDomain(domain);
}

/**
 * Converts a domain to A-labels with the WHATWG URL parser, which Node and
 * every browser host provide. Returns the input unchanged when the parser
 * rejects it.
 */
function toAsciiDomain(domain: string): string {
  if ([...domain].every((char) => char.charCodeAt(0) < 0x80)) {
    return domain;
  }
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return domain;
  }
}

/**
 * Returns the organisational domain (RFC 7489 section 3.2): the public suffix
 * from the ICANN section of the Public Suffix List plus one label. Private
 * suffixes such as `github.io` are ignored, so `a.github.io` and
 * `b.github.io` share one organisational domain. A name without a
 * registrable domain (an IP address, a bare suffix) is its own
 * organisational domain.
 */
export function organizationalDomain(domain: string): string {
  return getDomain(domain, { allowPrivateDomains: false }) ?? domain;
}
