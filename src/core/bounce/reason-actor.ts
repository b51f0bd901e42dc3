import type { Actor, BounceReason } from "./types";

/** Who has to act for each bounce reason, sorted by reason. */
export const REASON_ACTORS: Readonly<Record<BounceReason, Actor>> = {
  authfailure: "sender-admin",
  badreputation: "sender-admin",
  blocked: "sender-admin",
  contenterror: "sender",
  delivered: "nobody",
  emailtoolarge: "sender",
  exceedlimit: "sender",
  expired: "recipient-admin",
  failedstarttls: "sender-admin",
  feedback: "sender",
  filtered: "recipient",
  hasmoved: "sender",
  hostunknown: "sender",
  mailboxfull: "recipient",
  mailererror: "recipient-admin",
  networkerror: "recipient-admin",
  norelaying: "sender-admin",
  notaccept: "sender",
  notcompliantrfc: "sender-admin",
  onhold: "sender",
  policyviolation: "recipient-admin",
  ratelimited: "sender-admin",
  rejected: "sender-admin",
  requireptr: "sender-admin",
  securityerror: "sender-admin",
  spamdetected: "sender",
  suppressed: "sender",
  suspend: "recipient",
  syntaxerror: "sender-admin",
  systemerror: "recipient-admin",
  systemfull: "recipient-admin",
  undefined: "sender",
  userunknown: "sender",
  vacation: "nobody",
  virusdetected: "sender",
};

/** Returns who has to act to get a message with this bounce reason delivered. */
export function actorForReason(reason: BounceReason): Actor {
  return REASON_ACTORS[reason];
}
