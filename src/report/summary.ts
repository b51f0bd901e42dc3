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
  const authserv = authentication.authservId ?? translate("report.noAuthserv");
  lines.push(`  ${translate("report.authentication", { authservId: authserv })}: ${badges}`);
  lines.push(`  ${translate(`auth.overall.${authentication.overall}.title`)}`);

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
  const severity =
    !showSeverity || recipient.hardBounce === null
      ? ""
      : ` (${translate(recipient.hardBounce ? "report.hard" : "report.soft")})`;

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
