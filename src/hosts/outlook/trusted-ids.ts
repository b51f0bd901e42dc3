/** Query parameter of the task pane URL that lists trusted authserv-ids. */
export const TRUSTED_IDS_PARAMETER = "trusted";

/** Ids read at most, so a mistyped URL cannot make every lookup slow. */
const MAX_TRUSTED_IDS = 32;

/**
 * An authserv-id as an admin writes it: a host name, optionally with a
 * leading dot that also matches subdomains. RFC 8601 allows any token, but
 * ids in practice are domain names, so anything else is taken as a typo.
 */
const LABEL = "[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?";
const AUTHSERV_ID_PATTERN = new RegExp(`^\\.?${LABEL}(?:\\.${LABEL})*$`);

/**
 * Reads the authserv-ids an admin listed in the task pane URL of the
 * manifest, such as `taskpane.html?trusted=mx.example.com,.example.net`.
 * Ids are lower-cased and deduplicated; invalid entries are skipped.
 */
export function trustedIdsFromUrl(search: string): string[] {
  const ids: string[] = [];
  const values = new URLSearchParams(search).getAll(TRUSTED_IDS_PARAMETER);

  for (const value of values) {
    for (const entry of value.split(/[\s,]+/)) {
      const id = entry.trim().toLowerCase();
      if (id === "" || !AUTHSERV_ID_PATTERN.test(id) || ids.includes(id)) {
        continue;
      }
      if (ids.length === MAX_TRUSTED_IDS) {
        return ids;
      }
      ids.push(id);
    }
  }
  return ids;
}
