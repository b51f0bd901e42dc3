import type { AnalyzeOptions } from "../../core/analyze";
import type { Translate } from "../../i18n";
import { MAX_INPUT_BYTES, readFileBytes } from "../../ui/readFileBytes";
import type { MessageInput, ViewState } from "../../ui/types";
import { analyzeInput as analyzeSharedInput } from "../shared/analyze-input";
import { errorState } from "./load-item";
import type { RecordDiagnostic } from "./mailbox";
import type { DragAndDropEventInfo } from "./office-api";

/** Options of `analyzeInput`. */
export interface AnalyzeInputOptions {
  translate: Translate;
  record: RecordDiagnostic;
  analyzeOptions?: AnalyzeOptions;
}

/**
 * Analyses a message the user handed in (a dropped or chosen .eml or .msg
 * file, or pasted text) and records the analysis call for the diagnostics
 * section. Text that contains only header lines still yields the
 * authentication results.
 */
export async function analyzeInput(
  input: MessageInput,
  options: AnalyzeInputOptions,
): Promise<ViewState> {
  const result = await analyzeSharedInput(input, {
    pastedName: options.translate("outlook.source.pasted"),
    analyzeOptions: options.analyzeOptions,
  });
  options.record(result.diagnostic);
  return result.state;
}

/**
 * Turns an Outlook `DragAndDropEvent` into the first dropped file as a
 * message input. Returns null for `dragover` events, and an error state when
 * the drop contains no file or the file cannot be read.
 */
export async function inputFromDrop(
  event: DragAndDropEventInfo,
): Promise<MessageInput | ViewState | null> {
  const data = event.dragAndDropEventData;
  if (data.type !== "drop") {
    return null;
  }

  const file = data.dataTransfer.files[0];
  if (!file) {
    return errorState("outlook.error.dropEmpty");
  }
  if (file.fileContent.size > MAX_INPUT_BYTES) {
    return errorState("ui.error.tooLarge", {
      name: file.name,
      size: Math.ceil(file.fileContent.size / 1024 / 1024),
      limit: MAX_INPUT_BYTES / 1024 / 1024,
    });
  }

  try {
    const bytes = await readFileBytes(file.fileContent);
    return { kind: "file", name: file.name, bytes };
  } catch {
    return errorState("ui.error.readFile", { name: file.name });
  }
}
