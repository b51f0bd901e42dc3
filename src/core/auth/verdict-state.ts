import type { ResInfo, VerdictState } from "./types";

/** Every badge state, from best to worst for picking among DKIM results. */
export const VERDICT_STATES: readonly VerdictState[] = [
  "passed",
  "neutral",
  "not-available",
  "softfail",
  "temperror",
  "permerror",
  "failed",
  "not-checked",
];

const STATE_BY_RESULT: Readonly<Record<string, VerdictState>> = {
  pass: "passed",
  bestguesspass: "not-available",
  fail: "failed",
  hardfail: "failed",
  policy: "failed",
  softfail: "softfail",
  neutral: "neutral",
  none: "not-available",
  temperror: "temperror",
  timeout: "temperror",
  permerror: "permerror",
};

/**
 * Maps a result keyword of SPF, DKIM or DMARC to a badge state. `policy`
 * (RFC 8601 section 2.7) means the receiver's own policy rejected an
 * otherwise valid result, so it counts as failed. `hardfail` is the old
 * Sender ID spelling of `fail`. `bestguesspass` is Microsoft's DMARC result
 * for a domain without a DMARC record whose mail would have passed: with no
 * policy published there is no DMARC pass to show, so it is not available. An
 * unknown keyword gives `neutral`, because the receiver reported something
 * this add-in cannot vouch for.
 */
export function stateOfResult(result: string): VerdictState {
  return STATE_BY_RESULT[result.toLowerCase()] ?? "neutral";
}

/** Ranks a state: 0 is the best one. */
export function rankOfState(state: VerdictState): number {
  return VERDICT_STATES.indexOf(state);
}

/**
 * Combines several DKIM results: passed when any signature passed, else the
 * worst of the others, because one verified signature is enough for DKIM to
 * vouch for its signing domain.
 */
export function combineDkimStates(results: readonly ResInfo[]): VerdictState {
  const states = results.map((resinfo) => stateOfResult(resinfo.result));
  if (states.includes("passed")) {
    return "passed";
  }
  let worst: VerdictState = "not-available";
  for (const state of states) {
    if (rankOfState(state) > rankOfState(worst)) {
      worst = state;
    }
  }
  return worst;
}
