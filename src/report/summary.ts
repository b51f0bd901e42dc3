import type { Analysis } from "../core/analysis-types";
import type { BounceRecipient } from "../core/bounce/types";
import type { Translate } from "../i18n";
import { describeRecipientCodes } from "./recipient-explanation";

/**
 * Formats the readable summary the command line prints for one message:
 * the authentication badges and, for a report, each recipient with its
 * codes, reason and explanation.
 */
export function formatSummary(source: string, analysis: Analysis, translate: Translate): string {
  const lines: string[] = [source];
  const { authentication, bounce } = analysis;

  const badges = authentication.badges
    .map((badge) => translate(`auth.badge.${badge.method}.${badge.state}`))
    .join(", ");
  const authserv =
    authentication.authservId ??
    translate(
      authentication.fields.some((field) => field.trusted)
        ? "report.noAuthservId"
        : "report.noAuthserv",
    );
  lines.push(`  ${translate("report.authentication", { authservId: authserv })}: ${badges}`);
  lines.push(`  ${translate(`auth.overall.${authentication.overall}.title`)}`);

  if (!bounce && looksHeaderless(analysis)) {
    lines.push(`  ${translate("report.noHeaders")}`);
  }

  if (bounce) {
    lines.push(
      `  ${translate(`bounce.kind.${bounce.messageKind}`)} (${bounce.format}): ${translate(
        "report.recipientCount",
        { count: bounce.recipients.length },
      )}`,
    );
    const showSeverity = bounce.messageKind === "bounce";
    for (const recipient of bounce.recipients) {
      lines.push(...formatRecipient(recipient, bounce.provider, showSeverity, translate));
    }
  }

  return lines.join("\n");
}

function formatRecipient(
  recipient: BounceRecipient,
  provider: string | null,
  showSeverity: boolean,
  translate: Translate,
): string[] {
  const codes = [recipient.replyCode, recipient.status].filter(Boolean).join(" ");
  const reason = recipient.reason
    ? translate(`bounce.reason.${recipient.reason}.title`)
    : translate("report.reasonUnknown");
  // Only a failure or delay is permanent or temporary; a success notice,
  // auto-reply or complaint is neither.
  const permanence = showSeverity ? failurePermanence(recipient) : null;
  const severity = permanence === null ? "" : ` (${translate(`report.${permanence}`)})`;

  const lines = [`    ${recipient.address}  ${recipient.action ?? ""}  ${codes}  ${reason}${severity}`];
  if (recipient.remoteMta) {
    lines.push(`      ${translate("report.remoteMta")}: ${recipient.remoteMta}`);
  }
  if (recipient.diagnostic) {
    lines.push(`      ${translate("report.diagnostic")}: ${recipient.diagnostic}`);
  }
  for (const sentence of describeRecipientCodes(recipient, provider, translate)) {
    lines.push(`      ${sentence}`);
  }
  return lines;
}

/** Tells whether the input had no header a message would carry. */
function looksHeaderless(analysis: Analysis): boolean {
  const { subject, from, date, messageId } = analysis.message;
  return (
    subject === null &&
    from === null &&
    date === null &&
    messageId === null &&
    analysis.authentication.fields.length === 0
  );
}

/**
 * Reads permanence from the code class (RFC 3463 and RFC 5321: 5 is a
 * permanent failure, 4 a temporary one), then from the action. A permanent
 * failure can still succeed once someone fixes the cause, so this is not
 * the same as `hardBounce`. A temporary code with Action: failed means the
 * sending server stopped retrying.
 */
function failurePermanence(
  recipient: BounceRecipient,
): "hard" | "soft" | "softGaveUp" | null {
  const digit = recipient.status?.[0] ?? recipient.replyCode?.[0];
  if (digit === "5") return "hard";
  if (digit === "4") return recipient.action === "failed" ? "softGaveUp" : "soft";
  if (recipient.action === "delayed") return "soft";
  if (recipient.hardBounce === null) return null;
  return recipient.hardBounce ? "hard" : "soft";
}
