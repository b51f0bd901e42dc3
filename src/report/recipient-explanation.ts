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
    reason: recipient.reason,
    action: recipient.action,
  });
  return [
    `${translate("report.whatHappened")}: ${translate(explanation.summaryKey)}`,
    `${translate("report.retry")}: ${translate(explanation.retryKey)}`,
    `${translate("report.actor")}: ${translate(explanation.actorKey)}`,
    `${translate("report.whatToDo")}: ${translate(explanation.whatToDoKey)}`,
  ];
}
