import { isHardBounce } from "../bounce/classify";
import { REASON_ACTORS } from "../bounce/reason-actor";
import type { Actor, BounceReason, DsnAction } from "../bounce/types";
import { lookupReplyCode } from "./basic-lookup";
import { lookupEnhancedStatus } from "./enhanced-lookup";
import { detectProvider, parseProviderId } from "./providers/detect";
import { findProviderText } from "./providers/match";
import type {
  CodeExplanation,
  CodeExplanationInput,
  EnhancedStatusLookup,
  ProviderCodeInfo,
  ProviderId,
  ReplyCodeLookup,
  RetryAdvice,
} from "./types";

/** Diagnostic text beyond this length is not searched for fragments. */
const MAX_DIAGNOSTIC_LENGTH = 64 * 1024;

/** One candidate explanation, most specific first. */
interface Explanation {
  meaningKey: string;
  actionKey: string;
  retry: RetryAdvice;
  actor: Actor;
  reason: BounceReason | null;
}

/** An explanation, and whether it comes from a catch-all code. */
interface Candidate extends Explanation {
  /**
   * True when the code fits many causes (X.0.0, X.1.0, X.7.1, a class or
   * subject alone, 550), so a known bounce reason is more specific.
   */
  catchAll: boolean;
}

const UNKNOWN: Candidate = {
  meaningKey: "code.summary.unknown",
  actionKey: "code.action.unknown",
  retry: "after-fix",
  actor: "sender-admin",
  reason: null,
  catchAll: true,
};

/**
 * IANA enhanced status codes that name only a subject's "other" status or a
 * refusal without its cause: X.7.1 covers anything from a blocklist to a
 * recipient's own filter.
 */
const CATCH_ALL_STATUS: ReadonlySet<string> = new Set([
  "X.0.0",
  "X.1.0",
  "X.2.0",
  "X.3.0",
  "X.4.0",
  "X.5.0",
  "X.6.0",
  "X.7.0",
  "X.7.1",
]);

/**
 * Reply codes that servers send for unrelated failures: RFC 5321 gives 550
 * and 450 for any unavailable mailbox, including policy refusals, and 554
 * for any failed transaction.
 */
const CATCH_ALL_REPLY: ReadonlySet<string> = new Set(["450", "550", "554"]);

/**
 * Reasons no more specific than a catch-all code. They replace only the
 * explanation of a recipient without any code.
 */
const VAGUE_REASONS: ReadonlySet<BounceReason> = new Set([
  "onhold",
  "undefined",
]);

/**
 * Explains the codes of one recipient together: the enhanced status code
 * (read by provider where the diagnostic shows the provider or `provider`
 * names it), the reply code, and provider text without a code. The
 * summary and advice come from the most specific of them: a provider entry,
 * then an IANA detail, then the reply code's entry, then the status code's
 * subject or class, then the reply code's digits. When that is a catch-all
 * code and `reason` names a specific reason, the summary, advice and actor
 * come from the reason instead (`code.reason.<reason>.meaning`). When
 * `action` is `failed`, the retry advice is `resend-later`, never `later`,
 * because the sending server has given up.
 */
export function explainCodes(input: CodeExplanationInput): CodeExplanation {
  const diagnostic = truncate(input.diagnostic);
  const replyCode = textOrNull(input.replyCode);
  // The diagnostic is the text of the server that issued the code, so the
  // provider it shows wins over one inferred from the whole report, which
  // may name the provider that relayed the bounce.
  const provider =
    (diagnostic === null ? null : detectProvider(diagnostic)) ??
    parseProviderId(input.provider);

  const status = textOrNull(input.status);
  const enhanced =
    status === null
      ? null
      : lookupEnhancedStatus(status, provider, { replyCode, diagnostic });
  const basic = replyCode === null ? null : lookupReplyCode(replyCode);
  const providerEntry = chooseProviderEntry(enhanced, provider, diagnostic);

  const chosen = applyAction(
    applyReason(
      chooseExplanation(enhanced, basic, providerEntry),
      input.reason ?? null,
    ),
    input.action ?? null,
  );
  return {
    enhanced,
    basic,
    providerEntry,
    provider,
    summaryKey: chosen.meaningKey,
    whatToDoKey: chosen.actionKey,
    retry: chosen.retry,
    retryKey: `code.retry.${chosen.retry}`,
    actor: chosen.actor,
    actorKey: `code.actor.${chosen.actor}`,
    reason: chosen.reason ?? enhanced?.reason ?? basic?.reason ?? null,
    classMismatch: classesDisagree(enhanced, basic),
  };
}

function chooseProviderEntry(
  enhanced: EnhancedStatusLookup | null,
  provider: ProviderId | null,
  diagnostic: string | null,
): ProviderCodeInfo | null {
  if (enhanced?.providerEntry) {
    return enhanced.providerEntry;
  }
  if (provider === null || diagnostic === null) {
    return null;
  }
  return findProviderText(provider, diagnostic);
}

function chooseExplanation(
  enhanced: EnhancedStatusLookup | null,
  basic: ReplyCodeLookup | null,
  providerEntry: ProviderCodeInfo | null,
): Candidate {
  if (providerEntry !== null) {
    return { ...pickExplanation(providerEntry), catchAll: false };
  }

  // X.0.0 only reports that something failed, so a reply code with a
  // catalog entry (552, for example) is more specific.
  const enhancedIsSpecific =
    enhanced !== null &&
    enhanced.source === "iana" &&
    enhanced.detail?.code !== "X.0.0";
  if (enhanced !== null && enhancedIsSpecific) {
    return {
      ...pickExplanation(enhanced),
      catchAll: CATCH_ALL_STATUS.has(enhanced.detail?.code ?? ""),
    };
  }
  if (basic?.entry) {
    return {
      ...pickExplanation(basic),
      catchAll: CATCH_ALL_REPLY.has(basic.code),
    };
  }
  if (enhanced !== null) {
    return { ...pickExplanation(enhanced), catchAll: true };
  }
  if (basic !== null) {
    return { ...pickExplanation(basic), catchAll: true };
  }
  return UNKNOWN;
}

function pickExplanation(source: Explanation): Explanation {
  return {
    meaningKey: source.meaningKey,
    actionKey: source.actionKey,
    retry: source.retry,
    actor: source.actor,
    reason: source.reason,
  };
}

/**
 * Replaces a catch-all code's explanation with the one for `reason`, and
 * its actor with the reason's. A reason that rules out any retry, such as
 * an unknown user, turns "after a fix" into "never".
 */
function applyReason(
  chosen: Candidate,
  reason: BounceReason | null,
): Explanation {
  // Values from outside the type system (parsed JSON, say) that name no
  // reason keep the code's explanation.
  if (
    !chosen.catchAll ||
    reason === null ||
    !Object.prototype.hasOwnProperty.call(REASON_ACTORS, reason)
  ) {
    return chosen;
  }
  if (VAGUE_REASONS.has(reason) && chosen !== UNKNOWN) {
    return chosen;
  }
  const retry =
    chosen.retry === "after-fix" && isHardBounce(reason)
      ? "never"
      : chosen.retry;
  return {
    meaningKey: `code.reason.${reason}.meaning`,
    actionKey: `code.reason.${reason}.action`,
    retry,
    actor: REASON_ACTORS[reason],
    reason,
  };
}

/**
 * Turns "later" into "resend-later" for a recipient whose Action is
 * `failed` (RFC 3464 section 2.3.3): the sending server has given up, even
 * when the code is a temporary one.
 */
function applyAction(
  chosen: Explanation,
  action: DsnAction | null,
): Explanation {
  if (action === "failed" && chosen.retry === "later") {
    return { ...chosen, retry: "resend-later" };
  }
  return chosen;
}

/**
 * Tells whether the reply code and status code report different outcomes,
 * such as `550 4.2.2`. The sending server acts on the reply code.
 */
function classesDisagree(
  enhanced: EnhancedStatusLookup | null,
  basic: ReplyCodeLookup | null,
): boolean {
  if (enhanced === null || basic === null || basic.completion === null) {
    return false;
  }
  const replyClass = Number(basic.code.charAt(0));
  const statusClass = enhanced.status.statusClass;
  if (replyClass === 3) {
    return statusClass !== 2;
  }
  return replyClass !== statusClass;
}

function textOrNull(value: string | null | undefined): string | null {
  if (typeof value !== "string") {
    return null;
  }
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

function truncate(value: string | null | undefined): string | null {
  const text = textOrNull(value);
  return text === null ? null : text.slice(0, MAX_DIAGNOSTIC_LENGTH);
}
