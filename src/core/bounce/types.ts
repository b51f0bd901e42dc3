/** Kind of automated report a message is. */
export type MessageKind =
  | "bounce"
  | "delivery-success"
  | "auto-reply"
  | "feedback-report";

/**
 * Bounce reason names, as the Sisimai project made common, so that results
 * compare one to one with it.
 */
export type BounceReason =
  | "userunknown"
  | "hostunknown"
  | "hasmoved"
  | "mailboxfull"
  | "suspend"
  | "emailtoolarge"
  | "exceedlimit"
  | "rejected"
  | "norelaying"
  | "notcompliantrfc"
  | "contenterror"
  | "filtered"
  | "spamdetected"
  | "virusdetected"
  | "policyviolation"
  | "blocked"
  | "badreputation"
  | "requireptr"
  | "authfailure"
  | "ratelimited"
  | "securityerror"
  | "failedstarttls"
  | "notaccept"
  | "networkerror"
  | "expired"
  | "systemerror"
  | "systemfull"
  | "mailererror"
  | "syntaxerror"
  | "suppressed"
  | "onhold"
  | "undefined"
  | "delivered"
  | "feedback"
  | "vacation";

/** RFC 3464 Action field values, lower case. */
export type DsnAction = "failed" | "delayed" | "delivered" | "relayed" | "expanded";

/** Party that has to act to get the message delivered. */
export type Actor =
  | "sender"
  | "sender-admin"
  | "recipient"
  | "recipient-admin"
  | "nobody";

/** One recipient of a report (RFC 3464 per-recipient fields, or text). */
export interface BounceRecipient {
  /** Address without the address type, such as `user@example.com`. */
  address: string;
  originalRecipient: string | null;
  action: DsnAction | null;
  /** Enhanced status code (RFC 3463), such as `5.1.1`. */
  status: string | null;
  /** SMTP reply code (RFC 5321), such as `550`. */
  replyCode: string | null;
  /** Diagnostic text without the diagnostic type prefix. */
  diagnostic: string | null;
  remoteMta: string | null;
  lastAttemptDate: string | null;
  willRetryUntil: string | null;
  reason: BounceReason | null;
  /** True when retrying can never succeed; null when unknown. */
  hardBounce: boolean | null;
  /**
   * SMTP command the remote server rejected (`CONN`, `HELO`, `MAIL`, `RCPT`,
   * `DATA`), where the report shows it; absent or null when unknown.
   */
  smtpCommand?: string | null;
}

/** Headers of the message that bounced, taken from the returned copy. */
export interface ReturnedMessage {
  subject: string | null;
  messageId: string | null;
  date: string | null;
  from: string | null;
}

/** A parsed delivery report, auto-reply or feedback report. */
export interface BounceReport {
  messageKind: MessageKind;
  /** Format or scanner family, such as `rfc3464` or `postfix`. */
  format: string;
  /** Mail provider inferred from the report, such as `gmail`; null if unknown. */
  provider: string | null;
  reportingMta: string | null;
  arrivalDate: string | null;
  /** ARF Feedback-Type (RFC 5965), for feedback reports. */
  feedbackType: string | null;
  recipients: BounceRecipient[];
  returnedMessage: ReturnedMessage | null;
}
