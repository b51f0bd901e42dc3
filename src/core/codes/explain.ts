import type { Actor, BounceReason } from "../bounce/types";
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

const UNKNOWN: Explanation = {
  meaningKey: "code.summary.unknown",
  actionKey: "code.action.unknown",
  retry: "after-fix",
  actor: "sender-admin",
  reason: null,
};

/**
 * Explains the codes of one recipient together: the enhanced status code
 * (read by provider where the diagnostic shows the provider or `provider`
 * names it), the reply code, and provider text without a code. The
 * summary and advice come from the most specific of them: a provider entry,
 * then an IANA detail, then the reply code's entry, then the status code's
 * subject or class, then the reply code's digits.
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

  const chosen = chooseExplanation(enhanced, basic, providerEntry);
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
): Explanation {
  if (providerEntry !== null) {
    return providerEntry;
  }

  // X.0.0 only reports that something failed, so a reply code with a
  // catalog entry (552, for example) is more specific.
  const enhancedIsSpecific =
    enhanced !== null &&
    enhanced.source === "iana" &&
    enhanced.detail?.code !== "X.0.0";
  if (enhanced !== null && enhancedIsSpecific) {
    return enhanced;
  }
  if (basic?.entry) {
    return basic;
  }
  if (enhanced !== null) {
    return enhanced;
  }
  if (basic !== null) {
    return basic;
  }
  return UNKNOWN;
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
