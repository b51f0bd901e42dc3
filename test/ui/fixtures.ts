import type { Analysis } from "../../src/core/analysis-types";
import type {
  AlignmentFacts,
  AuthResultsField,
  AuthenticationAnalysis,
  Badge,
} from "../../src/core/auth/types";
import type {
  BounceRecipient,
  BounceReport,
} from "../../src/core/bounce/types";

/** Alignment facts for a message where nothing was checked. */
export function emptyAlignment(): AlignmentFacts {
  return {
    fromDomain: "example.com",
    fromOrganizationalDomain: "example.com",
    fromAddressCount: 1,
    dmarcHeaderFrom: null,
    spf: {
      domain: null,
      source: null,
      organizationalDomain: null,
      state: "not-checked",
      match: null,
      aligned: false,
    },
    dkim: [],
    mode: { spf: "relaxed", dkim: "relaxed" },
    policy: { policy: null, subdomainPolicy: null, source: null },
    reason: "auth.alignment.reason.not-checked",
  };
}

/** Builds a trusted Authentication-Results field with each badge's resinfo. */
export function trustedField(
  raw: string,
  badges: readonly Badge[],
): AuthResultsField {
  return {
    field: "authentication-results",
    index: 0,
    raw,
    trusted: true,
    parse: {
      ok: true,
      header: {
        authservId: "mx.example.net",
        version: null,
        none: false,
        lenient: false,
        results: badges.flatMap((badge) => badge.evidence),
      },
    },
  };
}

/** Authentication with the given badges and one trusted header behind them. */
export function authentication(
  badges: readonly Badge[],
  overrides: Partial<AuthenticationAnalysis> = {},
): AuthenticationAnalysis {
  return {
    authservId: "mx.example.net",
    fields: [
      trustedField("Authentication-Results: mx.example.net; ...", badges),
    ],
    badges: [...badges],
    overall: "verified",
    fromDomain: "example.com",
    alignment: emptyAlignment(),
    microsoft: null,
    advice: "auth.overall.verified.advice",
    receivedSpf: [],
    dkimSignatures: [],
    ...overrides,
  };
}

/** The property that names each method's domain in a resinfo. */
const DOMAIN_PROPERTY: Record<Badge["method"], string> = {
  spf: "mailfrom",
  dkim: "d",
  dmarc: "from",
};

/** Builds a badge whose evidence is one resinfo with the given result. */
export function badge(
  method: Badge["method"],
  state: Badge["state"],
  result = "pass",
): Badge {
  return {
    method,
    state,
    evidence: [
      {
        method,
        methodVersion: null,
        result,
        reason: null,
        properties: [
          {
            ptype: method === "spf" ? "smtp" : "header",
            property: DOMAIN_PROPERTY[method],
            value: "example.com",
          },
        ],
      },
    ],
  };
}

/** Builds an analysis of an ordinary message; `overrides` replace parts. */
export function analysis(overrides: Partial<Analysis> = {}): Analysis {
  return {
    message: {
      subject: "Quarterly figures",
      from: "Robin <robin@example.com>",
      date: "Tue, 14 Oct 2025 07:12:38 +0000",
      messageId: "<q3@example.com>",
    },
    authentication: authentication([
      badge("spf", "passed"),
      badge("dkim", "passed"),
      badge("dmarc", "passed"),
    ]),
    bounce: null,
    headersOnly: false,
    ...overrides,
  };
}

/** Builds a failed recipient with every field set. */
export function recipient(
  overrides: Partial<BounceRecipient> = {},
): BounceRecipient {
  return {
    address: "pat@example.org",
    originalRecipient: null,
    action: "failed",
    status: "5.1.1",
    replyCode: "550",
    diagnostic: "550 5.1.1 <pat@example.org>: Recipient address rejected",
    remoteMta: "mx.example.org",
    lastAttemptDate: null,
    willRetryUntil: null,
    reason: "userunknown",
    hardBounce: true,
    ...overrides,
  };
}

/** Builds a delivery report with the given recipients. */
export function bounceReport(
  recipients: BounceRecipient[],
  overrides: Partial<BounceReport> = {},
): BounceReport {
  return {
    messageKind: "bounce",
    format: "rfc3464",
    provider: null,
    reportingMta: "mail.example.net",
    arrivalDate: null,
    feedbackType: null,
    recipients,
    returnedMessage: {
      subject: "Quote for the fence",
      messageId: null,
      date: "Tue, 21 Oct 2025 14:19:58 +0200",
      from: null,
    },
    ...overrides,
  };
}
