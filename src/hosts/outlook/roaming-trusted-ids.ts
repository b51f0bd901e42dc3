import { readTrustedIdsValue } from "../../core/auth/trusted-ids";
import {
  callAsync,
  type MailboxResult,
  type RecordDiagnostic,
} from "./mailbox";
import type { OutlookContext } from "./office-api";

/** Name of the roaming setting that keeps the user's trusted authserv-ids. */
export const TRUSTED_IDS_SETTING = "trustedAuthservIds";

/**
 * Reads the trusted authserv-ids saved in the roaming settings. A missing
 * or malformed value yields an empty list, and so does a client without
 * roaming settings.
 */
export function readRoamingTrustedIds(
  context: OutlookContext,
  record: RecordDiagnostic,
): string[] {
  const settings = context.roamingSettings;
  if (!settings) {
    record({ call: "roamingSettings.get", outcome: "unsupported" });
    return [];
  }
  try {
    const ids = readTrustedIdsValue(settings.get(TRUSTED_IDS_SETTING));
    record({ call: "roamingSettings.get", outcome: "ok" });
    return ids;
  } catch (error) {
    const detail = error instanceof Error ? error.name : "exception";
    record({ call: "roamingSettings.get", outcome: "failed", detail });
    return [];
  }
}

/**
 * Saves the trusted authserv-ids in the roaming settings
 * (`roamingSettings.set` and `saveAsync`). An empty list removes the
 * setting, so the default of trusting the topmost header applies again.
 */
export async function saveRoamingTrustedIds(
  context: OutlookContext,
  ids: readonly string[],
  record: RecordDiagnostic,
): Promise<MailboxResult<void>> {
  const settings = context.roamingSettings;
  return callAsync<void>(
    "roamingSettings.saveAsync",
    settings
      ? (callback) => {
          if (ids.length === 0) {
            settings.remove(TRUSTED_IDS_SETTING);
          } else {
            settings.set(TRUSTED_IDS_SETTING, [...ids]);
          }
          settings.saveAsync(callback);
        }
      : null,
    record,
  );
}
