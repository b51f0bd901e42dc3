import type { Actor, BounceReason, DsnAction } from "../bounce/types";

/** Whether sending the same message again can succeed. */
export type RetryAdvice =
  /** The server will retry by itself, or a later manual retry may work. */
  | "later"
  /** Only after someone changes something (address, DNS, policy). */
  | "after-fix"
  /**
   * The sending server has given up, but sending the message again later
   * may work.
   */
  | "resend-later"
  /** Retrying can never succeed. */
  | "never"
  /** Nothing to retry: the code reports success. */
  | "not-needed";

/**
 * Facts about one code. Words for users live in the i18n catalogs under
 * `messageKey`; this record holds only what code needs to decide.
 */
export interface CodeInfo {
  /**
   * The code as registered: `X.1.1`, `550`, or a provider code such as
   * `5.7.509`.
   */
  code: string;
  /** The registry's or provider's own title, in English, as a fact. */
  title: string;
  /**
   * Common prefix of the catalog keys for this code: `meaningKey` and
   * `actionKey` are this prefix plus `.meaning` and `.action`.
   */
  messageKey: string;
  /** Catalog key of what the code means, in plain words. */
  meaningKey: string;
  /** Catalog key of what to do about it. */
  actionKey: string;
  retry: RetryAdvice;
  actor: Actor;
  /** Reason this code usually means, if it means one clearly. */
  reason: BounceReason | null;
}

/** Class digit of an enhanced status code (RFC 3463 section 3.1). */
export type StatusClass = 2 | 4 | 5;

/** Delivery outcome that an enhanced status code's class digit reports. */
export type StatusClassKind = "success" | "transient" | "permanent";

/** One class of the enhanced status code registry. */
export interface StatusClassInfo {
  value: StatusClass;
  kind: StatusClassKind;
  /** Registry title, such as `Permanent Failure`. */
  title: string;
  /** Catalog key of the class name. */
  titleKey: string;
  /** Catalog key of what the class means for delivery. */
  meaningKey: string;
  /** Catalog key of what to do when only the class is known. */
  actionKey: string;
}

/** One subject of the enhanced status code registry (`X.1.YYY` and so on). */
export interface StatusSubjectInfo {
  /** Subject number, such as 1 for addressing status. */
  value: number;
  /** The subject as registered: `X.1.YYY`. */
  code: string;
  /** Registry title, such as `Addressing Status`. */
  title: string;
  titleKey: string;
  meaningKey: string;
  /** Catalog key of what to do when only the subject is known. */
  actionKey: string;
}

/** Enhanced status code split into its three numbers (RFC 3463 section 2). */
export interface ParsedStatus {
  /** Canonical form without leading zeros, such as `5.1.1`. */
  code: string;
  statusClass: StatusClass;
  subject: number;
  detail: number;
}

/**
 * Mail providers whose own code meanings the catalogs know. `office365` is
 * Exchange Online (Microsoft 365), `outlook.com` the consumer service
 * (outlook.com, hotmail.com, live.com, msn.com), `yahoo` is Yahoo and AOL.
 */
export type ProviderId = "office365" | "outlook.com" | "gmail" | "yahoo";

/** A code whose meaning one provider defines, which may differ from IANA's. */
export interface ProviderCodeInfo extends CodeInfo {
  provider: ProviderId;
  /**
   * Enhanced status code or range the provider sends, such as `5.7.509` or
   * `5.7.606-649`; null when the provider sends only a reply code and text.
   */
  status: string | null;
  /** Reply codes the provider pairs with it; empty when any. */
  basic: readonly string[];
  /**
   * Text fragments of the provider's diagnostic, matched case-insensitively,
   * that single out this entry among entries sharing its status and reply
   * code, or that find an entry without a status code. Empty when the codes
   * alone identify it.
   */
  fragments: readonly string[];
}

/** Source of the explanation of an enhanced status code. */
export type StatusSource = "provider" | "iana" | "subject" | "class";

/** An enhanced status code read as class, subject and detail. */
export interface EnhancedStatusLookup {
  status: ParsedStatus;
  statusClass: StatusClassInfo;
  /** Null when the subject number is not registered. */
  subject: StatusSubjectInfo | null;
  /** The provider or IANA entry for the whole code; null when neither. */
  detail: CodeInfo | null;
  /** The IANA entry for the code, also when `detail` is the provider's. */
  registered: CodeInfo | null;
  /** The provider's entry when `detail` is one; null otherwise. */
  providerEntry: ProviderCodeInfo | null;
  /**
   * Provider asked for, set when a provider catalog supplied `detail`. It can
   * differ from `providerEntry.provider` when Outlook.com and Exchange Online
   * fall back on each other's codes.
   */
  provider: ProviderId | null;
  source: StatusSource;
  /** Catalog key of the most specific meaning known. */
  meaningKey: string;
  /** Catalog key of what to do, from the most specific entry known. */
  actionKey: string;
  retry: RetryAdvice;
  actor: Actor;
  reason: BounceReason | null;
}

/** First digit of an SMTP reply code (RFC 5321 section 4.2.1). */
export type ReplyCompletion =
  | "positive-completion"
  | "positive-intermediate"
  | "transient-negative"
  | "permanent-negative";

/** Second digit of an SMTP reply code (RFC 5321 section 4.2.1). */
export type ReplyCategory =
  | "syntax"
  | "information"
  | "connections"
  | "unspecified"
  | "mail-system";

/** Catalog entry for a basic reply code. */
export interface ReplyCodeInfo extends CodeInfo {
  /** True when an RFC defines the code; false for codes only seen in use. */
  standard: boolean;
  /** Defining RFCs, such as `RFC5321`; empty for non-standard codes. */
  rfc: readonly string[];
}

/** An SMTP reply code read digit by digit, plus its catalog entry. */
export interface ReplyCodeLookup {
  code: string;
  /** Null for codes outside RFC 5321's 2yz to 5yz range, such as 101. */
  completion: ReplyCompletion | null;
  /** Null when the second digit is outside RFC 5321's 0 to 5. */
  category: ReplyCategory | null;
  completionKey: string | null;
  categoryKey: string | null;
  /** Null when the code is not in the catalog. */
  entry: ReplyCodeInfo | null;
  meaningKey: string;
  actionKey: string;
  retry: RetryAdvice;
  actor: Actor;
  reason: BounceReason | null;
}

/** Codes of one failed or delayed recipient, as a bounce reports them. */
export interface CodeExplanationInput {
  /** Enhanced status code, such as `5.7.26`. */
  status?: string | null;
  /** SMTP reply code, such as `550`. */
  replyCode?: string | null;
  /** Provider id, or free text naming one; unknown values are ignored. */
  provider?: string | null;
  /**
   * Diagnostic text. Used to detect the provider, which then wins over
   * `provider`, and to pick between provider entries that share a code.
   */
  diagnostic?: string | null;
  /**
   * Bounce reason the report shows. When the codes are catch-alls (X.0.0,
   * X.1.0, X.7.1, a class alone), the summary and advice come from it.
   */
  reason?: BounceReason | null;
  /**
   * RFC 3464 Action of the recipient. With `failed`, the sending server has
   * given up, so the retry advice does not say it is still retrying.
   */
  action?: DsnAction | null;
}

/** Combined explanation of one recipient's codes. */
export interface CodeExplanation {
  /** Null when no valid enhanced status code was given. */
  enhanced: EnhancedStatusLookup | null;
  /** Null when no valid reply code was given. */
  basic: ReplyCodeLookup | null;
  /** The provider entry used, if any. */
  providerEntry: ProviderCodeInfo | null;
  /**
   * Provider the codes were read for: the one the diagnostic shows, else the
   * one given; null when neither is known.
   */
  provider: ProviderId | null;
  /** Catalog key of the one-sentence summary. */
  summaryKey: string;
  /** Catalog key of what to do. */
  whatToDoKey: string;
  retry: RetryAdvice;
  /** Catalog key of the retry advice phrase. */
  retryKey: string;
  actor: Actor;
  /** Catalog key of the phrase naming who must act. */
  actorKey: string;
  /** Reason the codes usually mean; null when they point to none. */
  reason: BounceReason | null;
  /** True when the status and reply code classes disagree (`550 4.2.2`). */
  classMismatch: boolean;
}
