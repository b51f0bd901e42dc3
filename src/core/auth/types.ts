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
}
