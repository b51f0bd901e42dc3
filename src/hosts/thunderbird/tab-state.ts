import type { DiagnosticEntry, ViewState } from "../../ui/types";

/** Analysis state of the message displayed in one tab. */
export interface TabState {
  /** Id of the analysed message; null when no single message is displayed. */
  messageId: number | null;
  /** View for the popup, or null when no single message is displayed. */
  view: ViewState | null;
  /** The API calls made for this message and how they went. */
  diagnostics: DiagnosticEntry[];
}

/** Request the popup sends to the background script through `runtime.sendMessage`. */
export interface TabStateRequest {
  type: "mail-diagnostics:get-tab-state";
  tabId: number;
}

export const TAB_STATE_REQUEST_TYPE = "mail-diagnostics:get-tab-state";

/** Tells whether a runtime message is a tab state request. */
export function isTabStateRequest(message: unknown): message is TabStateRequest {
  if (typeof message !== "object" || message === null) return false;
  const candidate = message as Partial<TabStateRequest>;
  return (
    candidate.type === TAB_STATE_REQUEST_TYPE &&
    typeof candidate.tabId === "number" &&
    Number.isInteger(candidate.tabId)
  );
}

/** Tells whether a runtime reply has the shape of a `TabState`. */
export function isTabState(value: unknown): value is TabState {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<TabState>;
  return (
    Array.isArray(candidate.diagnostics) &&
    (candidate.view === null || typeof candidate.view === "object") &&
    (candidate.messageId === null || typeof candidate.messageId === "number")
  );
}
