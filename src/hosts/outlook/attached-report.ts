import type { Analysis, AnalyzeOptions } from "../../core/analyze";
import type { RawMessage } from "../../core/mime";
import { MAX_INPUT_BYTES } from "../../ui/readFileBytes";
import { isMsgFile } from "../shared/msg-signature";
import { convertMsgLazily } from "../shared/convert-msg";
import { loadEngine } from "../shared/engine";
import { MsgReadError } from "../shared/msg-read-error";
import { runAnalysis } from "./run-analysis";
import {
  decodeBase64,
  readAttachmentContent,
  type RecordDiagnostic,
} from "./mailbox";
import type { AttachmentInfo, MessageItem, OutlookContext } from "./office-api";

/**
 * Attached messages read at most per item. Each costs one round trip to the
 * mail server, and a forwarded bounce rarely comes with more than one.
 */
const MAX_ATTACHMENTS_READ = 3;

/** Media types of attached messages: MIME, and Outlook's .msg. */
const MESSAGE_TYPES = new Set(["message/rfc822", "application/vnd.ms-outlook"]);

/** A delivery report found in an attachment of the open message. */
export interface AttachedReport {
  analysis: Analysis;
  attachmentName: string;
}

/**
 * Looks through the messages attached to `item` for a delivery report,
 * auto-reply or feedback report. Outlook does not open add-ins on reports
 * themselves, so users forward them as attachments: an attached Outlook
 * item, a file of type message/rfc822 or named .eml, or an Outlook .msg
 * file. Returns the first report found, or null.
 */
export async function findAttachedReport(
  context: OutlookContext,
  item: MessageItem,
  record: RecordDiagnostic,
  analyzeOptions?: AnalyzeOptions,
): Promise<AttachedReport | null> {
  const candidates = (item.attachments ?? [])
    .filter(isAttachedMessage)
    .slice(0, MAX_ATTACHMENTS_READ);

  for (const attachment of candidates) {
    const content = await readAttachmentContent(
      context,
      item,
      attachment.id,
      record,
    );
    if (content.outcome === "unsupported") {
      return null;
    }
    if (content.outcome === "failed") {
      continue;
    }

    const bytes = attachmentBytes(content.value.format, content.value.content);
    if (bytes === null) {
      record({
        call: "getAttachmentContentAsync",
        outcome: "failed",
        detail: `format ${content.value.format}`,
      });
      continue;
    }
    const raw = await convertMsg(bytes, record);
    if (raw === null) {
      continue;
    }

    const analysis = await runAnalysis(
      "analyzeMessage(attachment)",
      async () => (await loadEngine()).analyzeMessage(raw, analyzeOptions),
      record,
    );
    if (analysis.ok && analysis.value.bounce !== null) {
      return { analysis: analysis.value, attachmentName: attachment.name };
    }
  }
  return null;
}

function isAttachedMessage(attachment: AttachmentInfo): boolean {
  if (attachment.isInline || attachment.size > MAX_INPUT_BYTES) {
    return false;
  }
  return (
    attachment.attachmentType === "item" ||
    MESSAGE_TYPES.has(attachment.contentType.toLowerCase()) ||
    /\.(?:eml|msg)$/i.test(attachment.name)
  );
}

/**
 * Converts an Outlook .msg file to MIME and leaves other content as it is.
 * Returns null, and records why, when a .msg file cannot be read.
 */
async function convertMsg(
  raw: string | Uint8Array,
  record: RecordDiagnostic,
): Promise<RawMessage | null> {
  if (typeof raw === "string" || !isMsgFile(raw)) {
    return raw;
  }
  try {
    return await convertMsgLazily(raw);
  } catch (error) {
    const code = error instanceof MsgReadError ? error.code : "unreadable";
    record({ call: "msgToMime", outcome: "failed", detail: code });
    return null;
  }
}

/** Returns the message for an `eml` or `base64` attachment, else null. */
function attachmentBytes(
  format: string,
  content: string,
): string | Uint8Array | null {
  if (format === "eml") {
    return content;
  }
  if (format === "base64") {
    return decodeBase64(content);
  }
  return null;
}
