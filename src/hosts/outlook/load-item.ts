import type { Analysis, AnalyzeOptions } from "../../core/analyze";
import type { Translate } from "../../i18n";
import type { ViewState } from "../../ui/types";
import { loadEngine } from "../shared/engine";
import { findAttachedReport } from "./attached-report";
import { messageFromHeadersAndText } from "./headers-and-text";
import {
  readBodyText,
  readInternetHeaders,
  readMessageFile,
  type RecordDiagnostic,
} from "./mailbox";
import type { MessageItem, OutlookContext } from "./office-api";
import { runAnalysis } from "./run-analysis";

/** Options of `loadItem`. */
export interface LoadItemOptions {
  translate: Translate;
  record: RecordDiagnostic;
  analyzeOptions?: AnalyzeOptions;
}

/**
 * Reads the item open in Outlook and analyses it. The whole message
 * (`getAsFileAsync`, Mailbox 1.14) is preferred because bounce details need
 * the body. Otherwise, or when that call fails, the header block
 * (`getAllInternetHeadersAsync`, Mailbox 1.8) still gives the
 * authentication results, and the body text may still reveal a report.
 * When the item is no report itself but has one attached, as a forwarded
 * bounce, that report is shown instead. Every failure becomes an error
 * state.
 */
export async function loadItem(
  context: OutlookContext,
  options: LoadItemOptions,
): Promise<ViewState> {
  const item = context.mailbox.item;
  if (!item) {
    return errorState("outlook.error.noItem");
  }
  if (item.itemType !== "message") {
    return errorState("outlook.error.notMessage");
  }

  const state = await analyzeOpenItem(context, item, options);
  if (state.status === "ready" && state.analysis.bounce !== null) {
    return state;
  }

  const attached = await findAttachedReport(
    context,
    item,
    options.record,
    options.analyzeOptions,
  );
  if (attached === null) {
    return state;
  }
  return ready(
    attached.analysis,
    options.translate("outlook.source.attachment", {
      name: attached.attachmentName,
    }),
  );
}

async function analyzeOpenItem(
  context: OutlookContext,
  item: MessageItem,
  options: LoadItemOptions,
): Promise<ViewState> {
  const { translate, record } = options;

  const file = await readMessageFile(context, item, record);
  if (file.outcome === "ok") {
    const analysis = await runAnalysis(
      "analyzeMessage",
      async () =>
        (await loadEngine()).analyzeMessage(file.value, options.analyzeOptions),
      record,
    );
    if (analysis.ok) {
      return ready(analysis.value, translate("outlook.source.wholeMessage"));
    }
    // The header block may still parse when the whole message did not.
  }

  const headers = await readInternetHeaders(context, item, record);
  if (headers.outcome === "unsupported") {
    return errorState("outlook.error.unsupported");
  }
  if (headers.outcome === "failed") {
    return errorState("outlook.error.readFailed", { code: headers.code });
  }
  if (headers.value.trim() === "") {
    return errorState("outlook.error.noHeaders");
  }

  const analysis = await runAnalysis(
    "analyzeHeaders",
    async () =>
      (await loadEngine()).analyzeHeaders(headers.value, options.analyzeOptions),
    record,
  );
  if (!analysis.ok) {
    return errorState("outlook.error.analysisFailed", { code: analysis.code });
  }

  const withText = await analyzeHeadersAndText(
    context,
    item,
    headers.value,
    options,
  );
  if (withText !== null) {
    return ready(withText, translate("outlook.source.headersAndText"));
  }
  return ready(analysis.value, translate("outlook.source.headers"));
}

/**
 * Reads the body text and analyses it together with the header block.
 * Returns the analysis only when the text reveals a report (a bounce,
 * auto-reply or feedback report), because otherwise the header-only
 * analysis gives the same result with less guesswork.
 */
async function analyzeHeadersAndText(
  context: OutlookContext,
  item: MessageItem,
  headerBlock: string,
  options: LoadItemOptions,
): Promise<Analysis | null> {
  const text = await readBodyText(context, item, options.record);
  if (text.outcome !== "ok" || text.value.trim() === "") {
    return null;
  }

  const analysis = await runAnalysis(
    "analyzeMessage(headers and text)",
    async () =>
      (await loadEngine()).analyzeMessage(
        messageFromHeadersAndText(headerBlock, text.value),
        options.analyzeOptions,
      ),
    options.record,
  );
  return analysis.ok && analysis.value.bounce !== null ? analysis.value : null;
}

function ready(analysis: Analysis, sourceName: string): ViewState {
  return { status: "ready", analysis, sourceName };
}

/** Builds an error state whose hint is the message key plus `.hint`. */
export function errorState(
  messageKey: string,
  params?: Record<string, string | number>,
): ViewState {
  return params
    ? { status: "error", messageKey, hintKey: `${messageKey}.hint`, params }
    : { status: "error", messageKey, hintKey: `${messageKey}.hint` };
}
