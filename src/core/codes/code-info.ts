import type { Actor, BounceReason } from "../bounce/types";
import type { CodeInfo, RetryAdvice } from "./types";

/**
 * Builds a catalog entry whose message keys are `prefix.code.meaning` and
 * `prefix.code.action`.
 */
export function createCodeInfo(
  prefix: string,
  code: string,
  title: string,
  retry: RetryAdvice,
  actor: Actor,
  reason: BounceReason | null,
): CodeInfo {
  const messageKey = `${prefix}.${code}`;
  return {
    code,
    title,
    messageKey,
    meaningKey: `${messageKey}.meaning`,
    actionKey: `${messageKey}.action`,
    retry,
    actor,
    reason,
  };
}
