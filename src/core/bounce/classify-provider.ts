import type { BounceReason, BounceRecipient } from "./types";

/** A provider's own error numbers and the reasons they stand for. */
export interface ProviderCodeTable {
  provider: string;
  /** Finds the provider's error number; group 1 is the number. */
  pattern: RegExp;
  /** Reasons by error number, sorted by number. */
  reasons: Readonly<Record<string, BounceReason>>;
}

/**
 * Error numbers that providers append to their replies: Orange and La
 * Poste's `OFR006_102` or `LPN007_426`, whose last three digits name the
 * error and whose English text explains it, and Spectrum's `AUP#In-1310`.
 */
export const PROVIDER_CODE_TABLES: readonly ProviderCodeTable[] = [
  {
    provider: "orange",
    pattern: /\b(?:LPN|OFR|OUK)(?:_|\d{3}[-_])(\d{3})\b/i,
    reasons: {
      "102": "blocked",
      "103": "blocked",
      "104": "ratelimited",
      "107": "blocked",
      "305": "securityerror",
      "401": "authfailure",
      "402": "securityerror",
      "403": "rejected",
      "405": "rejected",
      "415": "rejected",
      "416": "userunknown",
      "417": "mailboxfull",
      "418": "userunknown",
      "420": "suspend",
      "421": "rejected",
      "426": "suspend",
      "505": "systemerror",
      "506": "spamdetected",
      "510": "blocked",
      "514": "emailtoolarge",
    },
  },
  {
    // Spectrum (Charter) appends an AUP# number to its replies. 1310 to
    // 1340 report limits on concurrent connections or sending rate, even
    // where the text around them is only "sender rejected".
    provider: "spectrum",
    pattern: /\bAUP#(?:In?|Out?)-(\d{4})\b/i,
    reasons: {
      "1310": "ratelimited",
      "1320": "ratelimited",
      "1330": "ratelimited",
      "1340": "ratelimited",
    },
  },
];

/** Returns the reason a provider's error number in `text` names, or null. */
export function reasonFromProviderCode(text: string): BounceReason | null {
  for (const table of PROVIDER_CODE_TABLES) {
    const number = table.pattern.exec(text)?.[1];
    const reason = number === undefined ? undefined : table.reasons[number];
    if (reason !== undefined) return reason;
  }
  return null;
}

/**
 * Enhanced status codes that a provider uses with its own meaning, by
 * subject and detail. Gmail numbers X.7.23 to X.7.40 differently from the
 * IANA registry: for example X.7.27 means SPF did not pass (IANA: the
 * sender's domain has a null MX) and X.7.30 means DKIM did not pass (IANA:
 * REQUIRETLS is needed).
 */
export interface ProviderStatusTable {
  provider: string;
  /** Matched against the diagnostic text and the remote MTA. */
  marker: RegExp;
  reasons: Readonly<Record<string, BounceReason>>;
}

/** Provider meanings of status codes, sorted by provider. */
export const PROVIDER_STATUS_TABLES: readonly ProviderStatusTable[] = [
  {
    provider: "gmail",
    marker: /\bgsmtp\b|\.google\.com\b|\.googlemail\.com\b/i,
    reasons: {
      "7.23": "requireptr",
      "7.24": "authfailure",
      "7.25": "requireptr",
      "7.26": "authfailure",
      "7.27": "authfailure",
      "7.28": "badreputation",
      "7.29": "failedstarttls",
      "7.30": "authfailure",
      "7.32": "authfailure",
      "7.40": "authfailure",
    },
  },
];

/**
 * Returns the reason a provider gives the recipient's status code when the
 * diagnostic or remote MTA shows that provider, or null.
 */
export function reasonFromProviderStatus(
  recipient: BounceRecipient,
): BounceReason | null {
  const status = recipient.status;
  if (status === null) return null;

  const subjectDetail = status.slice(status.indexOf(".") + 1);
  const evidence = `${recipient.diagnostic ?? ""} ${recipient.remoteMta ?? ""}`;
  for (const table of PROVIDER_STATUS_TABLES) {
    const reason = table.reasons[subjectDetail];
    if (reason !== undefined && table.marker.test(evidence)) return reason;
  }
  return null;
}

/** NTT docomo's inbound servers. */
const DOCOMO_MTA = /\bdocomo\.ne\.jp\b/i;

/**
 * Tells whether NTT docomo refused the message at DATA with "Unknown user"
 * and a generic status: docomo replies that way when the recipient's
 * reception settings refuse the sender, after it accepted the address at
 * RCPT TO.
 */
export function isDocomoSenderRefusal(
  recipient: BounceRecipient,
  command: string | null,
): boolean {
  return (
    command === "DATA" &&
    /^[245]\.0\.0$/.test(recipient.status ?? "5.0.0") &&
    DOCOMO_MTA.test(recipient.remoteMta ?? "") &&
    /unknown user/i.test(recipient.diagnostic ?? "")
  );
}

/** Yahoo's reply for a recipient account that does not exist. */
const YAHOO_UNKNOWN_ACCOUNT = /\bdd This user doesn't have an? \S+ account\b/i;

/**
 * Tells whether the diagnostic is Yahoo's `554 delivery error: dd This user
 * doesn't have a yahoo.com account` reply. Yahoo sends it in reply to DATA
 * for an account it does not have, so there it means an unknown user, not
 * a filter.
 */
export function isYahooUnknownAccount(recipient: BounceRecipient): boolean {
  return YAHOO_UNKNOWN_ACCOUNT.test(recipient.diagnostic ?? "");
}
