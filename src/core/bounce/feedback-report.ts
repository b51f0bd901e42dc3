import type { ParsedMessage } from "../mime/types";
import {
  fieldValue,
  fieldValues,
  parseFieldBlocks,
  type ReportField,
} from "./field-blocks";
import {
  findAddress,
  findPart,
  headerValue,
  partHeaderText,
} from "./message-headers";
import { parseMtaName } from "./typed-value";
import type { BounceRecipient } from "./types";

/** What an abuse or feedback report (RFC 5965) says. */
export interface FeedbackReport {
  feedbackType: string;
  reportingMta: string | null;
  arrivalDate: string | null;
  recipients: BounceRecipient[];
}

/** Header in Hotmail's complaint reports that names the complaining user. */
const HOTMAIL_ORIGINAL_RECIPIENT = /^X-HmXmrOriginalRecipient:[ \t]*(.+)$/im;

/**
 * Reads a feedback report: the `message/feedback-report` part of RFC 5965,
 * Hotmail's complaint reports (a returned message with an
 * X-HmXmrOriginalRecipient field), or Apple Mail's unsubscribe requests
 * (`X-Apple-Unsubscribe: true`, an opt-out). Recipients are the
 * Original-Rcpt-To addresses, or the returned message's recipient. Returns
 * null when the message is none of these.
 */
export function parseFeedbackReport(
  message: ParsedMessage,
): FeedbackReport | null {
  const part = findPart(message, "message/feedback-report");
  if (part) return parseArfPart(message, part.text);

  const returned = findPart(message, "message/rfc822");
  const hotmail = returned
    ? HOTMAIL_ORIGINAL_RECIPIENT.exec(partHeaderText(returned))
    : null;
  if (hotmail) {
    return {
      feedbackType: "abuse",
      reportingMta: null,
      arrivalDate: null,
      recipients: toRecipients([findAddress(hotmail[1] ?? null)]),
    };
  }

  if (
    (headerValue(message, "x-apple-unsubscribe") ?? "").toLowerCase() === "true"
  ) {
    return {
      feedbackType: "opt-out",
      reportingMta: null,
      arrivalDate: null,
      recipients: toRecipients([findAddress(headerValue(message, "to"))]),
    };
  }

  return null;
}

function parseArfPart(message: ParsedMessage, text: string): FeedbackReport {
  const fields: ReportField[] = parseFieldBlocks(text).flat();
  const reportingMta = fieldValue(fields, "reporting-mta");
  const originalRecipients = fieldValues(fields, "original-rcpt-to").map(
    (value) => findAddress(value) ?? value,
  );

  return {
    feedbackType: (
      fieldValue(fields, "feedback-type") ?? "other"
    ).toLowerCase(),
    reportingMta: reportingMta === null ? null : parseMtaName(reportingMta),
    arrivalDate:
      fieldValue(fields, "arrival-date") ?? fieldValue(fields, "received-date"),
    recipients: toRecipients(
      originalRecipients.length > 0
        ? originalRecipients
        : [returnedRecipient(message)],
    ),
  };
}

/**
 * Returns the recipient named in the returned copy of the reported message:
 * the address in its To field, or the field's text when it holds no address
 * (`undisclosed-recipients`, for example).
 */
function returnedRecipient(message: ParsedMessage): string | null {
  const part = findPart(
    message,
    "message/rfc822",
    "text/rfc822-headers",
    "text/rfc822-header",
  );
  if (!part) return null;

  const headers = parseFieldBlocks(partHeaderText(part).trimStart())[0] ?? [];
  const to = fieldValue(headers, "to");
  return findAddress(to) ?? to;
}

function toRecipients(addresses: (string | null)[]): BounceRecipient[] {
  return addresses
    .filter((address): address is string => address !== null && address !== "")
    .map((address) => ({
      address,
      originalRecipient: null,
      action: null,
      status: null,
      replyCode: null,
      diagnostic: null,
      remoteMta: null,
      lastAttemptDate: null,
      willRetryUntil: null,
      reason: "feedback",
      hardBounce: false,
    }));
}
