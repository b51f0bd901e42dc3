import { parseTrustedIds } from "../../core/auth/trusted-ids";

/** Query parameter of the task pane URL that lists trusted authserv-ids. */
export const TRUSTED_IDS_PARAMETER = "trusted";

/**
 * Reads the authserv-ids an admin listed in the task pane URL of the
 * manifest, such as `taskpane.html?trusted=mx.example.com,.example.net`.
 * Ids are lower-cased and deduplicated. Invalid entries are skipped, and so
 * is every id past `MAX_TRUSTED_IDS`, so a mistyped URL cannot make every
 * lookup slow.
 */
export function trustedIdsFromUrl(search: string): string[] {
  const values = new URLSearchParams(search).getAll(TRUSTED_IDS_PARAMETER);
  return parseTrustedIds(values.join(",")).ids;
}
