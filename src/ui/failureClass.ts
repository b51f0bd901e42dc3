import type { BounceRecipient } from "../core/bounce/types";

/** Failure class of a recipient, as its codes report it. */
export type FailureClass = "permanent" | "temporary" | "unknown";

/**
 * Reads the failure class from the first digit of the enhanced status code
 * (RFC 3463 section 3.1) or else of the reply code (RFC 5321 section
 * 4.2.1): 5 is a permanent failure and 4 a temporary one. Without either,
 * an Action of `delayed` (RFC 3464) is temporary. A permanent failure may
 * still succeed once someone fixes its cause, and `hardBounce` records
 * that difference, not this class.
 */
export function failureClassOf(recipient: BounceRecipient): FailureClass {
  const digit = recipient.status?.trim()[0] ?? recipient.replyCode?.trim()[0];
  if (digit === "5") return "permanent";
  if (digit === "4") return "temporary";
  if (recipient.action === "delayed") return "temporary";
  return "unknown";
}

/**
 * Returns the catalog key of the line under the failure class: whether a
 * retry to the same address can ever work (`hardBounce`), or else what the
 * class alone implies.
 */
export function retryOutlookKey(
  failureClass: FailureClass,
  hardBounce: boolean | null,
): string {
  if (hardBounce === true) return "ui.bounce.retryOutlook.never";
  if (hardBounce === false && failureClass === "permanent") {
    return "ui.bounce.retryOutlook.afterFix";
  }
  return `ui.bounce.failureClass.${failureClass}.hint`;
}
