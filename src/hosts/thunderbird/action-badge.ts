import type { Analysis } from "../../core/analysis-types";
import type { OverallVerdict } from "../../core/auth/types";
import type {
  BounceRecipient,
  BounceReport,
  MessageKind,
} from "../../core/bounce/types";
import type { Translate } from "../../i18n";
import { translateOr } from "../../ui/translateOr";

/** Badge text, colour and tooltip of the message display action button in one tab. */
export interface ActionBadge {
  /** Badge text; Thunderbird has room for about four characters. */
  text: string;
  /** Badge background colour as a CSS hex colour. */
  color: string;
  /** Tooltip of the button, one fact per line. */
  title: string;
}

const RED = "#c62828";
const AMBER = "#b26a00";
const GREEN = "#2e7d32";
const GREY = "#616161";
const BLUE_GREY = "#455a64";
const PURPLE = "#6a1b9a";

/**
 * Badge per authentication verdict, used when the message is not a report:
 * "OK" verified, "!" failed, "?" not verified, "-" not checked by any
 * trusted server.
 */
const verdictBadges: Record<OverallVerdict, { text: string; color: string }> = {
  verified: { text: "OK", color: GREEN },
  failed: { text: "!", color: RED },
  "not-verified": { text: "?", color: AMBER },
  "not-checked": { text: "-", color: GREY },
};

/**
 * Badge per report kind. A bounce shows "NDR" when a recipient failed or no
 * recipient could be read, and "DLY" when every recipient is only delayed.
 * "DSN" marks a delivery success notice, "AUTO" an auto-reply and "ARF" a
 * feedback report in the Abuse Reporting Format of RFC 5965.
 */
const reportBadges: Record<MessageKind, { text: string; color: string }> = {
  bounce: { text: "NDR", color: RED },
  "delivery-success": { text: "DSN", color: GREEN },
  "auto-reply": { text: "AUTO", color: BLUE_GREY },
  "feedback-report": { text: "ARF", color: PURPLE },
};

const DELAYED_BADGE = { text: "DLY", color: AMBER };

/** Codes listed in the tooltip before the rest is cut off with "…". */
const MAX_TOOLTIP_CODES = 4;

/**
 * Chooses the button's badge and tooltip for an analysed message: the report
 * kind when the message is a bounce or other automated report, otherwise the
 * overall authentication verdict.
 */
export function badgeForAnalysis(
  analysis: Analysis,
  translate: Translate,
): ActionBadge {
  const appTitle = translate("ui.app.title");
  if (analysis.bounce) {
    return reportBadge(analysis.bounce, translate, appTitle);
  }

  const authentication = analysis.authentication;
  const lines = [
    appTitle,
    translate(`auth.overall.${authentication.overall}.title`),
  ];
  const badgeLabels = authentication.badges.map((badge) =>
    translateOr(
      translate,
      `auth.badge.${badge.method}.${badge.state}`,
      "ui.badge.label",
      {
        method: translate(`ui.method.${badge.method}`),
        state: translate(`ui.state.${badge.state}`),
      },
    ),
  );
  if (badgeLabels.length > 0) lines.push(badgeLabels.join(", "));

  return {
    ...verdictBadges[authentication.overall],
    title: lines.join("\n"),
  };
}

/** Badge shown when the message could not be read or analysed. */
export function badgeForError(translate: Translate): ActionBadge {
  return {
    text: "ERR",
    color: GREY,
    title: [translate("ui.app.title"), translate("ui.error.title")].join("\n"),
  };
}

function reportBadge(
  report: BounceReport,
  translate: Translate,
  appTitle: string,
): ActionBadge {
  const onlyDelayed =
    report.messageKind === "bounce" &&
    report.recipients.length > 0 &&
    report.recipients.every(isDelayed);
  const badge = onlyDelayed ? DELAYED_BADGE : reportBadges[report.messageKind];

  const heading = onlyDelayed ? "delayed" : report.messageKind;
  const lines = [appTitle, translate(`ui.bounce.heading.${heading}`)];
  const codes = recipientCodes(report.recipients);
  if (codes.length > MAX_TOOLTIP_CODES) {
    lines.push([...codes.slice(0, MAX_TOOLTIP_CODES), "…"].join(", "));
  } else if (codes.length > 0) {
    lines.push(codes.join(", "));
  }
  return { ...badge, title: lines.join("\n") };
}

function isDelayed(recipient: BounceRecipient): boolean {
  if (recipient.action !== null) return recipient.action === "delayed";
  return recipient.status?.startsWith("4") ?? false;
}

/**
 * Lists each distinct code pair once, as "5.1.1 (550)", or whichever of the
 * enhanced status code and the reply code is known.
 */
function recipientCodes(recipients: readonly BounceRecipient[]): string[] {
  const codes: string[] = [];
  for (const recipient of recipients) {
    const code = formatCodes(recipient.status, recipient.replyCode);
    if (code !== null && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

function formatCodes(
  status: string | null,
  replyCode: string | null,
): string | null {
  if (status && replyCode) return `${status} (${replyCode})`;
  return status || replyCode || null;
}
