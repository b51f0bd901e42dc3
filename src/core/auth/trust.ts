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
 * Headers are in top-to-bottom order, so index 0 is the last one added.
 * When `trustedIds` is empty, the topmost Authentication-Results header is
 * trusted, and so is every one below it up to the first that cannot be
 * parsed or carries another authserv-id. From there down, the headers may
 * have come with the message from the sending side. A topmost header
 * without an authserv-id, as Microsoft 365 writes them, is trusted, and
 * later ones without an id belong to the same run. When `trustedIds` is
 * given, exactly the headers with a listed authserv-id are trusted. ARC-Authentication-Results and
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
  const { authservId, firstUntrustedIndex } =
    trustedIds.length > 0
      ? trustConfiguredIds(receivedFields, trustedIds)
      : trustTopmostRun(receivedFields);

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

interface TrustMarks {
  authservId: string | null;
  /** Index of the header where the untrusted part of the chain starts. */
  firstUntrustedIndex: number;
}

/** Trusts the topmost header and the run below it with the same authserv-id. */
function trustTopmostRun(receivedFields: readonly AuthResultsField[]): TrustMarks {
  const topmost = receivedFields[0];
  const authservId =
    topmost?.parse.ok === true ? topmost.parse.header.authservId : null;

  for (const field of receivedFields) {
    const id = field.parse.ok ? field.parse.header.authservId : undefined;
    if (id === undefined || !sameId(id, authservId)) {
      return { authservId, firstUntrustedIndex: field.index };
    }
    field.trusted = true;
  }
  return { authservId, firstUntrustedIndex: Number.POSITIVE_INFINITY };
}

/**
 * Trusts exactly the headers whose authserv-id an administrator listed,
 * wherever they sit: the border servers of that ADMD remove copies of their
 * own id that arrive with a message (RFC 8601 section 5), and a topmost
 * header with another id proves nothing about who wrote it.
 *
 * NOTE: Microsoft 365 writes Authentication-Results without an authserv-id,
 * so no configured entry can name them; with a list configured they are
 * shown as claims only.
 */
function trustConfiguredIds(
  receivedFields: readonly AuthResultsField[],
  trustedIds: readonly string[],
): TrustMarks {
  let authservId: string | null = null;
  let lowestTrusted = -1;
  for (const field of receivedFields) {
    const id = field.parse.ok ? field.parse.header.authservId : null;
    if (id !== null && matchesTrustedId(id, trustedIds)) {
      field.trusted = true;
      authservId ??= id;
      lowestTrusted = field.index;
    }
  }

  const below = receivedFields.find(
    (field) => !field.trusted && field.index > lowestTrusted,
  );
  return {
    authservId,
    firstUntrustedIndex: below?.index ?? Number.POSITIVE_INFINITY,
  };
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
