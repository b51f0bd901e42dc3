import type { Actor, BounceReason } from "../bounce/types";

/** Whether sending the same message again can succeed. */
export type RetryAdvice =
  /** The server will retry by itself, or a later manual retry may work. */
  | "later"
  /** Only after someone changes something (address, DNS, policy). */
  | "after-fix"
  /** Retrying can never succeed. */
  | "never"
  /** Nothing to retry: the code reports success. */
  | "not-needed";

/**
 * Facts about one code. Words for users live in the i18n catalogs under
 * `messageKey`; this record holds only what code needs to decide.
 */
export interface CodeInfo {
  /** The code as registered: `X.1.1`, `550`, or a provider code such as `5.7.509`. */
  code: string;
  /** The registry's or provider's own title, in English, as a fact. */
  title: string;
  /** Catalog key of the explanation: meaning and what to do. */
  messageKey: string;
  retry: RetryAdvice;
  actor: Actor;
  /** Reason this code usually means, if it means one clearly. */
  reason: BounceReason | null;
}
