import type { BounceReason } from "./types";

/** Reason that an enhanced status code's subject and detail (RFC 3463) imply. */
export interface StatusReason {
  /** Subject and detail, such as `1.1` for X.1.1. */
  subjectDetail: string;
  reason: BounceReason;
}

/**
 * Reasons for enhanced status codes whose meaning is specific enough to name
 * a reason, by subject and detail, sorted by code. Codes that only name
 * the class or subject (X.0.0, X.7.1, ...) are absent, so the diagnostic
 * text decides those.
 */
export const STATUS_REASONS: readonly StatusReason[] = [
  { subjectDetail: "1.1", reason: "userunknown" },
  { subjectDetail: "1.10", reason: "notaccept" },
  { subjectDetail: "1.2", reason: "hostunknown" },
  { subjectDetail: "1.3", reason: "userunknown" },
  { subjectDetail: "1.4", reason: "userunknown" },
  { subjectDetail: "1.6", reason: "hasmoved" },
  { subjectDetail: "1.7", reason: "rejected" },
  { subjectDetail: "1.8", reason: "rejected" },
  { subjectDetail: "2.1", reason: "suspend" },
  { subjectDetail: "2.2", reason: "mailboxfull" },
  { subjectDetail: "2.3", reason: "exceedlimit" },
  { subjectDetail: "3.1", reason: "systemfull" },
  { subjectDetail: "3.2", reason: "notaccept" },
  { subjectDetail: "3.4", reason: "emailtoolarge" },
  { subjectDetail: "3.5", reason: "systemerror" },
  { subjectDetail: "4.1", reason: "networkerror" },
  { subjectDetail: "4.2", reason: "networkerror" },
  { subjectDetail: "4.3", reason: "networkerror" },
  { subjectDetail: "4.4", reason: "networkerror" },
  { subjectDetail: "4.6", reason: "networkerror" },
  { subjectDetail: "4.7", reason: "expired" },
  { subjectDetail: "5.1", reason: "syntaxerror" },
  { subjectDetail: "5.2", reason: "syntaxerror" },
  { subjectDetail: "5.3", reason: "exceedlimit" },
  { subjectDetail: "5.4", reason: "syntaxerror" },
  { subjectDetail: "5.5", reason: "syntaxerror" },
  { subjectDetail: "6.0", reason: "contenterror" },
  { subjectDetail: "6.1", reason: "contenterror" },
  { subjectDetail: "6.2", reason: "contenterror" },
  { subjectDetail: "6.3", reason: "contenterror" },
  { subjectDetail: "6.4", reason: "contenterror" },
  { subjectDetail: "6.5", reason: "contenterror" },
  { subjectDetail: "6.6", reason: "contenterror" },
  { subjectDetail: "6.7", reason: "contenterror" },
  { subjectDetail: "6.8", reason: "contenterror" },
  { subjectDetail: "6.9", reason: "contenterror" },
  { subjectDetail: "7.10", reason: "securityerror" },
  { subjectDetail: "7.11", reason: "failedstarttls" },
  { subjectDetail: "7.13", reason: "suspend" },
  { subjectDetail: "7.14", reason: "securityerror" },
  { subjectDetail: "7.15", reason: "securityerror" },
  { subjectDetail: "7.16", reason: "mailboxfull" },
  { subjectDetail: "7.17", reason: "hasmoved" },
  { subjectDetail: "7.18", reason: "hasmoved" },
  { subjectDetail: "7.19", reason: "hasmoved" },
  { subjectDetail: "7.20", reason: "authfailure" },
  { subjectDetail: "7.21", reason: "authfailure" },
  { subjectDetail: "7.22", reason: "authfailure" },
  { subjectDetail: "7.23", reason: "authfailure" },
  { subjectDetail: "7.24", reason: "authfailure" },
  { subjectDetail: "7.25", reason: "requireptr" },
  { subjectDetail: "7.26", reason: "authfailure" },
  { subjectDetail: "7.27", reason: "notaccept" },
  { subjectDetail: "7.28", reason: "spamdetected" },
  { subjectDetail: "7.29", reason: "authfailure" },
  { subjectDetail: "7.30", reason: "failedstarttls" },
  { subjectDetail: "7.4", reason: "securityerror" },
  { subjectDetail: "7.5", reason: "securityerror" },
  { subjectDetail: "7.6", reason: "securityerror" },
  { subjectDetail: "7.7", reason: "securityerror" },
  { subjectDetail: "7.8", reason: "securityerror" },
  { subjectDetail: "7.9", reason: "securityerror" },
];

const BY_SUBJECT_DETAIL = new Map(
  STATUS_REASONS.map((entry) => [entry.subjectDetail, entry.reason]),
);

/** Returns the reason an enhanced status code implies, or null. */
export function reasonFromStatus(status: string | null): BounceReason | null {
  if (status === null) return null;
  const subjectDetail = status.slice(status.indexOf(".") + 1);
  return BY_SUBJECT_DETAIL.get(subjectDetail) ?? null;
}

/**
 * Reasons that an SMTP reply code alone implies, sorted by code. RFC 5321
 * defines 500 to 504 for command and parameter errors. RFC 7504 defines 521
 * and 556 for hosts and domains that accept no mail. RFC 4954 uses 530 and
 * 535 for missing or rejected authentication.
 */
export const REPLY_CODE_REASONS: Readonly<Record<string, BounceReason>> = {
  "500": "syntaxerror",
  "501": "syntaxerror",
  "502": "syntaxerror",
  "503": "syntaxerror",
  "504": "syntaxerror",
  "521": "notaccept",
  "530": "securityerror",
  "535": "securityerror",
  "556": "notaccept",
};

/** Returns the reason an SMTP reply code implies, or null. */
export function reasonFromReplyCode(
  replyCode: string | null,
): BounceReason | null {
  return replyCode === null ? null : (REPLY_CODE_REASONS[replyCode] ?? null);
}
