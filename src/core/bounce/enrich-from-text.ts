import { linesNaming } from "./address-lines";
import { chooseStatus } from "./delivery-status";
import { extractReplyCode } from "./extract-codes";
import type { BounceRecipient } from "./types";

/** A line that is an SMTP reply with an enhanced status code. */
const SMTP_REPLY_LINE = /^[ \t]*[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\s/;

/**
 * Fills a recipient's missing reply code and diagnostic from the report's
 * human-readable text: the first line that names the recipient's address
 * and carries an SMTP reply code, as in a session transcript
 * (`554 <user@example.com>... Service unavailable`). A status code on that
 * line replaces a less specific one, as in `chooseStatus`.
 */
export function enrichFromText(
  recipient: BounceRecipient,
  text: string,
  onlyRecipient: boolean,
): BounceRecipient {
  if (recipient.replyCode !== null && recipient.diagnostic !== null) {
    return recipient;
  }

  const { lines, indices } = linesNaming(text, recipient.address);
  const naming = indices.find(
    (index) => extractReplyCode(lines[index] ?? "") !== null,
  );
  // A report about one recipient may quote the reply without the address,
  // as Sendmail does for a local mailer (`554 5.3.0 unknown mailer error`).
  const line =
    (naming === undefined ? undefined : lines[naming]) ??
    (onlyRecipient
      ? lines.find((candidate) => SMTP_REPLY_LINE.test(candidate))
      : undefined);
  if (line === undefined) return recipient;

  const trimmed = line.trim();
  return {
    ...recipient,
    replyCode: recipient.replyCode ?? extractReplyCode(trimmed),
    status: chooseStatus(recipient.status, trimmed),
    diagnostic: recipient.diagnostic ?? trimmed,
  };
}
