import type { Analysis, AnalyzeOptions } from "../../core/analysis-types";
import type { RawMessage } from "../../core/mime";
import { MAX_INPUT_BYTES } from "../../ui/readFileBytes";
import type { DiagnosticEntry, MessageInput, ViewState } from "../../ui/types";
import { isMsgFile } from "./msg-signature";
import { convertMsgLazily } from "./convert-msg";
import { loadEngine } from "./engine";
import { MsgReadError } from "./msg-read-error";

/** The view state for one analysed message, and the call that produced it. */
export interface InputResult {
  state: ViewState;
  diagnostic: DiagnosticEntry;
}

/** Options of `analyzeInput`. */
export interface AnalyzeInputOptions {
  /** Source name shown for pasted text, in the user's language. */
  pastedName: string;
  analyzeOptions?: AnalyzeOptions;
}

/**
 * Analyses a message handed in through a door: an .eml file, an Outlook
 * .msg file (recognised by its content, whatever its name), or pasted
 * message source or headers. Input that cannot be read, or that has none of
 * the headers a message has, yields an error state naming the file. The
 * parser's error text is never shown or logged, because it may quote
 * message content.
 */
export async function analyzeInput(
  input: MessageInput,
  options: AnalyzeInputOptions,
): Promise<InputResult> {
  if (input.kind === "file" && input.bytes.byteLength > MAX_INPUT_BYTES) {
    return {
      state: errorState("ui.error.tooLarge", {
        name: input.name,
        size: Math.ceil(input.bytes.byteLength / 1024 / 1024),
        limit: MAX_INPUT_BYTES / 1024 / 1024,
      }),
      diagnostic: {
        call: "analyzeInput",
        outcome: "failed",
        detail: "too large",
      },
    };
  }

  const raw = await rawMessageOf(input);
  if ("state" in raw) {
    return raw;
  }

  let analysis: Analysis;
  try {
    const { analyzeMessage } = await loadEngine();
    analysis = await analyzeMessage(raw.message, options.analyzeOptions);
  } catch (error) {
    return {
      state: notAMessage(input),
      diagnostic: {
        call: "analyzeMessage",
        outcome: "failed",
        detail: describeError(error),
      },
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
    state: {
      status: "ready",
      analysis,
      sourceName: input.kind === "file" ? input.name : options.pastedName,
    },
    diagnostic: {
      call: "analyzeMessage",
      outcome: "ok",
      ...(raw.fromMsg ? { detail: "converted from .msg" } : {}),
    },
  };
}

/**
 * Returns the message to parse: a .msg file converted to MIME, other files
 * as they are, and pasted text without leading blank lines, which would end
 * the header block before it starts.
 */
async function rawMessageOf(
  input: MessageInput,
): Promise<{ message: RawMessage; fromMsg: boolean } | InputResult> {
  if (input.kind === "text") {
    return { message: input.text.trimStart(), fromMsg: false };
  }
  if (!isMsgFile(input.bytes)) {
    return { message: input.bytes, fromMsg: false };
  }

  try {
    return { message: await convertMsgLazily(input.bytes), fromMsg: true };
  } catch (error) {
    const notMessage =
      error instanceof MsgReadError && error.code === "notMessage";
    const messageKey = notMessage
      ? "outlook.error.msgNotMessage"
      : "outlook.error.msgUnreadable";
    return {
      state: errorState(messageKey, { name: input.name }),
      diagnostic: {
        call: "msgToMime",
        outcome: "failed",
        detail: describeError(error),
      },
    };
  }
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
    ? errorState("ui.error.parseFile", { name: input.name })
    : errorState("ui.error.parseText");
}

/** Builds an error state whose hint is the message key plus `.hint`. */
function errorState(
  messageKey: string,
  params?: Record<string, string | number>,
): ViewState {
  return params
    ? { status: "error", messageKey, hintKey: `${messageKey}.hint`, params }
    : { status: "error", messageKey, hintKey: `${messageKey}.hint` };
}

/** Returns the error's name and code, never its message text. */
function describeError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && typeof code === "string") {
    return `${error.name} ${code}`;
  }
  return error instanceof Error ? error.name : "unknown error";
}
