import type { Analysis } from "../../core/analysis-types";
import { analyzeMessage } from "../../core/analyze";
import { MimeParseError } from "../../core/mime";
import type { DiagnosticEntry, MessageInput, ViewState } from "../../ui/types";

/** The view state for one analysed message, and the call that produced it. */
export interface InputResult {
  state: ViewState;
  diagnostic: DiagnosticEntry;
}

/**
 * Analyses a message handed in through a door. Input that cannot be parsed,
 * or that has none of the headers a message has, yields an error state
 * naming the file. The parser's error text is never shown or logged,
 * because it may quote message content.
 */
export async function analyzeInput(
  input: MessageInput,
  pastedName: string,
): Promise<InputResult> {
  const raw = input.kind === "file" ? input.bytes : input.text.trimStart();
  const sourceName = input.kind === "file" ? input.name : pastedName;

  let analysis: Analysis;
  try {
    analysis = await analyzeMessage(raw);
  } catch (error) {
    const detail =
      error instanceof MimeParseError
        ? error.code
        : error instanceof Error
          ? error.name
          : "unknown error";
    return {
      state: notAMessage(input),
      diagnostic: { call: "analyzeMessage", outcome: "failed", detail },
    };
  }

  if (!looksLikeMessage(analysis)) {
    return {
      state: notAMessage(input),
      diagnostic: {
        call: "analyzeMessage",
        outcome: "failed",
        detail: "no headers",
      },
    };
  }
  return {
    state: { status: "ready", analysis, sourceName },
    diagnostic: { call: "analyzeMessage", outcome: "ok" },
  };
}

/**
 * Tells whether the parse found any header a message or a pasted header
 * block has. Plain prose parses without error but yields none of them.
 */
function looksLikeMessage(analysis: Analysis): boolean {
  const { message, authentication, bounce } = analysis;
  return (
    message.subject !== null ||
    message.from !== null ||
    message.date !== null ||
    message.messageId !== null ||
    authentication.fields.length > 0 ||
    bounce !== null
  );
}

function notAMessage(input: MessageInput): ViewState {
  return input.kind === "file"
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
      };
}
