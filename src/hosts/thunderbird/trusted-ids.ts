import type { StorageAreaApi } from "./messenger-api";

/** Key under which `storage.local` keeps the trusted authserv-ids. */
export const TRUSTED_IDS_STORAGE_KEY = "trustedAuthservIds";

/**
 * An authserv-id as people configure it: a host name, optionally with a
 * leading dot that also matches subdomains. RFC 8601 allows any token or
 * quoted string, but every authserv-id seen in practice is a domain name, so
 * anything else is more likely a typing mistake than a real id.
 */
const AUTHSERV_ID_PATTERN = /^\.?[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*$/;

/** Result of reading the options text: the ids, and the lines that are not ids. */
export interface TrustedIdsParse {
  ids: string[];
  /** Lines, trimmed, that do not look like an authserv-id. */
  invalidLines: string[];
}

/**
 * Reads one authserv-id per line. Blank lines and lines starting with `#`
 * are skipped, ids are lower-cased (they are compared without case) and
 * duplicates are dropped, first occurrence kept.
 */
export function parseTrustedIds(text: string): TrustedIdsParse {
  const ids: string[] = [];
  const invalidLines: string[] = [];

  for (const line of text.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;

    const id = trimmed.toLowerCase();
    if (!AUTHSERV_ID_PATTERN.test(id)) {
      invalidLines.push(trimmed);
    } else if (!ids.includes(id)) {
      ids.push(id);
    }
  }
  return { ids, invalidLines };
}

/** Formats stored ids back into the one-per-line text of the options page. */
export function formatTrustedIds(ids: readonly string[]): string {
  return ids.join("\n");
}

/**
 * Loads the trusted authserv-ids from storage. A missing or malformed value
 * yields an empty list, so the add-in falls back to trusting only the
 * topmost Authentication-Results header.
 */
export async function loadTrustedIds(
  storage: StorageAreaApi,
): Promise<string[]> {
  const stored = await storage.get(TRUSTED_IDS_STORAGE_KEY);
  return readTrustedIdsValue(stored[TRUSTED_IDS_STORAGE_KEY]);
}

/** Saves the trusted authserv-ids to storage. */
export async function saveTrustedIds(
  storage: StorageAreaApi,
  ids: readonly string[],
): Promise<void> {
  await storage.set({ [TRUSTED_IDS_STORAGE_KEY]: [...ids] });
}

/** Keeps only the valid ids of a stored value of unknown shape. */
export function readTrustedIdsValue(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const text = value.filter((id) => typeof id === "string").join("\n");
  return parseTrustedIds(text).ids;
}
