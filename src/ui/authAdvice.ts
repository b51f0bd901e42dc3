import type {
  AlignmentFacts,
  AuthenticationAnalysis,
  Badge,
} from "../core/auth/types";

/**
 * Catalog keys that the UI words differently from the auth catalog: advice
 * that points to settings on a host without them, and "no DMARC record"
 * where the receiver noted a published policy.
 */

const NOT_CHECKED_ADVICE = "auth.overall.not-checked.advice";
const NOT_VERIFIED_ADVICE = "auth.overall.not-verified.advice";
const NO_POLICY_REASON = "auth.alignment.reason.no-policy";

/**
 * Returns the DMARC policy the receiver noted for the From domain when it
 * recorded no DMARC verdict (`dmarc=none`), or null. RFC 7489 section
 * 11.2 defines that result as no published policy, but some receivers
 * write it next to a `p=none` comment, which shows that a record exists.
 */
export function policyWithoutVerdict(
  alignment: AlignmentFacts | undefined,
): string | null {
  if (!alignment || alignment.reason !== NO_POLICY_REASON) return null;
  return alignment.policy.policy;
}

/** Returns the key of the line under the overall verdict, or null. */
export function verdictAdviceKey(
  authentication: AuthenticationAnalysis,
  settingsAvailable: boolean,
): string | null {
  const key = authentication.advice ?? null;
  if (key === NOT_CHECKED_ADVICE && !settingsAvailable) {
    return "ui.auth.noSettings.not-checked.advice";
  }
  if (
    key === NOT_VERIFIED_ADVICE &&
    policyWithoutVerdict(authentication.alignment) !== null
  ) {
    return "ui.auth.policyWithoutVerdict.advice";
  }
  return key;
}

/** Returns the key of a method's "what it means" line. */
export function methodMeaningKey(
  badge: Badge,
  alignment: AlignmentFacts | undefined,
): string {
  if (
    badge.method === "dmarc" &&
    badge.state === "not-available" &&
    policyWithoutVerdict(alignment) !== null
  ) {
    return "ui.auth.policyWithoutVerdict.meaning";
  }
  return `auth.state.${badge.state}.meaning`;
}

/** Returns the key of a method's "what to do" line. */
export function methodFixKey(
  badge: Badge,
  alignment: AlignmentFacts | undefined,
  settingsAvailable: boolean,
): string {
  if (badge.state === "not-checked" && !settingsAvailable) {
    return `ui.auth.noSettings.not-checked.fix.${badge.method}`;
  }
  if (
    badge.method === "dmarc" &&
    badge.state === "not-available" &&
    policyWithoutVerdict(alignment) !== null
  ) {
    return "ui.auth.policyWithoutVerdict.fix";
  }
  return `auth.state.${badge.state}.fix.${badge.method}`;
}
