import type { BounceRecipient } from "../core/bounce/types";
import { explainCodes } from "../core/codes";
import type { Translate } from "../i18n";

/** Explanation of one recipient's codes, in words. */
export interface RecipientExplanation {
  summary: string;
  retry: string;
  actor: string;
  whatToDo: string;
}

/**
 * Explains a recipient's enhanced status code and reply code, read by the
 * provider where the report or the diagnostic text names one. Returns null
 * when the recipient has no code and no diagnostic text to go on.
 */
export function explainRecipient(
  translate: Translate,
  recipient: BounceRecipient,
  provider: string | null,
): RecipientExplanation | null {
  if (!recipient.status && !recipient.replyCode && !recipient.diagnostic) {
    return null;
  }

  const explanation = explainCodes({
    status: recipient.status,
    replyCode: recipient.replyCode,
    provider,
    diagnostic: recipient.diagnostic,
    reason: recipient.reason,
    action: recipient.action,
  });
  return {
    summary: translate(explanation.summaryKey),
    retry: translate(explanation.retryKey),
    actor: translate(explanation.actorKey),
    whatToDo: translate(explanation.whatToDoKey),
  };
}
