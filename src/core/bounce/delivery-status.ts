import { extractEnhancedStatus, extractReplyCode } from "./extract-codes";
import {
  fieldValue,
  parseFieldBlocks,
  type FieldBlock,
  type ReportField,
} from "./field-blocks";
import {
  parseMtaName,
  parseRecipientAddress,
  splitTypedValue,
} from "./typed-value";
import type { BounceRecipient, DsnAction } from "./types";

/** The fields of a `message/delivery-status` part (RFC 3464 section 2). */
export interface DeliveryStatus {
  reportingMta: string | null;
  arrivalDate: string | null;
  /** Recipients in report order; `reason` and `hardBounce` are still null. */
  recipients: BounceRecipient[];
}

const RECIPIENT_KEYS = new Set([
  "final-recipient",
  "original-recipient",
  "action",
  "status",
  "diagnostic-code",
  "remote-mta",
  "last-attempt-date",
  "will-retry-until",
]);

/**
 * Parses the body of a `message/delivery-status` part (RFC 3464) or a
 * `message/global-delivery-status` part (RFC 6533, the same fields in
 * UTF-8). Recipient blocks are those with a Final-Recipient or
 * Original-Recipient field. Some servers omit the blank line between
 * recipients, so a recipient field repeated inside a block starts the next
 * recipient.
 */
export function parseDeliveryStatus(text: string): DeliveryStatus {
  const result: DeliveryStatus = {
    reportingMta: null,
    arrivalDate: null,
    recipients: [],
  };

  for (const block of parseFieldBlocks(text)) {
    const reportingMta = fieldValue(block, "reporting-mta");
    if (reportingMta !== null && result.reportingMta === null) {
      result.reportingMta = parseMtaName(reportingMta);
    }
    const arrivalDate = fieldValue(block, "arrival-date");
    if (arrivalDate !== null && result.arrivalDate === null) {
      result.arrivalDate = arrivalDate;
    }

    for (const group of splitRecipientGroups(block)) {
      const recipient = toRecipient(group);
      if (recipient) result.recipients.push(recipient);
    }
  }

  return result;
}

function splitRecipientGroups(block: FieldBlock): FieldBlock[] {
  const groups: FieldBlock[] = [];
  let current: FieldBlock = [];
  const seen = new Set<string>();

  for (const field of block) {
    if (!RECIPIENT_KEYS.has(field.key)) continue;
    if (seen.has(field.key) && current.length > 0) {
      groups.push(current);
      current = [];
      seen.clear();
    }
    current.push(field);
    seen.add(field.key);
  }

  if (current.length > 0) groups.push(current);
  return groups.filter((group) =>
    group.some(
      (field: ReportField) =>
        field.key === "final-recipient" || field.key === "original-recipient",
    ),
  );
}

function toRecipient(group: FieldBlock): BounceRecipient | null {
  const finalRecipient = fieldValue(group, "final-recipient");
  const originalValue = fieldValue(group, "original-recipient");
  const originalRecipient =
    originalValue === null ? null : parseRecipientAddress(originalValue);
  const address =
    (finalRecipient === null ? null : parseRecipientAddress(finalRecipient)) ??
    originalRecipient;
  if (address === null) return null;

  const statusValue = fieldValue(group, "status");
  const diagnosticValue = fieldValue(group, "diagnostic-code");
  // Without a Diagnostic-Code, a comment after the status code, as in
  // `Status: 4.0.0 (example.com: host name lookup failure)`, is the
  // only explanation the report gives.
  const typed =
    diagnosticValue === null ? null : splitTypedValue(diagnosticValue);
  const diagnostic = typed === null ? statusComment(statusValue) : typed.text;
  // A Unix mailer's diagnostic (`X-Unix; 255`) carries an exit status, not
  // an SMTP reply code.
  const smtpLike = !(typed?.type ?? "").includes("unix");
  const remoteMta = fieldValue(group, "remote-mta");

  return {
    address,
    originalRecipient,
    action: parseAction(fieldValue(group, "action")),
    status: chooseStatus(statusValue, diagnostic),
    replyCode:
      diagnostic === null || !smtpLike ? null : extractReplyCode(diagnostic),
    diagnostic: diagnostic === "" ? null : diagnostic,
    remoteMta: remoteMta === null ? null : parseMtaName(remoteMta),
    lastAttemptDate: fieldValue(group, "last-attempt-date"),
    willRetryUntil: fieldValue(group, "will-retry-until"),
    reason: null,
    hardBounce: null,
  };
}

function statusComment(statusValue: string | null): string | null {
  const match = /\(([^()]+)\)/.exec(statusValue ?? "");
  return match ? (match[1] ?? "").trim() || null : null;
}

/** Maps an Action value to RFC 3464's list, tolerating variants like `failure`. */
export function parseAction(value: string | null): DsnAction | null {
  const action = (value ?? "").trim().toLowerCase();
  if (action.startsWith("fail")) return "failed";
  if (action.startsWith("delay")) return "delayed";
  if (action.startsWith("deliver")) return "delivered";
  if (action.startsWith("relay")) return "relayed";
  if (action.startsWith("expand")) return "expanded";
  return null;
}

/** Enhanced status codes in text; subjects run from 0 to 7 (RFC 3463). */
const STATUS_IN_TEXT = /\b([245])\.([0-7])\.(\d{1,3})\b/g;

/**
 * Picks the enhanced status code: the last one in the diagnostic text that
 * has the Status field's class, else the Status field's. The Status field is
 * the reporting MTA's summary (often X.0.0, or X.4.7 after retries ran
 * out), while the diagnostic quotes the remote server, whose last code is
 * the most specific ("4.4.7 Message expired <421 4.4.2 Connection timed
 * out>").
 */
export function chooseStatus(
  statusValue: string | null,
  diagnostic: string | null,
): string | null {
  const status =
    statusValue === null ? null : extractEnhancedStatus(statusValue);
  const quoted = [...(diagnostic ?? "").matchAll(STATUS_IN_TEXT)]
    .map((match) => `${match[1]}.${match[2]}.${match[3]}`)
    .filter((code) => status === null || code[0] === status[0]);

  return quoted[quoted.length - 1] ?? status;
}

const INLINE_START =
  /^(?:Reporting-MTA|Original-Recipient|Final-Recipient)[ \t]*:/im;
const INLINE_END =
  /^(?:--|Return-Path:|Received:|Content-Type:[ \t]*message\/rfc822)/im;

/**
 * Returns the delivery status fields written into the body text of a report
 * whose MIME structure is broken (a mangled boundary, for example): the
 * text from the first Reporting-MTA, Original-Recipient or Final-Recipient
 * line up to the returned message. Returns null when there are none.
 */
export function findInlineDeliveryStatus(text: string): string | null {
  const start = INLINE_START.exec(text);
  if (!start) return null;

  const rest = text.slice(start.index);
  if (!/^Final-Recipient[ \t]*:/im.test(rest)) return null;
  const end = INLINE_END.exec(rest);
  return end ? rest.slice(0, end.index) : rest;
}
