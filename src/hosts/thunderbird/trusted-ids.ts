import { readTrustedIdsValue } from "../../core/auth/trusted-ids";
import type { StorageAreaApi } from "./messenger-api";

/** Key under which `storage.local` keeps the trusted authserv-ids. */
export const TRUSTED_IDS_STORAGE_KEY = "trustedAuthservIds";

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
