import type { HeaderField } from "../mime/types";
import { parseAuthenticationResults } from "./parse";
import { parseArcAuthenticationResults } from "./parse-arc";
import { parseReceivedSpf } from "./received-spf";
import type {
  AuthResultsField,
  AuthResultsParse,
  ReceivedSpfField,
} from "./types";

const PARSERS: Readonly<Record<string, (value: string) => AuthResultsParse>> = {
  "authentication-results": parseAuthenticationResults,
  "arc-authentication-results": parseArcAuthenticationResults,
  "authentication-results-original": parseAuthenticationResults,
};

/** The authentication header fields of a message with their trust decided. */
export interface TrustDecision {
  /** The topmost Authentication-Results authserv-id; null when absent. */
  authservId: string | null;
  fields: AuthResultsField[];
  receivedSpf: ReceivedSpfField[];
}

/**
 * Parses every Authentication-Results, ARC-Authentication-Results,
 * Authentication-Results-Original and Received-SPF field and decides which
 * ones the receiving side wrote (RFC 8601 section 5).
 *
 * Headers are in top-to-bottom order, so index 0 is the last one added. The
 * topmost Authentication-Results header is trusted, and so is every
 * Authentication-Results header below it up to the first one that cannot
 * be parsed or carries an authserv-id that is neither the topmost one's nor
 * in `trustedIds`. From there down, the headers may have come with the
 * message from the sending side. A topmost header without an authserv-id,
 * as Microsoft 365 writes them, is trusted, and later ones without an id
 * belong to the same run. ARC-Authentication-Results and
 * Authentication-Results-Original fields never drive a badge.
 *
 * A Received-SPF field counts only when it is the topmost one, sits above
 * the first untrusted Authentication-Results header, and no trusted header
 * carries an SPF result.
 */
export function decideTrust(
  headers: readonly HeaderField[],
  trustedIds: readonly string[] = [],
): TrustDecision {
  const fields: AuthResultsField[] = [];
  headers.forEach((header, index) => {
    const parser = PARSERS[header.key];
    if (parser) {
      const parse = parser(header.value);
      fields.push({
        field: header.key,
        index,
        raw: header.raw,
        parse,
        trusted: false,
      });
    }
  });

  const receivedFields = fields.filter(
    (field) => field.field === "authentication-results",
  );
  const topmost = receivedFields[0];
  const authservId =
    topmost?.parse.ok === true ? topmost.parse.header.authservId : null;

  let firstUntrustedIndex = Number.POSITIVE_INFINITY;
  for (const field of receivedFields) {
    const id = field.parse.ok ? field.parse.header.authservId : undefined;
    const trusted =
      id !== undefined &&
      (sameId(id, authservId) || matchesTrustedId(id, trustedIds));
    if (!trusted) {
      firstUntrustedIndex = field.index;
      break;
    }
    field.trusted = true;
  }

  const spfFromTrustedHeader = fields.some(
    (field) =>
      field.trusted &&
      field.parse.ok &&
      field.parse.header.results.some((resinfo) => resinfo.method === "spf"),
  );
  const receivedSpf: ReceivedSpfField[] = [];
  headers.forEach((header, index) => {
    if (header.key !== "received-spf") {
      return;
    }
    const parse = parseReceivedSpf(header.value);
    const trusted =
      receivedSpf.length === 0 &&
      parse.ok &&
      index < firstUntrustedIndex &&
      !spfFromTrustedHeader;
    receivedSpf.push({ index, raw: header.raw, parse, trusted });
  });

  return { authservId, fields, receivedSpf };
}

function sameId(id: string | null, other: string | null): boolean {
  if (id === null || other === null) {
    return id === other;
  }
  return id.toLowerCase() === other.toLowerCase();
}

/**
 * Tells whether `id` is one of `trustedIds`; an entry with a leading dot,
 * such as `.example.com`, matches `example.com` and all its subdomains.
 */
export function matchesTrustedId(
  id: string | null,
  trustedIds: readonly string[],
): boolean {
  if (id === null) {
    return false;
  }
  const lower = id.toLowerCase();
  return trustedIds.some((entry) => {
    const trusted = entry.trim().toLowerCase();
    if (trusted === "" || trusted === ".") {
      return false;
    }
    if (trusted.startsWith(".")) {
      return lower === trusted.slice(1) || lower.endsWith(trusted);
    }
    return lower === trusted;
  });
}
