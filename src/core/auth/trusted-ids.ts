/**
 * Most ids kept from one list. Trust is decided by comparing every
 * Authentication-Results header against every id, and no organisation
 * needs more border servers than this.
 */
export const MAX_TRUSTED_IDS = 32;

/**
 * Maximum length of a host name as text. RFC 1035 section 2.3.4 allows 255
 * octets on the wire, which include the first and last length octets.
 */
const MAX_ID_LENGTH = 253;

const LABEL = "[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?";

/**
 * An authserv-id as people configure it: a host name, optionally with a
 * leading dot that also matches subdomains. RFC 8601 allows any token or
 * quoted string, but every authserv-id seen in practice is a domain name, so
 * anything else is more likely a typing mistake than a real id.
 */
const AUTHSERV_ID_PATTERN = new RegExp(`^\\.?${LABEL}(?:\\.${LABEL})*$`);

/** A list of trusted authserv-ids read from text. */
export interface TrustedIdsParse {
  /** Valid ids, lower-cased, without duplicates, in the order given. */
  ids: string[];
  /** Entries, trimmed, that are not authserv-ids, in the order given. */
  invalid: string[];
  /** Valid ids left out because the list already had `MAX_TRUSTED_IDS`. */
  dropped: number;
}

/**
 * Tells whether `id` is an authserv-id as an administrator writes one: a
 * host name such as `mx.example.com`, or `.example.com` for the domain and
 * its subdomains. Case does not matter.
 */
export function isTrustedIdSyntax(id: string): boolean {
  return (
    id.length <= MAX_ID_LENGTH && AUTHSERV_ID_PATTERN.test(id.toLowerCase())
  );
}

/**
 * Reads a list of authserv-ids from text: one per line, or separated by
 * commas or white space. Lines starting with `#` are comments. Ids are
 * lower-cased, because authserv-ids compare without case, and duplicates
 * are dropped, first occurrence kept.
 */
export function parseTrustedIds(text: string): TrustedIdsParse {
  const entries = text
    .split(/\r\n|\r|\n/)
    .filter((line) => !line.trim().startsWith("#"))
    .flatMap((line) => line.split(/[\s,]+/));
  return collectTrustedIds(entries);
}

/**
 * Keeps the valid ids of a stored value of unknown shape, such as an array
 * read back from settings storage. Anything but an array of strings yields
 * an empty list.
 */
export function readTrustedIdsValue(value: unknown): string[] {
  if (!Array.isArray(value)) {
    return [];
  }
  const entries = value.filter(
    (entry): entry is string => typeof entry === "string",
  );
  return collectTrustedIds(entries).ids;
}

/**
 * Joins lists of trusted ids, such as the ones an administrator set and the
 * ones a user saved, into one list without duplicates.
 */
export function mergeTrustedIds(
  ...lists: ReadonlyArray<readonly string[]>
): string[] {
  return collectTrustedIds(lists.flat()).ids;
}

function collectTrustedIds(entries: readonly string[]): TrustedIdsParse {
  const result: TrustedIdsParse = { ids: [], invalid: [], dropped: 0 };

  for (const entry of entries) {
    const trimmed = entry.trim();
    if (trimmed === "") {
      continue;
    }
    const id = trimmed.toLowerCase();
    if (!isTrustedIdSyntax(id)) {
      result.invalid.push(trimmed);
    } else if (result.ids.includes(id)) {
      continue;
    } else if (result.ids.length === MAX_TRUSTED_IDS) {
      result.dropped += 1;
    } else {
      result.ids.push(id);
    }
  }
  return result;
}
