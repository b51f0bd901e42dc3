import type { ParsedMessage } from "../mime/types";
import { autoReplySender, isAutoReply } from "./auto-reply";
import { isHardBounce, reasonFromText, withClassification } from "./classify";
import {
  findInlineDeliveryStatus,
  parseDeliveryStatus,
  type DeliveryStatus,
} from "./delivery-status";
import { enrichFromText } from "./enrich-from-text";
import { explanationText } from "./explanation-text";
import { parseFeedbackReport } from "./feedback-report";
import { findPart } from "./message-headers";
import { inferProvider } from "./provider";
import { findReturnedMessage } from "./returned-message";
import { enrichFromScan, runScanners } from "./run-scanners";
import type {
  BounceReason,
  BounceRecipient,
  BounceReport,
  MessageKind,
} from "./types";

export type * from "./types";
export { actorForReason, REASON_ACTORS } from "./reason-actor";
export { isHardBounce };
export type { BounceScanner, ScanResult } from "./scanner";

/** Media types of RFC 3464 and RFC 6533 delivery status parts. */
const DELIVERY_STATUS_TYPES = [
  "message/delivery-status",
  "message/global-delivery-status",
];

/** Reasons that follow from the kind of a report that is not a failure. */
const KIND_REASONS: Partial<Record<MessageKind, BounceReason>> = {
  "auto-reply": "vacation",
  "delivery-success": "delivered",
  "feedback-report": "feedback",
};

/**
 * Reasons that every bounce of a scanner family means, used when the text
 * names none: Google Groups bounces a post only when the group does not
 * exist or the sender may not post to it.
 */
const FAMILY_REASONS: Readonly<Record<string, BounceReason>> = {
  googlegroups: "rejected",
};

/** Report text saying that the sending server keeps retrying. */
const DELAY_TEXT =
  /will (?:keep trying|be retried|retry|continue (?:to try|trying))|delivery attempts will continue|only a (?:temporary failure|warning)/i;

/** Auto-reply text stating that the mailbox is closed, so it is a bounce. */
const MAILBOX_CLOSED =
  /no longer (?:in use|active|available|valid|exists?|monitored)|(?:account|mailbox|address) (?:has been |is )?(?:closed|deactivated|disabled)/i;

/**
 * Reads a delivery report, auto-reply or feedback report. RFC 5965 feedback
 * reports come first, then RFC 3464 and RFC 6533 delivery status
 * notifications, enriched with codes a scanner finds in the text. Then the
 * scanners for non-standard bounces run, then RFC 3834 auto-replies. Each
 * recipient gets a reason and a hard or soft verdict. Returns null when the
 * message is none of these.
 */
export function analyzeBounce(message: ParsedMessage): BounceReport | null {
  return (
    readFeedbackReport(message) ??
    readDeliveryStatus(message) ??
    readScannedBounce(message) ??
    readAutoReply(message)
  );
}

function readFeedbackReport(message: ParsedMessage): BounceReport | null {
  const feedback = parseFeedbackReport(message);
  if (!feedback) return null;

  return {
    messageKind: "feedback-report",
    format: "arf",
    provider: inferProvider([feedback.reportingMta, message.from]),
    reportingMta: feedback.reportingMta,
    arrivalDate: feedback.arrivalDate,
    feedbackType: feedback.feedbackType,
    recipients: feedback.recipients,
    returnedMessage: findReturnedMessage(message),
  };
}

function readDeliveryStatus(message: ParsedMessage): BounceReport | null {
  const parts = message.parts.filter((part) =>
    DELIVERY_STATUS_TYPES.includes(part.contentType),
  );
  const texts = parts.map((part) => part.text);
  // A report whose MIME structure is broken still carries the fields in
  // the body text.
  const inline =
    texts.length === 0 ? findInlineDeliveryStatus(message.text) : null;
  if (inline !== null) texts.push(inline);
  if (texts.length === 0) return null;

  const statuses: DeliveryStatus[] = texts.map((text) =>
    parseDeliveryStatus(text),
  );
  let recipients = statuses.flatMap((status) => status.recipients);
  if (recipients.length === 0) return null;

  const scan = runScanners(message);
  if (scan) recipients = enrichFromScan(recipients, scan.result.recipients);
  const contextText = explanationText(message.text);
  const onlyRecipient = recipients.length === 1;
  recipients = recipients.map((recipient) =>
    enrichFromText(recipient, contextText, onlyRecipient),
  );

  const reportingMta =
    statuses.find((status) => status.reportingMta !== null)?.reportingMta ??
    null;
  const classified = recipients.map((recipient) =>
    withClassification(withDelayFromText(recipient, contextText), contextText),
  );

  return {
    messageKind: kindOfDeliveryStatus(classified),
    format: findPart(message, "message/global-delivery-status")
      ? "rfc6533"
      : "rfc3464",
    provider:
      scan?.result.provider ??
      inferProvider([
        reportingMta,
        ...classified.map((recipient) => recipient.remoteMta),
        ...classified.map((recipient) => recipient.diagnostic),
      ]),
    reportingMta,
    arrivalDate:
      statuses.find((status) => status.arrivalDate !== null)?.arrivalDate ??
      null,
    feedbackType: null,
    recipients: classified,
    returnedMessage: findReturnedMessage(message),
  };
}

/**
 * Returns `delivery-success` when every recipient was delivered, relayed or
 * expanded, and `bounce` otherwise.
 */
function kindOfDeliveryStatus(recipients: BounceRecipient[]): MessageKind {
  const succeeded = recipients.every(
    (recipient) =>
      recipient.action === "delivered" ||
      recipient.action === "relayed" ||
      recipient.action === "expanded",
  );
  return succeeded ? "delivery-success" : "bounce";
}

function readScannedBounce(message: ParsedMessage): BounceReport | null {
  const scan = runScanners(message);
  if (!scan) return null;

  const { family, result } = scan;
  const messageKind = result.messageKind ?? "bounce";
  const kindReason = KIND_REASONS[messageKind];
  const familyReason = FAMILY_REASONS[family];
  const explanation = explanationText(message.text);
  const recipients = result.recipients.map((recipient) => {
    const classified = withClassification(
      kindReason
        ? { ...recipient, reason: recipient.reason ?? kindReason }
        : withDelayFromText(recipient, explanation),
      explanation,
    );
    const unclear =
      classified.reason === "onhold" || classified.reason === "undefined";
    return familyReason && unclear
      ? {
          ...classified,
          reason: familyReason,
          hardBounce: isHardBounce(familyReason),
        }
      : classified;
  });

  return {
    messageKind,
    format: family,
    provider:
      result.provider ??
      inferProvider([
        result.reportingMta,
        ...recipients.map((recipient) => recipient.remoteMta),
      ]),
    reportingMta: result.reportingMta,
    arrivalDate: null,
    feedbackType: result.feedbackType ?? null,
    recipients,
    returnedMessage: findReturnedMessage(message),
  };
}

function readAutoReply(message: ParsedMessage): BounceReport | null {
  if (!isAutoReply(message)) return null;

  const address = autoReplySender(message);
  const text = message.text.slice(0, 4000);
  const mailboxClosed = MAILBOX_CLOSED.test(text);
  const reason = mailboxClosed
    ? (reasonFromText(text) ?? "suspend")
    : "vacation";
  const recipient: BounceRecipient = {
    address: address ?? "",
    originalRecipient: null,
    action: mailboxClosed ? "failed" : null,
    status: null,
    replyCode: null,
    diagnostic: null,
    remoteMta: null,
    lastAttemptDate: null,
    willRetryUntil: null,
    reason,
    hardBounce: false,
  };

  return {
    messageKind: mailboxClosed ? "bounce" : "auto-reply",
    format: "rfc3834",
    provider: null,
    reportingMta: null,
    arrivalDate: null,
    feedbackType: null,
    recipients: address === null ? [] : [withClassification(recipient)],
    returnedMessage: findReturnedMessage(message),
  };
}

/** Marks a recipient without an Action as delayed when the text says so. */
function withDelayFromText(
  recipient: BounceRecipient,
  explanation: string,
): BounceRecipient {
  return recipient.action === null && DELAY_TEXT.test(explanation)
    ? { ...recipient, action: "delayed" }
    : recipient;
}
