/** Outcome of `waitForOffice`. */
export type OfficeReadiness = "ready" | "missing" | "timeout";

/** The part of the `Office` global needed to wait for it. */
export interface OfficeGlobal {
  onReady?: () => Promise<unknown>;
}

/**
 * Time after which a page whose `Office.onReady` has not resolved is taken
 * to run outside Office. Inside Outlook it resolves within a second or two;
 * outside Office, office.js may never resolve it.
 */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

/**
 * Waits for Office.js: `missing` when the script did not load (no `Office`
 * global), `timeout` when `onReady` neither resolves nor rejects in time,
 * and `ready` otherwise. A rejected `onReady` counts as `missing`.
 */
export function waitForOffice(
  office: OfficeGlobal | undefined,
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS,
): Promise<OfficeReadiness> {
  if (!office || typeof office.onReady !== "function") {
    return Promise.resolve("missing");
  }
  const onReady = office.onReady;

  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve("timeout"), timeoutMs);
    const settle = (readiness: OfficeReadiness) => {
      clearTimeout(timer);
      resolve(readiness);
    };
    try {
      onReady.call(office).then(
        () => settle("ready"),
        () => settle("missing"),
      );
    } catch {
      settle("missing");
    }
  });
}
