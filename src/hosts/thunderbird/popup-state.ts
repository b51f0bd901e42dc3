import type { DiagnosticEntry, ViewState } from "../../ui/types";
import type { MessengerApi } from "./messenger-api";
import { isTabState, TAB_STATE_REQUEST_TYPE } from "./tab-state";

/** View and diagnostics the popup renders. */
export interface PopupState {
  view: ViewState;
  diagnostics: DiagnosticEntry[];
}

type PopupApi = Pick<MessengerApi, "tabs" | "runtime">;

/**
 * Finds the tab the popup belongs to and asks the background script for the
 * analysis of the message displayed in it. Every failure becomes an error
 * view, with the failed call listed in the diagnostics.
 */
export async function loadPopupState(api: PopupApi): Promise<PopupState> {
  const diagnostics: DiagnosticEntry[] = [];
  const failedView = (): PopupState => ({
    view: {
      status: "error",
      messageKey: "ui.error.generic",
      hintKey: "ui.error.generic.hint",
    },
    diagnostics,
  });

  let tabId: number | undefined;
  try {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    tabId = tab?.id;
    diagnostics.push({ call: "tabs.query", outcome: "ok" });
  } catch (error) {
    diagnostics.push(failed("tabs.query", error));
    return failedView();
  }
  if (tabId === undefined) return noMessageView(diagnostics);

  let reply: unknown;
  try {
    reply = await api.runtime.sendMessage({
      type: TAB_STATE_REQUEST_TYPE,
      tabId,
    });
    diagnostics.push({ call: "runtime.sendMessage", outcome: "ok" });
  } catch (error) {
    diagnostics.push(failed("runtime.sendMessage", error));
    return failedView();
  }
  if (!isTabState(reply)) {
    diagnostics.push({
      call: "runtime.sendMessage",
      outcome: "failed",
      detail: "unexpected reply",
    });
    return failedView();
  }

  const allDiagnostics = [...reply.diagnostics, ...diagnostics];
  if (reply.view === null) return noMessageView(allDiagnostics);
  return { view: reply.view, diagnostics: allDiagnostics };
}

function noMessageView(diagnostics: DiagnosticEntry[]): PopupState {
  return {
    view: { status: "error", messageKey: "thunderbird.noMessage" },
    diagnostics,
  };
}

function failed(call: string, error: unknown): DiagnosticEntry {
  return {
    call,
    outcome: "failed",
    detail: error instanceof Error ? error.name : typeof error,
  };
}
