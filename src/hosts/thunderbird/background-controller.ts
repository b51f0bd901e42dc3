import type { Analysis, AnalyzeOptions } from "../../core/analysis-types";
import type { Translate } from "../../i18n";
import type { DiagnosticEntry } from "../../ui/types";
import {
  badgeForAnalysis,
  badgeForError,
  type ActionBadge,
} from "./action-badge";
import type {
  DisplayedMessages,
  MessageHeaderInfo,
  MessengerApi,
  TabInfo,
} from "./messenger-api";
import { rawMessageBytes } from "./raw-message";
import { isTabStateRequest, type TabState } from "./tab-state";
import { loadTrustedIds, TRUSTED_IDS_STORAGE_KEY } from "./trusted-ids";

/** Dependencies of the background logic besides the `messenger` API. */
export interface BackgroundDependencies {
  analyze(raw: Uint8Array, options: AnalyzeOptions): Promise<Analysis>;
  translate: Translate;
}

interface PendingAnalysis {
  messageId: number;
  result: Promise<TabState>;
}

/**
 * Analyses the message displayed in each tab, sets the message display
 * action's badge, colour and tooltip for that tab, and keeps the result per
 * tab for the popup.
 *
 * Thunderbird may unload a Manifest V3 background script while it is idle,
 * which empties the cache. A popup request for an unknown tab therefore
 * analyses the tab's displayed message again.
 */
export class BackgroundController {
  private readonly states = new Map<number, TabState>();
  private readonly pending = new Map<number, PendingAnalysis>();

  constructor(
    private readonly api: MessengerApi,
    private readonly dependencies: BackgroundDependencies,
  ) {}

  /**
   * Registers the event listeners. Call it synchronously while the background
   * script first runs, so that Thunderbird can wake the script for them.
   */
  install(): void {
    // Thunderbird ignores the returned Promise, but the tests await it.
    this.api.messageDisplay.onMessagesDisplayed.addListener((tab, displayed) =>
      this.handleMessagesDisplayed(tab, displayed),
    );
    this.api.runtime.onMessage.addListener((message) =>
      isTabStateRequest(message) ? this.getTabState(message.tabId) : undefined,
    );
    this.api.tabs.onRemoved.addListener((tabId) => this.forgetTab(tabId));
    this.api.storage.onChanged.addListener((changes, areaName) => {
      if (areaName === "local" && TRUSTED_IDS_STORAGE_KEY in changes) {
        void this.reanalyzeAll();
      }
    });
  }

  /** Handles `messageDisplay.onMessagesDisplayed` for one tab. */
  async handleMessagesDisplayed(
    tab: TabInfo,
    displayed: DisplayedMessages,
  ): Promise<TabState | null> {
    if (tab.id === undefined) return null;

    const messages = Array.isArray(displayed) ? displayed : displayed.messages;
    const only = messages.length === 1 ? messages[0] : undefined;
    if (only === undefined) {
      return this.showNoMessage(tab.id, []);
    }
    return this.analyzeTab(tab.id, only);
  }

  /**
   * Returns the state of a tab for the popup, analysing the tab's displayed
   * message when nothing is cached for it.
   */
  async getTabState(tabId: number): Promise<TabState> {
    const cached = this.states.get(tabId);
    if (cached) return cached;

    // The analysis under way may be replaced by a newer message's before it
    // finishes, so the state is looked up again once it has.
    const inFlight = this.pending.get(tabId);
    if (inFlight) {
      await inFlight.result;
      return this.getTabState(tabId);
    }

    const diagnostics: DiagnosticEntry[] = [];
    let header: MessageHeaderInfo | null;
    try {
      header = await this.api.messageDisplay.getDisplayedMessage(tabId);
      diagnostics.push({ call: "messageDisplay.getDisplayedMessage", outcome: "ok" });
    } catch (error) {
      diagnostics.push(failed("messageDisplay.getDisplayedMessage", error));
      header = null;
    }

    if (header === null) return this.showNoMessage(tabId, diagnostics);
    return this.analyzeTab(tabId, header, diagnostics);
  }

  /** Drops what is kept for a closed tab. */
  forgetTab(tabId: number): void {
    this.states.delete(tabId);
    this.pending.delete(tabId);
  }

  /**
   * Analyses every known tab's message again, after the settings changed.
   * Analyses still running restart too, since they read the old settings.
   */
  async reanalyzeAll(): Promise<void> {
    const messageIds = new Map<number, number>();
    for (const [tabId, state] of this.states) {
      if (state.messageId !== null) messageIds.set(tabId, state.messageId);
    }
    for (const [tabId, entry] of this.pending) {
      messageIds.set(tabId, entry.messageId);
    }

    this.states.clear();
    this.pending.clear();
    await Promise.all(
      [...messageIds].map(([tabId, messageId]) =>
        this.analyzeTab(tabId, { id: messageId }),
      ),
    );
  }

  private analyzeTab(
    tabId: number,
    header: MessageHeaderInfo,
    diagnostics: DiagnosticEntry[] = [],
  ): Promise<TabState> {
    const inFlight = this.pending.get(tabId);
    if (inFlight && inFlight.messageId === header.id) return inFlight.result;

    // A newer message in the same tab replaces this entry, and the older
    // analysis then leaves the tab's badge and cache alone when it finishes.
    const entry: PendingAnalysis = {
      messageId: header.id,
      result: this.runAnalysis(header, diagnostics).then(async (state) => {
        if (this.pending.get(tabId) !== entry) return state;
        this.pending.delete(tabId);
        this.states.set(tabId, state);
        await this.applyBadge(tabId, state);
        return state;
      }),
    };
    this.pending.set(tabId, entry);
    this.states.delete(tabId);
    return entry.result;
  }

  private async runAnalysis(
    header: MessageHeaderInfo,
    diagnostics: DiagnosticEntry[],
  ): Promise<TabState> {
    const messageId = header.id;
    const errorState = (messageKey: string): TabState => ({
      messageId,
      view: {
        status: "error",
        messageKey,
        hintKey: "ui.error.generic.hint",
      },
      diagnostics,
    });

    let trustedAuthservIds: string[] = [];
    try {
      trustedAuthservIds = await loadTrustedIds(this.api.storage.local);
      diagnostics.push({ call: "storage.local.get", outcome: "ok" });
    } catch (error) {
      diagnostics.push(failed("storage.local.get", error));
    }

    // NOTE: the whole message is read and parsed whatever its size, so a
    // message with large attachments takes longer before the badge appears.
    let raw: Uint8Array;
    try {
      raw = await rawMessageBytes(await this.api.messages.getRaw(messageId));
      diagnostics.push({ call: "messages.getRaw", outcome: "ok" });
    } catch (error) {
      diagnostics.push(failed("messages.getRaw", error));
      return errorState("ui.error.generic");
    }

    try {
      const analysis = await this.dependencies.analyze(raw, {
        trustedAuthservIds,
      });
      diagnostics.push({ call: "analyzeMessage", outcome: "ok" });
      return {
        messageId,
        view: {
          status: "ready",
          analysis,
          sourceName: this.dependencies.translate(
            "thunderbird.source.displayedMessage",
          ),
        },
        diagnostics,
      };
    } catch (error) {
      // Only the error's name is kept, because a parser message may quote
      // the input.
      diagnostics.push({
        call: "analyzeMessage",
        outcome: "failed",
        detail: error instanceof Error ? error.name : typeof error,
      });
      return errorState("ui.error.generic");
    }
  }

  private async showNoMessage(
    tabId: number,
    diagnostics: DiagnosticEntry[],
  ): Promise<TabState> {
    const state: TabState = { messageId: null, view: null, diagnostics };
    this.pending.delete(tabId);
    this.states.set(tabId, state);
    await this.applyBadge(tabId, state);
    return state;
  }

  private async applyBadge(tabId: number, state: TabState): Promise<void> {
    const badge = this.badgeFor(state);
    const action = this.api.messageDisplayAction;
    const calls: Array<[string, () => Promise<void>]> = [
      ["messageDisplayAction.setBadgeText", () =>
        action.setBadgeText({ text: badge?.text ?? "", tabId })],
      ["messageDisplayAction.setBadgeBackgroundColor", () =>
        action.setBadgeBackgroundColor({ color: badge?.color ?? null, tabId })],
      ["messageDisplayAction.setTitle", () =>
        action.setTitle({ title: badge?.title ?? null, tabId })],
    ];

    // The tab may close while the message is analysed. A failed call is
    // recorded for the popup's diagnostics and does not stop the others.
    for (const [call, run] of calls) {
      try {
        await run();
        state.diagnostics.push({ call, outcome: "ok" });
      } catch (error) {
        state.diagnostics.push(failed(call, error));
      }
    }
  }

  private badgeFor(state: TabState): ActionBadge | null {
    const view = state.view;
    if (view === null) return null;
    if (view.status === "ready") {
      return badgeForAnalysis(view.analysis, this.dependencies.translate);
    }
    return badgeForError(this.dependencies.translate);
  }
}

/** Maximum length of an error detail kept in the diagnostics. */
const MAX_DETAIL_LENGTH = 120;

function failed(call: string, error: unknown): DiagnosticEntry {
  const detail =
    error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    call,
    outcome: "failed",
    detail: detail.slice(0, MAX_DETAIL_LENGTH),
  };
}
