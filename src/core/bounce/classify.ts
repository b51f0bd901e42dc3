import { TEXT_PATTERNS, TEXT_REASON_ORDER } from "./classify-patterns";
import {
  isDocomoSenderRefusal,
  isYahooUnknownAccount,
  reasonFromProviderCode,
  reasonFromProviderStatus,
} from "./classify-provider";
import { reasonFromReplyCode, reasonFromStatus } from "./classify-status";
import { findSmtpCommand } from "./smtp-command";
import type { BounceReason, BounceRecipient } from "./types";

/** Reasons where retrying the same message can never succeed. */
const HARD_REASONS: ReadonlySet<BounceReason> = new Set([
  "hasmoved",
  "hostunknown",
  "notaccept",
  "userunknown",
]);

/**
 * Reasons that a status code implies only loosely: when the diagnostic text
 * names a reason, the text wins over these.
 */
const WEAK_STATUS_REASONS: ReadonlySet<BounceReason> = new Set([
  "contenterror",
  "expired",
  "hostunknown",
  "networkerror",
  "notaccept",
  "securityerror",
  "suspend",
  "syntaxerror",
  "systemerror",
  "userunknown",
]);

/**
 * Reasons meaning that the recipient address was refused. When the refusal came
 * in reply to DATA, the address had already been accepted at RCPT TO, so a
 * filter on the receiving side refused the message.
 */
const ADDRESS_REASONS: ReadonlySet<BounceReason> = new Set([
  "suspend",
  "userunknown",
]);

const FILTER_USER_UNKNOWN = /\b550 : user unknown/i;

const PATTERNS_BY_REASON = new Map(
  TEXT_PATTERNS.map((entry) => [entry.reason, entry.pattern]),
);

/**
 * Reply codes that servers repeat on each line of a multi-line reply
 * (`550-5.7.1 `), with Sendmail's `<<<` transcript marker, which split
 * the sentence they are part of.
 */
const REPLY_CODE_PREFIX =
  /(?:^|\s)(?:<<< ?)?[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}\s)?/g;

/** Returns the first reason, in `TEXT_REASON_ORDER`, whose pattern matches. */
export function reasonFromText(text: string): BounceReason | null {
  if (text.trim() === "") return null;
  const sentence = text.replace(REPLY_CODE_PREFIX, " ").replace(/\s+/g, " ");
  for (const reason of TEXT_REASON_ORDER) {
    if (PATTERNS_BY_REASON.get(reason)?.test(sentence)) return reason;
  }
  return null;
}

/** Tells whether retrying can never succeed for a recipient with `reason`. */
export function isHardBounce(reason: BounceReason): boolean {
  return HARD_REASONS.has(reason);
}

/**
 * Decides a recipient's bounce reason. A reason the scanner already set is
 * kept. Otherwise the first of these that applies decides:
 * 1. a success action (`delivered`);
 * 2. a provider's own error number, such as Orange's `OFR_416`, or a
 *    status code the provider uses with its own meaning (Gmail's X.7.27);
 * 3. a specific enhanced status code, such as X.2.2 (mailbox full);
 * 4. the diagnostic text;
 * 5. a loose status code, such as X.1.1 or X.4.x;
 * 6. a reply code with one meaning, such as 556 (domain accepts no mail);
 * 7. the report's explanation (`contextText`);
 * 8. a delay, which counts as `expired`;
 * 9. `onhold` with a diagnostic, `undefined` without one.
 * A refused address reported in reply to DATA becomes `filtered` unless an
 * X.1.x status names the address as the problem or the reply is Yahoo's
 * unknown-account reply. A refusal at connection time or in reply to
 * HELO becomes `blocked`.
 */
export function classifyRecipient(
  recipient: BounceRecipient,
  contextText = "",
): BounceReason {
  if (recipient.reason !== null && recipient.reason !== "undefined") {
    return recipient.reason;
  }
  const action = recipient.action;
  if (action === "delivered" || action === "relayed" || action === "expanded") {
    return "delivered";
  }

  const providerReason =
    reasonFromProviderCode(recipient.diagnostic ?? "") ??
    reasonFromProviderStatus(recipient);
  if (providerReason !== null) return providerReason;

  const reason = reasonFromEvidence(recipient, contextText);
  const command =
    recipient.smtpCommand ??
    findSmtpCommand(recipient.address, recipient.diagnostic, contextText);
  if (isDocomoSenderRefusal(recipient, command)) return "rejected";
  const addressStatus =
    /^[245]\.1\./.test(recipient.status ?? "") ||
    /\b[245]\.1\.\d/.test(recipient.diagnostic ?? "");
  if (
    command === "DATA" &&
    ADDRESS_REASONS.has(reason) &&
    !addressStatus &&
    !isYahooUnknownAccount(recipient)
  ) {
    return "filtered";
  }
  // au (KDDI, ezweb.ne.jp) replies to a message its filters refuse with
  // "550 : User unknown", an empty address before the colon.
  if (
    reason === "userunknown" &&
    !addressStatus &&
    FILTER_USER_UNKNOWN.test(recipient.diagnostic ?? "")
  ) {
    return "filtered";
  }
  // Before MAIL FROM the server has seen only the client's address and
  // name, so a refusal there, even one without a cause, is about the
  // client, not the sender.
  if (
    (command === "CONN" || command === "HELO") &&
    (reason === "rejected" || reason === "onhold")
  ) {
    return "blocked";
  }
  return reason;
}

let lastContext: { text: string; reason: BounceReason | null } | null = null;

/**
 * Reads the reason from a report's explanation. Every recipient of a report
 * shares that text, so the last result is kept instead of matching the
 * patterns again for each of hundreds of recipients.
 */
function reasonFromContext(contextText: string): BounceReason | null {
  if (lastContext?.text !== contextText) {
    lastContext = { text: contextText, reason: reasonFromText(contextText) };
  }
  return lastContext.reason;
}

function reasonFromEvidence(
  recipient: BounceRecipient,
  contextText: string,
): BounceReason {
  const diagnostic = recipient.diagnostic ?? "";
  const statusReason = reasonFromStatus(recipient.status);
  if (statusReason !== null && !WEAK_STATUS_REASONS.has(statusReason)) {
    return statusReason;
  }

  const diagnosticReason = reasonFromText(diagnostic);
  if (diagnosticReason !== null) return diagnosticReason;
  if (statusReason !== null) return statusReason;
  const replyReason = reasonFromReplyCode(recipient.replyCode);
  if (replyReason !== null) return replyReason;

  const contextReason = reasonFromContext(contextText);
  if (contextReason !== null) return contextReason;
  if (recipient.action === "delayed") return "expired";

  return diagnostic.trim() === "" ? "undefined" : "onhold";
}

/**
 * Fills in `reason` and `hardBounce` of a recipient, and `smtpCommand` when
 * the report shows which command the server rejected.
 */
export function withClassification(
  recipient: BounceRecipient,
  contextText = "",
): BounceRecipient {
  const reason = classifyRecipient(recipient, contextText);
  const smtpCommand =
    recipient.smtpCommand ??
    findSmtpCommand(recipient.address, recipient.diagnostic, contextText);
  const classified = { ...recipient, reason, hardBounce: isHardBounce(reason) };
  return smtpCommand === null ? classified : { ...classified, smtpCommand };
}
