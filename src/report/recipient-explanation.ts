import type { BounceRecipient } from "../core/bounce/types";
import { explainCodes } from "../core/codes";
import type { Translate } from "../i18n";

/**
 * Returns the sentences that explain one recipient's codes: what happened,
 * whether a retry can help, who has to act and what to do.
 */
export function describeRecipientCodes(
  recipient: BounceRecipient,
  provider: string | null,
  translate: Translate,
): string[] {
  if (!recipient.status && !recipient.replyCode && !recipient.diagnostic) {
    return [];
  }

  const explanation = explainCodes({
    status: recipient.status,
    replyCode: recipient.replyCode,
    provider,
    diagnostic: recipient.diagnostic,
  });
  return [
    translate(explanation.summaryKey),
    translate(explanation.retryKey),
    translate(explanation.actorKey),
    translate(explanation.whatToDoKey),
  ];
}
