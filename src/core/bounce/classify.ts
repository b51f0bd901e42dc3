import { TEXT_PATTERNS, TEXT_REASON_ORDER } from "./classify-patterns";
import { reasonFromStatus } from "./classify-status";
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
  "expired",
  "hostunknown",
  "networkerror",
  "securityerror",
  "suspend",
  "syntaxerror",
  "systemerror",
  "userunknown",
]);

const PATTERNS_BY_REASON = new Map(
  TEXT_PATTERNS.map((entry) => [entry.reason, entry.pattern]),
);

/** Returns the first reason, in `TEXT_REASON_ORDER`, whose pattern matches. */
export function reasonFromText(text: string): BounceReason | null {
  if (text.trim() === "") return null;
  for (const reason of TEXT_REASON_ORDER) {
    if (PATTERNS_BY_REASON.get(reason)?.test(text)) return reason;
  }
  return null;
}

/** Tells whether retrying can never succeed for a recipient with `reason`. */
export function isHardBounce(reason: BounceReason): boolean {
  return HARD_REASONS.has(reason);
}

/**
 * Decides a recipient's bounce reason from its Action, enhanced status code
 * and diagnostic text. A reason the scanner already set is kept. A specific
 * status code (X.2.2 mailbox full) wins over the text; a loose one (X.1.1,
 * X.4.x) gives way when the text names a reason. Without either, a delay
 * counts as `expired` only when the report says the attempts stopped, and
 * the reason is `onhold` when there is text to read and `undefined` when
 * there is none.
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

  const diagnostic = recipient.diagnostic ?? "";
  const statusReason = reasonFromStatus(recipient.status);
  const textReason =
    reasonFromText(diagnostic) ?? reasonFromText(contextText);

  if (statusReason !== null && !WEAK_STATUS_REASONS.has(statusReason)) {
    return statusReason;
  }
  if (textReason !== null) return textReason;
  if (statusReason !== null) return statusReason;

  return diagnostic.trim() === "" && contextText.trim() === ""
    ? "undefined"
    : "onhold";
}

/** Fills in `reason` and `hardBounce` of a recipient. */
export function withClassification(
  recipient: BounceRecipient,
  contextText = "",
): BounceRecipient {
  const reason = classifyRecipient(recipient, contextText);
  return { ...recipient, reason, hardBounce: isHardBounce(reason) };
}
