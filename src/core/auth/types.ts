/** The three methods that get a badge. */
export type BadgeMethod = "spf" | "dkim" | "dmarc";

/**
 * A badge state. `not-available` means a trusted header exists but the method
 * reported `none` or is missing; `not-checked` means no trusted header exists.
 */
export type VerdictState =
  | "passed"
  | "failed"
  | "softfail"
  | "neutral"
  | "not-available"
  | "temperror"
  | "permerror"
  | "not-checked";

/** One `ptype.property=value` pair of a resinfo (RFC 8601 section 2.2). */
export interface ResultProperty {
  /** Lower case: smtp, header, body, policy, or an unknown ptype as written. */
  ptype: string;
  /** Lower case property name, such as `mailfrom` or `d`. */
  property: string;
  /** Value with comments and quotes removed. */
  value: string;
}

/** One method result (`resinfo` in RFC 8601 section 2.2). */
export interface ResInfo {
  /** Lower case method name, such as `spf`, `dkim`, `dmarc`, `arc`, `compauth`. */
  method: string;
  methodVersion: string | null;
  /** Lower case result keyword, such as `pass` or `bestguesspass`. */
  result: string;
  reason: string | null;
  properties: ResultProperty[];
  /**
   * Text of the comments written inside this resinfo, in order. Receivers put
   * facts there that the grammar has no place for, such as `p=REJECT`.
   */
  comments?: string[];
}

/** One parsed Authentication-Results (or related) header value. */
export interface AuthResultsHeader {
  authservId: string | null;
  version: string | null;
  /** True when the header said `none`: no method was evaluated. */
  none: boolean;
  /** True when the value broke the RFC 8601 grammar and was read leniently. */
  lenient: boolean;
  results: ResInfo[];
  /** ARC instance number (`i=`) of an ARC-Authentication-Results value. */
  instance?: number;
}

/** Result of parsing one header value. */
export type AuthResultsParse =
  | { ok: true; header: AuthResultsHeader }
  | { ok: false; error: string; position: number };

/** One header of the message that carries authentication results. */
export interface AuthResultsField {
  /** Field name in lower case, such as `authentication-results`. */
  field: string;
  /** Position among all header fields, 0 being the topmost. */
  index: number;
  raw: string;
  parse: AuthResultsParse;
  /** True when the receiving side wrote it and it may drive a badge. */
  trusted: boolean;
}

/** The verdict for one badge. */
export interface Badge {
  method: BadgeMethod;
  state: VerdictState;
  /** The resinfo results behind the state; empty when none applied. */
  evidence: ResInfo[];
}

/** Overall verdict shown above the badges. */
export type OverallVerdict =
  | "verified"
  | "not-verified"
  | "failed"
  | "not-checked";

/** Everything the add-in found out about the message's authentication. */
export interface AuthenticationAnalysis {
  /** The authserv-id the trust decision was based on. */
  authservId: string | null;
  fields: AuthResultsField[];
  badges: Badge[];
  overall: OverallVerdict;
  /** Domain of the RFC 5322 From address, lower case. */
  fromDomain: string | null;
  /** DMARC alignment facts (RFC 7489 section 3.1) and why DMARC ended so. */
  alignment: AlignmentFacts;
  /** Microsoft 365 anti-spam facts; null when the message has none. */
  microsoft: MicrosoftAnalysis | null;
  /** Message key of one line saying who must act and what to do. */
  advice: string;
  /** Received-SPF fields, topmost first. */
  receivedSpf: ReceivedSpfField[];
  /** Tags of each DKIM-Signature field, topmost first, for display. */
  dkimSignatures: DkimSignatureTags[];
}

/** A parsed Received-SPF field value (RFC 7208 section 9.1). */
export interface ReceivedSpf {
  /** Lower case result, such as `pass` or `softfail`. */
  result: string;
  /** Text of the comment after the result, or null. */
  comment: string | null;
  /**
   * Key-value pairs with lower case keys: `client-ip`, `envelope-from`,
   * `helo`, `receiver`, `identity`, `problem`, `mechanism` and others.
   */
  pairs: Record<string, string>;
  /** True when the value broke the RFC 7208 grammar and was read leniently. */
  lenient: boolean;
}

/** Result of parsing one Received-SPF value. */
export type ReceivedSpfParse =
  | { ok: true; receivedSpf: ReceivedSpf }
  | { ok: false; error: string; position: number };

/** One Received-SPF field of the message. */
export interface ReceivedSpfField {
  /** Position among all header fields, 0 being the topmost. */
  index: number;
  raw: string;
  parse: ReceivedSpfParse;
  /** True when the field was used for the SPF badge. */
  trusted: boolean;
}

/** Display tags of one DKIM-Signature field (RFC 6376 section 3.5). */
export interface DkimSignatureTags {
  /** Signing domain (`d=`), lower case. */
  domain: string | null;
  /** Selector (`s=`). */
  selector: string | null;
  /** Algorithm (`a=`), lower case, such as `rsa-sha256`. */
  algorithm: string | null;
  /** Agent or user identifier (`i=`). */
  identity: string | null;
  /** Every tag, names lower case, white space removed from values. */
  tags: Record<string, string>;
}

/**
 * Relation of an authenticated domain to the From domain (RFC 7489 section
 * 3.1). It is `strict` when they are identical, `relaxed` when only the
 * organisational domains match, and `none` when they differ.
 */
export type AlignmentMatch = "strict" | "relaxed" | "none";

/** DMARC alignment mode from the `adkim` and `aspf` tags. */
export type AlignmentMode = "relaxed" | "strict";

/** Alignment of the SPF-authenticated domain. */
export interface SpfAlignment {
  /** Domain of `smtp.mailfrom`, else of `smtp.helo`, lower case. */
  domain: string | null;
  source: "mailfrom" | "helo" | null;
  organizationalDomain: string | null;
  state: VerdictState;
  /** Null when the domain or the From domain is unknown. */
  match: AlignmentMatch | null;
  /** True when SPF passed and the match satisfies the alignment mode. */
  aligned: boolean;
}

/** Alignment of one DKIM result's signing domain. */
export interface DkimAlignment {
  /** `header.d`, else the domain of `header.i`, lower case. */
  domain: string | null;
  organizationalDomain: string | null;
  selector: string | null;
  state: VerdictState;
  match: AlignmentMatch | null;
  /** True when the signature passed and the match satisfies the mode. */
  aligned: boolean;
}

/** The DMARC policy the receiver reported, where it reported one. */
export interface DmarcPolicy {
  /** Lower case `p=` value: `none`, `quarantine` or `reject`. */
  policy: string | null;
  /** Lower case `sp=` value. */
  subdomainPolicy: string | null;
  /** Origin of the policy: a `policy.*` property or a comment. */
  source: "property" | "comment" | null;
}

/** Facts behind the DMARC result (RFC 7489 section 3.1). */
export interface AlignmentFacts {
  /** Domain of the RFC 5322 From address, lower case. */
  fromDomain: string | null;
  fromOrganizationalDomain: string | null;
  /** Number of addresses in the From fields; DMARC needs exactly one. */
  fromAddressCount: number;
  /** `header.from` of the trusted DMARC result, lower case. */
  dmarcHeaderFrom: string | null;
  spf: SpfAlignment;
  dkim: DkimAlignment[];
  mode: { spf: AlignmentMode; dkim: AlignmentMode };
  policy: DmarcPolicy;
  /**
   * Lower case result of the receiver's `arc` check (RFC 8617), or null. A
   * passing ARC chain on a DMARC failure points to a forwarder or mailing
   * list that changed the message after the sender's checks passed.
   */
  arcResult?: string | null;
  /** Message key explaining why DMARC passed, failed or was not evaluated. */
  reason: string;
}

/** One field of X-Forefront-Antispam-Report or X-Microsoft-Antispam. */
export interface MicrosoftAntispamField {
  /** Field name as written, upper case, such as `SFV`. */
  name: string;
  value: string;
  /** Message key explaining the value; null when there is none for it. */
  meaningKey: string | null;
}

/** Microsoft 365 composite authentication and anti-spam facts. */
export interface MicrosoftAnalysis {
  /** Composite authentication from the trusted `compauth` result. */
  compauth: {
    result: string;
    /** Three-digit reason code, or null when absent. */
    reason: string | null;
    resultKey: string;
    reasonKey: string | null;
  } | null;
  /** Spam confidence level. */
  scl: { value: number; meaningKey: string } | null;
  /** Bulk complaint level. */
  bcl: { value: number; meaningKey: string } | null;
  /** SFV, CAT, SCL, SFTY, IPV, DIR, SRV and BCL fields in header order. */
  antispamFields: MicrosoftAntispamField[];
}
