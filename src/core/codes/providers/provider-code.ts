import type { Actor, BounceReason } from "../../bounce/types";
import { createCodeInfo } from "../code-info";
import type { ProviderCodeInfo, ProviderId, RetryAdvice } from "../types";

const STATUS_OR_RANGE = /^[245]\.\d{1,3}\.\d{1,3}(?:-\d{1,3})?$/;

/** Builds provider entries whose keys start with `code.provider.<provider>`. */
export type ProviderCodeBuilder = (
  id: string,
  basic: string,
  retry: RetryAdvice,
  actor: Actor,
  reason: BounceReason | null,
  title: string,
  fragments?: readonly string[],
) => ProviderCodeInfo;

/**
 * Returns a builder of entries for `provider`. An entry's `id` is the status
 * code or range (`5.7.606-649`). When the provider uses one code for several
 * things, a `:variant` suffix tells the entries apart. An id that is not a
 * status code names an entry the provider sends without one. `basic` lists
 * reply codes separated by `/`.
 */
export function providerCodeBuilder(
  provider: ProviderId,
): ProviderCodeBuilder {
  return (id, basic, retry, actor, reason, title, fragments = []) => {
    const statusPart = id.split(":")[0] ?? "";
    const info = createCodeInfo(
      `code.provider.${provider}`,
      id,
      title,
      retry,
      actor,
      reason,
    );
    return {
      ...info,
      provider,
      status: STATUS_OR_RANGE.test(statusPart) ? statusPart : null,
      basic: basic === "" ? [] : basic.split("/"),
      fragments,
    };
  };
}
