import type { DiagnosticEntry } from "../../ui/types";
import {
  ASYNC_SUCCEEDED,
  type AsyncCallback,
  type AsyncResultInfo,
  type AttachmentContentInfo,
  type MessageItem,
  type OutlookContext,
} from "./office-api";

/** Value of `Office.CoercionType.Text`. */
const COERCION_TEXT = "text";

/** Outcome of one Office.js call. */
export type MailboxResult<T> =
  | { outcome: "ok"; value: T }
  | { outcome: "failed"; code: string }
  | { outcome: "unsupported" };

/** Receives one entry per Office.js call, for the diagnostics section. */
export type RecordDiagnostic = (entry: DiagnosticEntry) => void;

/**
 * Reads the header block of `item` through `getAllInternetHeadersAsync`
 * (Mailbox 1.8), as CRLF-separated header fields.
 */
export async function readInternetHeaders(
  context: OutlookContext,
  item: MessageItem,
  record: RecordDiagnostic,
): Promise<MailboxResult<string>> {
  const result = await callAsync<unknown>(
    "getAllInternetHeadersAsync",
    context.requirements.isSetSupported("Mailbox", "1.8") &&
      typeof item.getAllInternetHeadersAsync === "function"
      ? (callback) => item.getAllInternetHeadersAsync(callback)
      : null,
    record,
  );
  return stringValue("getAllInternetHeadersAsync", result, record);
}

/**
 * Reads the body as plain text through `body.getAsync` (Mailbox 1.3), which
 * Outlook derives from the text or HTML part.
 */
export async function readBodyText(
  context: OutlookContext,
  item: MessageItem,
  record: RecordDiagnostic,
): Promise<MailboxResult<string>> {
  const body = item.body;
  const result = await callAsync<unknown>(
    "body.getAsync",
    context.requirements.isSetSupported("Mailbox", "1.3") &&
      typeof body?.getAsync === "function"
      ? (callback) => body.getAsync(COERCION_TEXT, callback)
      : null,
    record,
  );
  return stringValue("body.getAsync", result, record);
}

/**
 * Reads the whole message as MIME bytes through `getAsFileAsync`
 * (Mailbox 1.14), which returns the message base64-encoded.
 */
export async function readMessageFile(
  context: OutlookContext,
  item: MessageItem,
  record: RecordDiagnostic,
): Promise<MailboxResult<Uint8Array>> {
  const getAsFile = item.getAsFileAsync;
  const result = await callAsync<unknown>(
    "getAsFileAsync",
    context.requirements.isSetSupported("Mailbox", "1.14") &&
      typeof getAsFile === "function"
      ? (callback) => getAsFile.call(item, callback)
      : null,
    record,
  );
  const text = stringValue("getAsFileAsync", result, record);
  if (text.outcome !== "ok") {
    return text;
  }

  const bytes = decodeBase64(text.value);
  if (bytes === null) {
    return invalidValue("getAsFileAsync", record);
  }
  return { outcome: "ok", value: bytes };
}

/**
 * Reads one attachment through `getAttachmentContentAsync` (Mailbox 1.8).
 * An attached Outlook item comes back as `eml` text, a file as `base64`.
 */
export async function readAttachmentContent(
  context: OutlookContext,
  item: MessageItem,
  attachmentId: string,
  record: RecordDiagnostic,
): Promise<MailboxResult<AttachmentContentInfo>> {
  const getContent = item.getAttachmentContentAsync;
  const result = await callAsync<unknown>(
    "getAttachmentContentAsync",
    context.requirements.isSetSupported("Mailbox", "1.8") &&
      typeof getContent === "function"
      ? (callback) => getContent.call(item, attachmentId, callback)
      : null,
    record,
  );
  if (result.outcome !== "ok") {
    return result;
  }

  const value = result.value as Partial<AttachmentContentInfo> | null;
  if (typeof value?.format !== "string" || typeof value.content !== "string") {
    return invalidValue("getAttachmentContentAsync", record);
  }
  return {
    outcome: "ok",
    value: { format: value.format, content: value.content },
  };
}

/**
 * Passes on a call's result when it failed or returned a string, and
 * records any other value as invalid.
 */
function stringValue(
  call: string,
  result: MailboxResult<unknown>,
  record: RecordDiagnostic,
): MailboxResult<string> {
  if (result.outcome !== "ok") {
    return result;
  }
  return typeof result.value === "string"
    ? { outcome: "ok", value: result.value }
    : invalidValue(call, record);
}

/**
 * Records a call that succeeded with a value of the wrong type or invalid
 * base64, which a client bug or an unexpected client version can cause.
 */
function invalidValue(
  call: string,
  record: RecordDiagnostic,
): { outcome: "failed"; code: string } {
  record({ call, outcome: "failed", detail: "invalid value" });
  return { outcome: "failed", code: "invalid value" };
}

/** One mailbox event to subscribe to with `addMailboxHandler`. */
export interface MailboxEvent<Event> {
  /** `Office.EventType` value, such as `olkItemSelectedChanged`. */
  eventType: string;
  /** Name of the call in the diagnostics section. */
  call: string;
  /** Mailbox requirement set that introduced the event. */
  minVersion: string;
  handler: (event: Event) => void;
}

/**
 * Registers a handler for an `Office.EventType` on the mailbox
 * (`addHandlerAsync`, Mailbox 1.5 or the event's own later set) and
 * resolves to whether it was accepted.
 */
export async function addMailboxHandler<Event>(
  context: OutlookContext,
  { eventType, call, minVersion, handler }: MailboxEvent<Event>,
  record: RecordDiagnostic,
): Promise<boolean> {
  const mailbox = context.mailbox;
  const addHandler = mailbox.addHandlerAsync;
  const result = await callAsync<void>(
    call,
    context.requirements.isSetSupported("Mailbox", minVersion) &&
      typeof addHandler === "function"
      ? (callback) =>
          addHandler.call(
            mailbox,
            eventType,
            handler as (event: never) => void,
            callback,
          )
      : null,
    record,
  );
  return result.outcome === "ok";
}

/**
 * Time after which an Office.js call that has not called back counts as
 * failed, so a stuck client call cannot keep the pane loading. Reading a
 * large message over a slow connection may take several seconds; 30 s is a
 * guess at a safe upper bound, not a documented Office.js limit.
 */
export const CALL_TIMEOUT_MS = 30_000;

/**
 * Runs one callback-style Office.js call as a promise and records how it
 * went. `start` is null when the client lacks the call. A call that throws,
 * as some clients do for unsupported events, counts as failed, and so does
 * one that does not call back within `CALL_TIMEOUT_MS`.
 */
export function callAsync<T>(
  call: string,
  start: ((callback: AsyncCallback<T>) => void) | null,
  record: RecordDiagnostic,
): Promise<MailboxResult<T>> {
  if (start === null) {
    record({ call, outcome: "unsupported" });
    return Promise.resolve({ outcome: "unsupported" });
  }

  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: MailboxResult<T>, detail?: string) => {
      if (settled) {
        return;
      }
      settled = true;
      clearTimeout(timer);
      if (result.outcome === "ok") {
        record({ call, outcome: "ok" });
      } else {
        record({ call, outcome: "failed", detail });
      }
      resolve(result);
    };
    const fail = (code: string) => settle({ outcome: "failed", code }, code);

    const timer = setTimeout(() => fail("timeout"), CALL_TIMEOUT_MS);
    const finish = (result: AsyncResultInfo<T> | null | undefined) => {
      if (result?.status === ASYNC_SUCCEEDED) {
        settle({ outcome: "ok", value: result.value });
      } else {
        fail(errorCode(result?.error));
      }
    };

    try {
      start(finish);
    } catch (error) {
      fail(error instanceof Error ? error.name : "exception");
    }
  });
}

/** Returns the error's numeric code and name, never its message text. */
function errorCode(error: AsyncResultInfo<unknown>["error"]): string {
  if (!error) {
    return "unknown";
  }
  const name = /^[A-Za-z][\w.]{0,63}$/.test(String(error.name))
    ? String(error.name)
    : null;
  return name ? `${error.code} ${name}` : String(error.code);
}

/** Decodes base64 (whitespace allowed), or returns null when it is invalid. */
export function decodeBase64(text: string): Uint8Array | null {
  const compact = text.replace(/\s+/g, "");
  let binary: string;
  try {
    binary = atob(compact);
  } catch {
    return null;
  }

  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) {
    bytes[index] = binary.charCodeAt(index);
  }
  return bytes;
}
