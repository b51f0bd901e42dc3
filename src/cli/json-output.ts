import type { Analysis } from "../core/analysis-types";
import type { BadgeMethod, ResInfo } from "../core/auth/types";
import type { ReturnedMessage } from "../core/bounce/types";
import type { Translate } from "../i18n";

/** JSON form of one method result. */
export interface ResultJson {
  result: string;
  domain: string | null;
  reason: string | null;
  properties: Record<string, string>;
}

/** The JSON object `analyze --json` prints for one file. */
export interface AnalysisJson {
  file: string;
  message: Analysis["message"];
  authentication: {
    authservId: string | null;
    overall: string;
    spf: ResultJson | null;
    dkim: (ResultJson & { selector: string | null })[];
    dmarc: (ResultJson & { policy: string | null }) | null;
    badges: { method: BadgeMethod; state: string; label: string }[];
    untrustedHeaders: number;
  };
  bounce: null | {
    messageKind: string;
    format: string;
    provider: string | null;
    reportingMta: string | null;
    feedbackType: string | null;
    recipients: {
      address: string;
      action: string | null;
      status: string | null;
      replyCode: string | null;
      reason: string | null;
      hardBounce: boolean | null;
      remoteMta: string | null;
      diagnostic: string | null;
    }[];
    returnedMessage: ReturnedMessage | null;
  };
}

/** Builds the `analyze --json` object for one analysed file. */
export function toAnalysisJson(
  file: string,
  analysis: Analysis,
  translate: Translate,
): AnalysisJson {
  const { authentication, bounce } = analysis;
  const evidence = (method: BadgeMethod): ResInfo[] =>
    authentication.badges.find((badge) => badge.method === method)?.evidence ?? [];
  const spf = evidence("spf")[0];
  const dmarc = evidence("dmarc")[0];

  return {
    file,
    message: analysis.message,
    authentication: {
      authservId: authentication.authservId,
      overall: authentication.overall,
      spf: spf ? toResultJson(spf, "smtp.mailfrom", "smtp.helo") : null,
      dkim: evidence("dkim").map((result) => ({
        ...toResultJson(result, "header.d", "header.i"),
        selector: property(result, "header.s"),
      })),
      dmarc: dmarc
        ? { ...toResultJson(dmarc, "header.from"), policy: property(dmarc, "policy.published-domain-policy") }
        : null,
      badges: authentication.badges.map((badge) => ({
        method: badge.method,
        state: badge.state,
        label: translate(`auth.badge.${badge.method}.${badge.state}`),
      })),
      untrustedHeaders: authentication.fields.filter((field) => !field.trusted).length,
    },
    bounce: bounce && {
      messageKind: bounce.messageKind,
      format: bounce.format,
      provider: bounce.provider,
      reportingMta: bounce.reportingMta,
      feedbackType: bounce.feedbackType,
      recipients: bounce.recipients.map((recipient) => ({
        address: recipient.address,
        action: recipient.action,
        status: recipient.status,
        replyCode: recipient.replyCode,
        reason: recipient.reason,
        hardBounce: recipient.hardBounce,
        remoteMta: recipient.remoteMta,
        diagnostic: recipient.diagnostic,
      })),
      returnedMessage: bounce.returnedMessage,
    },
  };
}

function toResultJson(result: ResInfo, ...domainKeys: string[]): ResultJson {
  const properties: Record<string, string> = {};
  for (const { ptype, property: name, value } of result.properties) {
    properties[`${ptype}.${name}`] = value;
  }

  const domainValue = domainKeys.map((key) => properties[key]).find(Boolean) ?? null;
  return {
    result: result.result,
    domain: domainValue ? domainOf(domainValue) : null,
    reason: result.reason,
    properties,
  };
}

function property(result: ResInfo, key: string): string | null {
  const found = result.properties.find(({ ptype, property: name }) => `${ptype}.${name}` === key);
  return found?.value ?? null;
}

/** Takes the domain of `user@domain` or `@domain`, or the value itself. */
function domainOf(value: string): string {
  const at = value.lastIndexOf("@");
  return (at >= 0 ? value.slice(at + 1) : value).toLowerCase();
}
