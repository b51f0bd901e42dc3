import { overallAdviceKey, SPECIFIC_ADVICE_KEYS } from "./keys";
import type { AlignmentFacts, Badge, OverallVerdict } from "./types";

/** The overall verdict and the advice line for it. */
export interface OverallResult {
  overall: OverallVerdict;
  advice: string;
}

/**
 * Decides the overall verdict from the DMARC badge, because DMARC is the
 * only method that ties a passing SPF or DKIM result to the From domain
 * shown to the recipient:
 * - `verified`: DMARC passed against a published policy;
 * - `not-verified`: the domain publishes no DMARC policy (`none`, or
 *   Microsoft's `bestguesspass`), the receiver did not evaluate DMARC, or
 *   DMARC ended in an error;
 * - `failed`: DMARC failed, so the domain publishes a policy that this
 *   message does not meet;
 * - `not-checked`: no trusted header exists.
 */
export function overallVerdict(
  dmarc: Badge,
  alignment: AlignmentFacts,
): OverallResult {
  const bestGuess = dmarc.evidence.some(
    (resinfo) => resinfo.result === "bestguesspass",
  );

  if (bestGuess) {
    return notVerified(SPECIFIC_ADVICE_KEYS.bestguesspass);
  }

  switch (dmarc.state) {
    case "passed":
      return { overall: "verified", advice: overallAdviceKey("verified") };
    case "failed":
      return { overall: "failed", advice: failedAdvice(alignment) };
    case "not-checked":
      return {
        overall: "not-checked",
        advice: overallAdviceKey("not-checked"),
      };
    case "not-available":
      return notVerified(
        dmarc.evidence.length === 0
          ? SPECIFIC_ADVICE_KEYS.notEvaluated
          : overallAdviceKey("not-verified"),
      );
    case "temperror":
      return notVerified(SPECIFIC_ADVICE_KEYS.temperror);
    case "permerror":
      return notVerified(SPECIFIC_ADVICE_KEYS.permerror);
    case "softfail":
    case "neutral":
      return notVerified(overallAdviceKey("not-verified"));
  }
}

function failedAdvice(alignment: AlignmentFacts): string {
  if (alignment.arcResult === "pass") {
    return SPECIFIC_ADVICE_KEYS.failedArcPass;
  }
  if (alignment.policy.policy === "none") {
    return SPECIFIC_ADVICE_KEYS.failedWithoutPolicy;
  }
  return overallAdviceKey("failed");
}

function notVerified(advice: string): OverallResult {
  return { overall: "not-verified", advice };
}
