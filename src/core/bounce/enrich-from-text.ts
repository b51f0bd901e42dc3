import { normalizeLineEndings } from "./field-blocks";
import { extractEnhancedStatus, extractReplyCode } from "./extract-codes";
import type { BounceRecipient } from "./types";

/**
 * Fills a recipient's missing reply code and diagnostic from the report's
 * human-readable text: the first line that names the recipient's address
 * and carries an SMTP reply code, as in a session transcript
 * (`554 <user@example.com>... Service unavailable`). The status is filled
 * only when the recipient has none.
 */
export function enrichFromText(
  recipient: BounceRecipient,
  text: string,
): BounceRecipient {
  if (recipient.replyCode !== null && recipient.diagnostic !== null) {
    return recipient;
  }

  const address = recipient.address.toLowerCase();
  const line = normalizeLineEndings(text)
    .split("\n")
    .find(
      (candidate) =>
        candidate.toLowerCase().includes(address) &&
        extractReplyCode(candidate) !== null,
    );
  if (line === undefined) return recipient;

  const trimmed = line.trim();
  return {
    ...recipient,
    replyCode: recipient.replyCode ?? extractReplyCode(trimmed),
    status: recipient.status ?? extractEnhancedStatus(trimmed),
    diagnostic: recipient.diagnostic ?? trimmed,
  };
}
