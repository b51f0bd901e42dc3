import type { BadgeMethod, OverallVerdict, VerdictState } from "./types";

/** The methods that get a badge, in display order. */
export const BADGE_METHODS: readonly BadgeMethod[] = ["spf", "dkim", "dmarc"];

/** Every overall verdict. */
export const OVERALL_VERDICTS: readonly OverallVerdict[] = [
  "verified",
  "not-verified",
  "failed",
  "not-checked",
];

/** Key of a badge label such as "SPF Passed": `auth.badge.spf.passed`. */
export function badgeLabelKey(
  method: BadgeMethod,
  state: VerdictState,
): string {
  return `auth.badge.${method}.${state}`;
}

/** Key of what a badge state means to the recipient. */
export function stateMeaningKey(state: VerdictState): string {
  return `auth.state.${state}.meaning`;
}

/** Key of what the sender should fix for a method in a state. */
export function stateFixKey(state: VerdictState, method: BadgeMethod): string {
  return `auth.state.${state}.fix.${method}`;
}

/** Key of the title shown above the badges. */
export function overallTitleKey(verdict: OverallVerdict): string {
  return `auth.overall.${verdict}.title`;
}

/** Key of the default advice line for an overall verdict. */
export function overallAdviceKey(verdict: OverallVerdict): string {
  return `auth.overall.${verdict}.advice`;
}

/** Advice keys for cases the overall verdict alone does not tell apart. */
export const SPECIFIC_ADVICE_KEYS = {
  bestguesspass: "auth.advice.dmarc-bestguesspass",
  notEvaluated: "auth.advice.dmarc-not-evaluated",
  temperror: "auth.advice.dmarc-temperror",
  permerror: "auth.advice.dmarc-permerror",
  failedWithoutPolicy: "auth.advice.dmarc-failed-policy-none",
  failedArcPass: "auth.advice.dmarc-failed-arc-pass",
} as const;

/** Every parse error key the parsers can return. */
export const PARSE_ERROR_KEYS: readonly string[] = [
  "empty",
  "expected-authserv-id",
  "expected-equals",
  "expected-instance",
  "expected-method",
  "expected-property",
  "expected-result",
  "expected-semicolon",
  "expected-value",
  "expected-version",
  "invalid-value",
  "invalid-version",
  "misplaced-reason",
  "none-with-results",
  "unexpected-character",
  "unterminated-comment",
  "unterminated-quoted-string",
].map((name) => `auth.parse.error.${name}`);
