import { createRoot, type Root } from "react-dom/client";
import {
  englishTranslator,
  loadTranslator,
  resolveLanguage,
  type Translate,
} from "../../i18n/load";
import { App } from "../../ui";
import { TrustedIdsSettings } from "../../ui/TrustedIdsSettings";
import type { MessageInput } from "../../ui/types";
import { loadEngine } from "../shared/engine";
import { errorState } from "./load-item";
import {
  EVENT_TYPE,
  type EventTypes,
  type OutlookContext,
} from "./office-api";
import { waitForOffice } from "./office-ready";
import {
  startTaskpane,
  type TaskpaneController,
  type TaskpaneView,
} from "./taskpane";
import { themeFromOffice } from "./theme";
import { trustedIdsFromUrl } from "./trusted-ids";

/**
 * Task pane entry point: waits for Office.js, then shows the analysis of the
 * open message and of every message the user selects, drops or pastes.
 */
async function main(root: Root) {
  // The spinner shows before the user's language is known; English it is.
  const fallbackTranslate = englishTranslator;
  renderView(root, fallbackTranslate, {
    state: { status: "loading" },
    theme: "light",
    diagnostics: [],
  });

  // Fetch the analysis code while Office.js starts. A failure here is
  // retried, and reported, when the first analysis needs the code.
  loadEngine().catch(() => undefined);

  const readiness = await waitForOffice(
    typeof Office === "undefined" ? undefined : Office,
  );
  if (readiness !== "ready") {
    const missing = readiness === "missing";
    const browserTranslate = await loadTranslator(
      resolveLanguage(navigator.language),
    );
    renderView(root, browserTranslate, {
      state: errorState(
        missing ? "outlook.error.officeMissing" : "outlook.error.notOutlook",
      ),
      theme: "light",
      diagnostics: [
        missing
          ? { call: "Office.onReady", outcome: "unsupported" }
          : { call: "Office.onReady", outcome: "failed", detail: "timeout" },
      ],
    });
    return;
  }

  await startInOutlook(root);
}

/** Starts the task pane once Office.js is ready, or explains why it cannot. */
async function startInOutlook(root: Root) {
  const context = Office.context as unknown as OutlookContext | undefined;
  const language = resolveLanguage(context?.displayLanguage);
  const translate = await loadTranslator(language);
  document.documentElement.lang = language;

  if (!context?.mailbox) {
    renderView(root, translate, {
      state: errorState("outlook.error.notOutlook"),
      theme: themeFromOffice(context?.officeTheme),
      diagnostics: [
        { call: "Office.context.mailbox", outcome: "unsupported" },
      ],
    });
    return;
  }

  let controller: TaskpaneController | null = null;
  const handlers: ViewHandlers = {
    onInput: (input) => void controller?.showInput(input),
    onSaveTrustedIds: async (ids) => {
      const result = await controller?.saveTrustedIds(ids);
      return result?.outcome === "ok";
    },
  };

  void startTaskpane({
    context,
    translate,
    eventTypes: officeEventTypes(),
    analyzeOptions: {
      trustedAuthservIds: trustedIdsFromUrl(window.location.search),
    },
    onStart: (running) => {
      controller = running;
    },
    render: (view) => renderView(root, translate, view, handlers),
  });
}

/** Callbacks of the doors and of the trusted-ids form. */
interface ViewHandlers {
  onInput: (input: MessageInput) => void;
  onSaveTrustedIds: (ids: string[]) => Promise<boolean>;
}

function renderView(
  root: Root,
  translate: Translate,
  view: TaskpaneView,
  handlers?: ViewHandlers,
) {
  const trustedIds = view.trustedIds;
  const settings =
    handlers && trustedIds ? (
      <TrustedIdsSettings
        translate={translate}
        adminIds={trustedIds.admin}
        userIds={trustedIds.user}
        canSave={trustedIds.canSave}
        onSave={handlers.onSaveTrustedIds}
      />
    ) : null;

  root.render(
    <App
      state={view.state}
      translate={translate}
      theme={view.theme}
      onInput={handlers?.onInput}
      diagnostics={view.diagnostics}
      settings={settings}
    />,
  );
}

/**
 * Reads the event names from `Office.EventType`, because older Office.js
 * builds lack the newer events; the documented values fill any gap.
 */
function officeEventTypes(): EventTypes {
  const types = Office.EventType as unknown as Record<
    string,
    string | undefined
  >;
  return {
    itemChanged: types.ItemChanged ?? EVENT_TYPE.itemChanged,
    dragAndDrop: types.DragAndDropEvent ?? EVENT_TYPE.dragAndDrop,
    officeThemeChanged:
      types.OfficeThemeChanged ?? EVENT_TYPE.officeThemeChanged,
  };
}

const container = document.getElementById("root");
if (container) {
  void main(createRoot(container));
}
