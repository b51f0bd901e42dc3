import MsgReader, { type FieldsData } from "@kenjiuno/msgreader";
import {
  buildMimeMessage,
  envelopeHeaderLines,
  headerField,
  type MimePartSource,
} from "./build-mime";
import { isSoundCompoundFile } from "./cfb-check";
import { isMsgFile } from "./msg-signature";

/** Maximum depth of attached messages that are converted. */
const MAX_NESTING = 3;

/** Maximum attachments read per message, so a huge .msg costs little. */
const MAX_ATTACHMENTS = 20;

/**
 * Attachment media types kept in the converted message, with the
 * `report-type` (RFC 6522) that a report part gives the whole message.
 */
const KEPT_TYPES: Readonly<Record<string, string | null>> = {
  "message/delivery-status": "delivery-status",
  "message/global-delivery-status": "global-delivery-status",
  "message/feedback-report": "feedback-report",
  "message/disposition-notification": "disposition-notification",
  "message/rfc822": null,
  "message/global": null,
  "text/rfc822-headers": null,
  "message/rfc822-headers": null,
};

import { MsgReadError } from "./msg-read-error";

export { MsgReadError };

export { isMsgFile } from "./msg-signature";

/**
 * Converts an Outlook .msg file into an RFC 5322 message that
 * `analyzeMessage` reads: the transport headers
 * (PidTagTransportMessageHeaders) as the header block, the plain text body
 * (PidTagBody) as the first part, and attached messages and report parts
 * (message/delivery-status and the like) as parts after it. Other
 * attachments are left out. Throws `MsgReadError` when the file cannot be
 * read or contains no message.
 *
 * NOTE: a .msg saved from a draft or a sent item has no transport headers,
 * so its header block is rebuilt from the subject, sender, date and
 * Message-ID properties and carries no Authentication-Results. An Outlook
 * non-delivery report (REPORT.IPM.Note.NDR) keeps each recipient's status
 * in recipient properties, which are not converted, so only its body text
 * and attached report parts reach the bounce scanners.
 */
export function msgToMime(bytes: Uint8Array): Uint8Array {
  if (!isMsgFile(bytes) || !isSoundCompoundFile(bytes)) {
    throw new MsgReadError("unreadable");
  }
  let reader: MsgReader;
  let fields: FieldsData;
  try {
    const copy = bytes.slice().buffer;
    reader = new MsgReader(copy);
    fields = reader.getFileData();
  } catch {
    throw new MsgReadError("unreadable");
  }
  if (fields.error !== undefined || fields.dataType !== "msg") {
    throw new MsgReadError("unreadable");
  }
  if (!hasMessageContent(fields)) {
    throw new MsgReadError("notMessage");
  }
  return convertMessage(reader, fields, 0);
}

function convertMessage(
  reader: MsgReader,
  fields: FieldsData,
  depth: number,
): Uint8Array {
  const { parts, reportType } = convertAttachments(reader, fields, depth);
  const headers = textOf(fields.headers);
  return buildMimeMessage({
    headerLines:
      headers !== undefined && headers.trim() !== ""
        ? envelopeHeaderLines(headers)
        : headerLinesFromProperties(fields),
    text: textOf(fields.body) ?? "",
    parts,
    reportType,
  });
}

function convertAttachments(
  reader: MsgReader,
  fields: FieldsData,
  depth: number,
): { parts: MimePartSource[]; reportType: string | null } {
  const parts: MimePartSource[] = [];
  let reportType: string | null = null;

  const attachments = (fields.attachments ?? []).slice(0, MAX_ATTACHMENTS);
  for (const attachment of attachments) {
    const inner = attachment.innerMsgContentFields;
    if (attachment.innerMsgContent === true && inner !== undefined) {
      if (depth + 1 < MAX_NESTING) {
        parts.push({
          contentType: "message/rfc822",
          content: convertMessage(reader, inner, depth + 1),
        });
      }
      continue;
    }

    const contentType = keptContentType(attachment);
    if (contentType === null) {
      continue;
    }
    let content: Uint8Array;
    try {
      content = reader.getAttachment(attachment).content;
    } catch {
      // A damaged attachment is skipped, because the others may still
      // contain the report.
      continue;
    }
    // RFC 6522 puts the report part second, right after the text.
    const partReportType = KEPT_TYPES[contentType] ?? null;
    if (partReportType !== null && reportType === null) {
      reportType = partReportType;
      parts.unshift({ contentType, content });
    } else {
      const filename = textOf(attachment.fileName);
      parts.push({ contentType, content, filename });
    }
  }
  return { parts, reportType };
}

/**
 * Returns the media type under which an attachment is kept, or null. The
 * attachment's MIME tag (PidTagAttachMimeTag) decides, and a file named
 * .eml counts as message/rfc822 whatever its tag.
 */
function keptContentType(attachment: FieldsData): string | null {
  const tag = (textOf(attachment.attachMimeTag) ?? "").trim().toLowerCase();
  if (Object.prototype.hasOwnProperty.call(KEPT_TYPES, tag)) {
    return tag;
  }
  const name =
    textOf(attachment.fileName) ?? textOf(attachment.fileNameShort) ?? "";
  return /\.eml$/i.test(name) ? "message/rfc822" : null;
}

function headerLinesFromProperties(fields: FieldsData): string[] {
  const lines: string[] = [];
  const sender = senderAddress(fields);
  if (sender !== null) {
    lines.push(headerField("From", sender));
  }
  const date =
    textOf(fields.clientSubmitTime) ?? textOf(fields.messageDeliveryTime);
  if (date !== undefined) {
    lines.push(headerField("Date", date));
  }
  const subject = textOf(fields.subject);
  if (subject !== undefined) {
    lines.push(headerField("Subject", subject));
  }
  const messageId = textOf(fields.messageId);
  if (messageId !== undefined) {
    lines.push(headerField("Message-ID", messageId));
  }
  return lines;
}

/** Returns the sender's address, or null when only an Exchange DN is known. */
function senderAddress(fields: FieldsData): string | null {
  const candidates = [
    textOf(fields.senderSmtpAddress),
    textOf(fields.senderEmail),
    textOf(fields.creatorSMTPAddress),
  ];
  const address = candidates.find(
    (candidate) =>
      candidate !== undefined && /^[^\s@<>]+@[^\s@<>]+$/.test(candidate),
  );
  return address ?? null;
}

function hasMessageContent(fields: FieldsData): boolean {
  return (
    textOf(fields.headers) !== undefined ||
    textOf(fields.body) !== undefined ||
    textOf(fields.subject) !== undefined ||
    (fields.attachments?.length ?? 0) > 0
  );
}

/**
 * Returns a property value when it is a string. A damaged file can store a
 * property under a string tag with another type, and msgreader then hands
 * back bytes or a number.
 */
function textOf(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}
