import type { AnalyzeOptions } from "../../core/analyze";
import { mergeTrustedIds } from "../../core/auth/trusted-ids";
import type { Translate } from "../../i18n";
import type {
  DiagnosticEntry,
  MessageInput,
  ThemeName,
  ViewState,
} from "../../ui/types";
import { analyzeInput, inputFromDrop } from "./analyze-input";
import { describeClient } from "./client-info";
import { errorState, loadItem } from "./load-item";
import { addMailboxHandler, type MailboxResult } from "./mailbox";
import {
  EVENT_TYPE,
  type DragAndDropEventInfo,
  type EventTypes,
  type OfficeThemeChangedInfo,
  type OutlookContext,
} from "./office-api";
import {
  readRoamingTrustedIds,
  saveRoamingTrustedIds,
} from "./roaming-trusted-ids";
import { themeFromOffice } from "./theme";

/** The trusted authserv-ids in force, by who set them. */
export interface TrustedIdsView {
  /** Ids from the task pane URL, which an administrator sets. */
  admin: readonly string[];
  /** Ids the user saved in the roaming settings. */
  user: readonly string[];
  /** False when the client has no roaming settings to save to. */
  canSave: boolean;
}

/** The task pane state, theme and diagnostics at one moment. */
export interface TaskpaneView {
  state: ViewState;
  theme: ThemeName;
  diagnostics: readonly DiagnosticEntry[];
  /** Absent when the pane shows no settings, as before Office.js is ready. */
  trustedIds?: TrustedIdsView;
}

export interface TaskpaneOptions {
  context: OutlookContext;
  translate: Translate;
  /** Called with every new view; the React entry point renders `App` here. */
  render: (view: TaskpaneView) => void;
  /** `Office.EventType` values; the defaults are the values Office.js uses. */
  eventTypes?: EventTypes;
  /**
   * Analysis settings. Its `trustedAuthservIds` are the administrator's
   * list; the ids the user saved in the roaming settings are added to it.
   */
  analyzeOptions?: AnalyzeOptions;
  /**
   * Receives the controller before the first view is rendered, so input the
   * user hands in during the first load is not held back until it ends.
   */
  onStart?: (controller: TaskpaneController) => void;
}

/** Handle on a running task pane. */
export interface TaskpaneController {
  /** Reads and analyses the item Outlook shows now. */
  loadCurrentItem(): Promise<void>;
  /** Analyses a message the user dropped, chose or pasted. */
  showInput(input: MessageInput): Promise<void>;
  /**
   * Saves the user's trusted authserv-ids in the roaming settings and, once
   * saved, analyses the message on screen again with them.
   */
  saveTrustedIds(ids: readonly string[]): Promise<MailboxResult<void>>;
}

/**
 * Starts the task pane: shows the loading state, subscribes to
 * `ItemChanged` (so a pinned pane follows the selection) and
 * `DragAndDropEvent` where Mailbox 1.5 is supported, and to
 * `OfficeThemeChanged` on Mailbox 1.14. It reads the trusted authserv-ids
 * saved in the roaming settings, then analyses the open item.
 * Resolves once that analysis is shown, or at once when an item change or
 * user input has already started another load.
 */
export async function startTaskpane(
  options: TaskpaneOptions,
): Promise<TaskpaneController> {
  const { context, translate, render } = options;
  const eventTypes = options.eventTypes ?? EVENT_TYPE;
  const sessionEntries: DiagnosticEntry[] = describeClient(context);
  let loadEntries: DiagnosticEntry[] = [];
  let generation = 0;
  let theme = themeFromOffice(context.officeTheme);
  let currentState: ViewState = { status: "loading" };
  const adminIds = options.analyzeOptions?.trustedAuthservIds ?? [];
  let userIds: readonly string[] = readRoamingTrustedIds(context, (entry) =>
    sessionEntries.push(entry),
  );

  const show = (state: ViewState) => {
    currentState = state;
    render({
      state,
      theme,
      diagnostics: [...sessionEntries, ...loadEntries],
      trustedIds: {
        admin: adminIds,
        user: userIds,
        canSave: context.roamingSettings !== undefined,
      },
    });
  };

  /** The settings of every analysis: the administrator's and the user's ids. */
  const analyzeOptions = (): AnalyzeOptions => ({
    ...options.analyzeOptions,
    trustedAuthservIds: mergeTrustedIds(adminIds, userIds),
  });

  /**
   * Starts a new load, so results of an older one (for an item the user has
   * already left) are dropped. Returns the recorder and the freshness check.
   */
  const beginLoad = () => {
    generation += 1;
    const mine = generation;
    const entries: DiagnosticEntry[] = [];
    loadEntries = entries;
    show({ status: "loading" });
    return {
      record: (entry: DiagnosticEntry) => {
        entries.push(entry);
      },
      current: () => mine === generation,
    };
  };

  /** Runs the load that produced the view on screen again. */
  let repeatLastLoad: () => Promise<void> = () => loadCurrentItem();

  const loadCurrentItem = async () => {
    repeatLastLoad = loadCurrentItem;
    const load = beginLoad();
    const state = await withoutThrowing("loadItem", load.record, () =>
      loadItem(context, {
        translate,
        record: load.record,
        analyzeOptions: analyzeOptions(),
      }),
    );
    if (load.current()) {
      show(state);
    }
  };

  const showInput = async (input: MessageInput) => {
    repeatLastLoad = () => showInput(input);
    const load = beginLoad();
    const state = await withoutThrowing("analyzeInput", load.record, () =>
      analyzeInput(input, {
        translate,
        record: load.record,
        analyzeOptions: analyzeOptions(),
      }),
    );
    if (load.current()) {
      show(state);
    }
  };

  const recordSession = (entry: DiagnosticEntry) => {
    sessionEntries.push(entry);
  };

  const saveTrustedIds = async (ids: readonly string[]) => {
    const result = await saveRoamingTrustedIds(context, ids, recordSession);
    if (result.outcome === "ok") {
      userIds = [...ids];
      await repeatLastLoad();
    } else {
      show(currentState);
    }
    return result;
  };

  const controller: TaskpaneController = {
    loadCurrentItem,
    showInput,
    saveTrustedIds,
  };
  options.onStart?.(controller);
  show({ status: "loading" });
  await addMailboxHandler(
    context,
    {
      eventType: eventTypes.itemChanged,
      call: "addHandlerAsync(ItemChanged)",
      minVersion: "1.5",
      handler: () => void loadCurrentItem(),
    },
    recordSession,
  );
  await addMailboxHandler<DragAndDropEventInfo>(
    context,
    {
      eventType: eventTypes.dragAndDrop,
      call: "addHandlerAsync(DragAndDropEvent)",
      minVersion: "1.5",
      handler: (event) => void handleDrop(event),
    },
    recordSession,
  );
  await addMailboxHandler<OfficeThemeChangedInfo>(
    context,
    {
      eventType: eventTypes.officeThemeChanged,
      call: "addHandlerAsync(OfficeThemeChanged)",
      minVersion: "1.14",
      handler: (event) => {
        theme = themeFromOffice(event.officeTheme ?? context.officeTheme);
        show(currentState);
      },
    },
    recordSession,
  );

  async function handleDrop(event: DragAndDropEventInfo) {
    const dropped = await inputFromDrop(event);
    if (dropped === null) {
      return;
    }
    if ("kind" in dropped) {
      await showInput(dropped);
      return;
    }
    beginLoad();
    show(dropped);
  }

  // Input handed in while the handlers were being registered wins over the
  // open item, as it would had it arrived during the item's load.
  if (generation === 0) {
    await loadCurrentItem();
  }
  return controller;
}

/**
 * Runs one load and turns anything it throws into an error state, so an
 * unexpected client object leaves a message on screen instead of a pane
 * that stays in the loading state.
 */
async function withoutThrowing(
  call: string,
  record: (entry: DiagnosticEntry) => void,
  load: () => Promise<ViewState>,
): Promise<ViewState> {
  try {
    return await load();
  } catch (error) {
    const code = error instanceof Error ? error.name : "unknown";
    record({ call, outcome: "failed", detail: code });
    return errorState("outlook.error.analysisFailed", { code });
  }
}
