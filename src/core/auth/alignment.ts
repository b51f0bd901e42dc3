import type { HeaderField } from "../mime/types";
import { dmarcPolicyOf } from "./dmarc-policy";
import {
  domainOfAddress,
  organizationalDomain,
  readFromAddresses,
} from "./domains";
import { stateOfResult } from "./verdict-state";
import type {
  AlignmentFacts,
  AlignmentMatch,
  AlignmentMode,
  DkimAlignment,
  ResInfo,
  SpfAlignment,
  VerdictState,
} from "./types";

/** The trusted results that DMARC alignment is judged from. */
export interface AlignmentInput {
  headers: readonly HeaderField[];
  spf: { state: VerdictState; evidence: readonly ResInfo[] };
  dkim: { evidence: readonly ResInfo[] };
  dmarc: { state: VerdictState; evidence: readonly ResInfo[] };
  /** The receiver's `arc` result, lower case, or null when absent. */
  arcResult: string | null;
}

/**
 * Works out the DMARC alignment facts (RFC 7489 section 3.1). They are the
 * From domain, the SPF-authenticated domain, each DKIM signing domain and
 * their organisational domains. Each identifier aligns or not in the mode
 * the receiver reported in `policy.adkim` or `policy.aspf`, relaxed when it
 * reported none. A reason key explains why DMARC passed, failed or could
 * not be evaluated.
 */
export function alignmentFacts(input: AlignmentInput): AlignmentFacts {
  const dmarc = input.dmarc.evidence[0];
  const dmarcHeaderFrom = propertyValue(dmarc, "header", "from");
  const from = readFromAddresses(input.headers);
  const fromDomain =
    from.domain ??
    (dmarcHeaderFrom === null ? null : domainOfAddress(dmarcHeaderFrom));
  const mode = {
    spf: alignmentMode(dmarc, "aspf"),
    dkim: alignmentMode(dmarc, "adkim"),
  };

  const spf = spfAlignment(input, fromDomain, mode.spf);
  const dkim = input.dkim.evidence.map((resinfo) =>
    dkimAlignment(resinfo, fromDomain, mode.dkim),
  );
  const facts: Omit<AlignmentFacts, "reason"> = {
    fromDomain,
    fromOrganizationalDomain:
      fromDomain === null ? null : organizationalDomain(fromDomain),
    fromAddressCount: from.count,
    dmarcHeaderFrom:
      dmarcHeaderFrom === null ? null : domainOfAddress(dmarcHeaderFrom),
    spf,
    dkim,
    mode,
    policy: dmarcPolicyOf(dmarc),
    arcResult: input.arcResult,
  };
  return { ...facts, reason: alignmentReason(facts, input.dmarc.state, dmarc) };
}

function spfAlignment(
  input: AlignmentInput,
  fromDomain: string | null,
  mode: AlignmentMode,
): SpfAlignment {
  const spf = input.spf.evidence[0];
  const mailfrom = propertyValue(spf, "smtp", "mailfrom");
  const mailfromDomain = mailfrom === null ? null : domainOfAddress(mailfrom);
  const helo = propertyValue(spf, "smtp", "helo");
  const heloDomain = helo === null ? null : domainOfAddress(helo);

  const domain = mailfromDomain ?? heloDomain;
  let source: SpfAlignment["source"] = null;
  if (mailfromDomain !== null) {
    source = "mailfrom";
  } else if (heloDomain !== null) {
    source = "helo";
  }
  const match = matchDomains(domain, fromDomain);
  return {
    domain,
    source,
    organizationalDomain: domain === null ? null : organizationalDomain(domain),
    state: input.spf.state,
    match,
    aligned: input.spf.state === "passed" && satisfiesMode(match, mode),
  };
}

function dkimAlignment(
  resinfo: ResInfo,
  fromDomain: string | null,
  mode: AlignmentMode,
): DkimAlignment {
  const signingDomain = propertyValue(resinfo, "header", "d");
  const identity = propertyValue(resinfo, "header", "i");
  const domain =
    (signingDomain === null ? null : domainOfAddress(signingDomain)) ??
    (identity === null ? null : domainOfAddress(identity));
  const state = stateOfResult(resinfo.result);
  const match = matchDomains(domain, fromDomain);
  return {
    domain,
    organizationalDomain: domain === null ? null : organizationalDomain(domain),
    selector: propertyValue(resinfo, "header", "s"),
    state,
    match,
    aligned: state === "passed" && satisfiesMode(match, mode),
  };
}

/** Compares an authenticated domain with the From domain (RFC 7489 3.1). */
export function matchDomains(
  domain: string | null,
  fromDomain: string | null,
): AlignmentMatch | null {
  if (domain === null || fromDomain === null) {
    return null;
  }
  if (domain === fromDomain) {
    return "strict";
  }
  if (organizationalDomain(domain) === organizationalDomain(fromDomain)) {
    return "relaxed";
  }
  return "none";
}

function satisfiesMode(
  match: AlignmentMatch | null,
  mode: AlignmentMode,
): boolean {
  return match === "strict" || (match === "relaxed" && mode === "relaxed");
}

function alignmentMode(
  dmarc: ResInfo | undefined,
  tag: "adkim" | "aspf",
): AlignmentMode {
  const value = propertyValue(dmarc, "policy", tag);
  return value?.toLowerCase() === "s" ? "strict" : "relaxed";
}

/** Returns the value of `ptype.property` in a resinfo, or null. */
export function propertyValue(
  resinfo: ResInfo | undefined,
  ptype: string,
  property: string,
): string | null {
  const found = resinfo?.properties.find(
    (entry) => entry.ptype === ptype && entry.property === property,
  );
  return found?.value ?? null;
}

function alignmentReason(
  facts: Omit<AlignmentFacts, "reason">,
  dmarcState: VerdictState,
  dmarc: ResInfo | undefined,
): string {
  const prefix = "auth.alignment.reason.";
  const dkimAligned = facts.dkim.some((entry) => entry.aligned);
  const anyAligned = dkimAligned || facts.spf.aligned;
  const anyPassed =
    facts.spf.state === "passed" ||
    facts.dkim.some((entry) => entry.state === "passed");

  if (dmarc?.result === "bestguesspass") {
    return `${prefix}bestguesspass`;
  }

  switch (dmarcState) {
    case "passed":
      if (dkimAligned && facts.spf.aligned) {
        return `${prefix}pass-both-aligned`;
      }
      if (dkimAligned) {
        return `${prefix}pass-dkim-aligned`;
      }
      return facts.spf.aligned
        ? `${prefix}pass-spf-aligned`
        : `${prefix}pass-reported`;
    case "failed":
      if (facts.arcResult === "pass") {
        return `${prefix}fail-arc-pass`;
      }
      if (anyAligned) {
        return `${prefix}fail-reported`;
      }
      return anyPassed
        ? `${prefix}fail-not-aligned`
        : `${prefix}fail-nothing-passed`;
    case "not-available":
      if (dmarc !== undefined) {
        return `${prefix}no-policy`;
      }
      return notEvaluatedReason(facts, anyAligned);
    case "not-checked":
      return `${prefix}not-checked`;
    case "temperror":
      return `${prefix}temperror`;
    case "permerror":
      return `${prefix}permerror`;
    case "softfail":
    case "neutral":
      return `${prefix}unknown-result`;
  }
}

function notEvaluatedReason(
  facts: Omit<AlignmentFacts, "reason">,
  anyAligned: boolean,
): string {
  const prefix = "auth.alignment.reason.";
  if (facts.fromDomain === null) {
    return `${prefix}no-from-domain`;
  }
  if (facts.fromAddressCount > 1) {
    return `${prefix}multiple-from`;
  }
  return anyAligned
    ? `${prefix}not-evaluated-would-pass`
    : `${prefix}not-evaluated-would-fail`;
}

/** Every reason key `alignmentFacts` can return. */
export const ALIGNMENT_REASON_KEYS: readonly string[] = [
  "bestguesspass",
  "pass-both-aligned",
  "pass-dkim-aligned",
  "pass-spf-aligned",
  "pass-reported",
  "fail-reported",
  "fail-arc-pass",
  "fail-not-aligned",
  "fail-nothing-passed",
  "no-policy",
  "not-checked",
  "temperror",
  "permerror",
  "unknown-result",
  "no-from-domain",
  "multiple-from",
  "not-evaluated-would-pass",
  "not-evaluated-would-fail",
].map((name) => `auth.alignment.reason.${name}`);
