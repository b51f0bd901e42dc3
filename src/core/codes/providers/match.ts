import type { ParsedStatus, ProviderCodeInfo, ProviderId } from "../types";
import { matchesProviderSignature, providerCodeLists } from "./index";
import { normalizeDiagnostic } from "./normalize";

/** The reply code and text that came with a status code. */
export interface ProviderMatchContext {
  replyCode?: string | null;
  diagnostic?: string | null;
}

/**
 * Finds the provider's own entry for a status code. Exact codes win over
 * ranges (`5.7.606-649`). Among entries sharing a code, the one whose text
 * fragment occurs in the diagnostic wins, then one paired with the reply
 * code, then the first without fragments. An entry that needs a fragment is
 * used without one only when no diagnostic was given. Returns null when the
 * provider has no entry, or when the diagnostic lacks the signature the
 * provider puts in every reply, so the IANA meaning applies.
 */
export function findProviderStatus(
  provider: ProviderId,
  status: ParsedStatus,
  context: ProviderMatchContext = {},
): ProviderCodeInfo | null {
  const diagnostic = context.diagnostic ?? "";
  if (
    diagnostic !== "" &&
    !matchesProviderSignature(provider, normalizeDiagnostic(diagnostic))
  ) {
    return null;
  }

  for (const list of providerCodeLists(provider)) {
    const exact = list.filter((entry) => entry.status === status.code);
    const candidates =
      exact.length > 0
        ? exact
        : list.filter((entry) => statusInRange(entry.status, status));
    const chosen = chooseCandidate(candidates, context);
    if (chosen !== null) {
      return chosen;
    }
  }
  return null;
}

/**
 * Finds a provider entry that has no status code by its text fragments, for
 * providers that explain a failure only in words (Yahoo's `[PH01]` tags, for
 * instance). Returns null when no fragment occurs in `diagnostic`.
 */
export function findProviderText(
  provider: ProviderId,
  diagnostic: string,
): ProviderCodeInfo | null {
  const haystack = normalizeDiagnostic(diagnostic);
  for (const list of providerCodeLists(provider)) {
    const found = list.find(
      (entry) =>
        entry.status === null && containsAnyFragment(haystack, entry.fragments),
    );
    if (found !== undefined) {
      return found;
    }
  }
  return null;
}

function chooseCandidate(
  candidates: readonly ProviderCodeInfo[],
  context: ProviderMatchContext,
): ProviderCodeInfo | null {
  if (candidates.length === 0) {
    return null;
  }

  const diagnostic = context.diagnostic ?? "";
  if (diagnostic !== "") {
    const haystack = normalizeDiagnostic(diagnostic);
    const byText = candidates.find((entry) =>
      containsAnyFragment(haystack, entry.fragments),
    );
    if (byText !== undefined) {
      return byText;
    }
  }

  const unconditional = candidates.filter(
    (entry) => entry.fragments.length === 0,
  );
  const replyCode = context.replyCode ?? "";
  const byReplyCode = unconditional.find((entry) =>
    entry.basic.includes(replyCode),
  );
  if (byReplyCode !== undefined) {
    return byReplyCode;
  }
  if (unconditional[0] !== undefined) {
    return unconditional[0];
  }
  return diagnostic === "" ? (candidates[0] ?? null) : null;
}

function containsAnyFragment(
  haystack: string,
  fragments: readonly string[],
): boolean {
  return fragments.some((fragment) =>
    haystack.includes(fragment.toLowerCase()),
  );
}

/** Tells whether `range` (such as `5.7.606-649`) covers `status`. */
function statusInRange(range: string | null, status: ParsedStatus): boolean {
  const match = /^([245])\.(\d+)\.(\d+)-(\d+)$/.exec(range ?? "");
  if (match === null) {
    return false;
  }

  const first = Number(match[3]);
  const last = Number(match[4]);
  return (
    Number(match[1]) === status.statusClass &&
    Number(match[2]) === status.subject &&
    status.detail >= first &&
    status.detail <= last
  );
}
