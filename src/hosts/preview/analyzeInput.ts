import { analyzeMessage } from "../../core/analyze";
import type { DiagnosticEntry, MessageInput, ViewState } from "../../ui/types";

/** The view state for one analysed message, and the call that produced it. */
export interface InputResult {
  state: ViewState;
  diagnostic: DiagnosticEntry;
}

/**
 * Analyses a message handed in through a door. A message that cannot be
 * parsed yields an error state naming the file; the error itself is never
 * shown or logged, because it may quote message content.
 */
export async function analyzeInput(
  input: MessageInput,
  pastedName: string,
): Promise<InputResult> {
  const raw = input.kind === "file" ? input.bytes : input.text.trimStart();
  const sourceName = input.kind === "file" ? input.name : pastedName;

  try {
    const analysis = await analyzeMessage(raw);
    return {
      state: { status: "ready", analysis, sourceName },
      diagnostic: { call: "analyzeMessage", outcome: "ok" },
    };
  } catch (error) {
    const detail = error instanceof Error ? error.name : "unknown error";
    return {
      state:
        input.kind === "file"
          ? {
              status: "error",
              messageKey: "ui.error.parseFile",
              hintKey: "ui.error.parseFile.hint",
              params: { name: input.name },
            }
          : {
              status: "error",
              messageKey: "ui.error.parseText",
              hintKey: "ui.error.parseText.hint",
            },
      diagnostic: { call: "analyzeMessage", outcome: "failed", detail },
    };
  }
}
