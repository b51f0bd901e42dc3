import type { Analysis } from "../core/analysis-types";
import type { BounceRecipient, BounceReport } from "../core/bounce/types";
import type { Translate } from "../i18n";
import { describeRecipientCodes } from "./recipient-explanation";

/** Details a user may leave out of the report before sending it on. */
export interface SupportReportOptions {
  /**
   * Addresses to replace with a placeholder wherever they appear, such as
   * the user's own address. The bounced message's From address is added
   * when `omitOwnAddress` is set.
   */
  omitAddresses?: readonly string[];
  /** Replace the bounced message's sender address with a placeholder. */
  omitOwnAddress?: boolean;
  /** Leave out the bounced message's subject. */
  omitSubject?: boolean;
  /** BCP 47 tag for dates; the runtime's default when absent. */
  locale?: string;
}

/**
 * Builds the plain-text report a user sends to a support team about a
 * bounce: the report's origin, the bounced message, and for each recipient
 * the codes, reason, remote server, server reply, time and explanation.
 * Returns null when the analysis contains no report.
 */
export function formatSupportReport(
  analysis: Analysis,
  translate: Translate,
  options: SupportReportOptions = {},
): string | null {
  const { bounce } = analysis;
  if (!bounce) return null;

  const lines: string[] = [
    translate("report.support.title"),
    "",
    `${translate("report.support.kind")}: ${translate(`bounce.kind.${bounce.messageKind}`)}`,
    ...optionalLine(translate("report.support.reportingMta"), bounce.reportingMta),
    ...optionalLine(
      translate("report.support.arrivalDate"),
      formatDate(bounce.arrivalDate, options.locale),
    ),
    ...returnedMessageLines(bounce, translate, options),
  ];

  bounce.recipients.forEach((recipient, index) => {
    lines.push("", ...recipientLines(recipient, index, bounce, translate, options));
  });

  const badges = analysis.authentication.badges
    .map((badge) => translate(`auth.badge.${badge.method}.${badge.state}`))
    .join(", ");
  lines.push("", `${translate("report.support.authentication")}: ${badges}`);

  return redact(lines.join("\n"), addressesToOmit(bounce, options), translate);
}

function returnedMessageLines(
  bounce: BounceReport,
  translate: Translate,
  options: SupportReportOptions,
): string[] {
  const returned = bounce.returnedMessage;
  if (!returned) return [];

  return [
    ...(options.omitSubject
      ? []
      : optionalLine(translate("report.support.subject"), returned.subject)),
    ...optionalLine(translate("report.support.messageId"), returned.messageId),
    ...optionalLine(
      translate("report.support.sentDate"),
      formatDate(returned.date, options.locale),
    ),
  ];
}

function recipientLines(
  recipient: BounceRecipient,
  index: number,
  bounce: BounceReport,
  translate: Translate,
  options: SupportReportOptions,
): string[] {
  const codes = [recipient.replyCode, recipient.status].filter(Boolean).join(" ");
  const reason = recipient.reason
    ? translate(`bounce.reason.${recipient.reason}.title`)
    : null;

  return [
    translate("report.support.recipient", { number: index + 1, address: recipient.address }),
    ...indented([
      ...optionalLine(translate("report.support.action"), recipient.action),
      ...optionalLine(translate("report.support.codes"), codes || null),
      ...optionalLine(translate("report.support.reason"), reason),
      ...optionalLine(translate("report.remoteMta"), recipient.remoteMta),
      ...optionalLine(translate("report.diagnostic"), recipient.diagnostic),
      ...optionalLine(
        translate("report.support.lastAttempt"),
        formatDate(recipient.lastAttemptDate, options.locale),
      ),
      ...optionalLine(
        translate("report.support.retryUntil"),
        formatDate(recipient.willRetryUntil, options.locale),
      ),
      ...describeRecipientCodes(recipient, bounce.provider, translate),
    ]),
  ];
}

function optionalLine(label: string, value: string | null | undefined): string[] {
  return value ? [`${label}: ${value}`] : [];
}

function indented(lines: string[]): string[] {
  return lines.map((line) => `  ${line}`);
}

/**
 * Formats a date for people in UTC, so that a help desk in another time zone
 * reads the same time. A value that is no date is kept as written.
 */
function formatDate(value: string | null, locale: string | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;

  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "long",
    timeZone: "UTC",
  }).format(time);
}

function addressesToOmit(bounce: BounceReport, options: SupportReportOptions): string[] {
  const addresses = [...(options.omitAddresses ?? [])];
  const sender = bounce.returnedMessage?.from;
  if (options.omitOwnAddress && sender) {
    addresses.push(...(sender.match(/[^\s<>"(),;:]+@[^\s<>"(),;:]+/g) ?? []));
  }
  return addresses.filter((address) => address.includes("@"));
}

/** Replaces each address, in any letter case, with a placeholder. */
function redact(text: string, addresses: readonly string[], translate: Translate): string {
  const placeholder = translate("report.support.omittedAddress");
  let result = text;
  for (const address of addresses) {
    const lower = address.toLowerCase();
    let from = 0;
    for (;;) {
      const at = result.toLowerCase().indexOf(lower, from);
      if (at < 0) break;
      result = result.slice(0, at) + placeholder + result.slice(at + address.length);
      from = at + placeholder.length;
    }
  }
  return result;
}
