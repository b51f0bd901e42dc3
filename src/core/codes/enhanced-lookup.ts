import type { Actor, BounceReason } from "../bounce/types";
import { ENHANCED_STATUS_CODES } from "./enhanced-catalog";
import { findStatusClass, findStatusSubject } from "./enhanced-structure";
import { parseEnhancedStatus } from "./parse-status";
import { parseProviderId } from "./providers/detect";
import {
  findProviderStatus,
  type ProviderMatchContext,
} from "./providers/match";
import type {
  CodeInfo,
  EnhancedStatusLookup,
  ParsedStatus,
  RetryAdvice,
  StatusClass,
  StatusClassInfo,
  StatusSubjectInfo,
} from "./types";

const IANA_BY_CODE: ReadonlyMap<string, CodeInfo> = new Map(
  ENHANCED_STATUS_CODES.map((entry) => [entry.code, entry]),
);

/** Returns the IANA entry for a status code, such as `X.1.1` for `5.1.1`. */
export function findRegisteredStatus(status: ParsedStatus): CodeInfo | null {
  return IANA_BY_CODE.get(`X.${status.subject}.${status.detail}`) ?? null;
}

/**
 * Reads an enhanced status code as class, subject and detail. With a known
 * `provider` (an id such as `gmail`, or a name `parseProviderId` accepts), the
 * provider's own meaning wins where it has one; otherwise the IANA registry's
 * applies. A detail IANA does not register falls back to its subject
 * (`5.1.99` reads as an address problem), and an unregistered subject to the
 * class. Returns null when `code` is not an enhanced status code.
 */
export function lookupEnhancedStatus(
  code: string,
  provider?: string | null,
  context: ProviderMatchContext = {},
): EnhancedStatusLookup | null {
  const status = parseEnhancedStatus(code);
  if (status === null) {
    return null;
  }
  const statusClass = findStatusClass(status.statusClass);
  if (statusClass === null) {
    return null;
  }

  const subject = findStatusSubject(status.subject);
  const registered = findRegisteredStatus(status);
  const providerId = parseProviderId(provider);
  const providerEntry =
    providerId === null
      ? null
      : findProviderStatus(providerId, status, context);

  if (providerEntry !== null) {
    return {
      status,
      statusClass,
      subject,
      detail: providerEntry,
      registered,
      providerEntry,
      provider: providerId,
      source: "provider",
      meaningKey: providerEntry.meaningKey,
      actionKey: providerEntry.actionKey,
      retry: providerEntry.retry,
      actor: providerEntry.actor,
      reason: providerEntry.reason,
    };
  }
  if (registered !== null) {
    return {
      status,
      statusClass,
      subject,
      detail: registered,
      registered,
      providerEntry: null,
      provider: null,
      source: "iana",
      meaningKey: registered.meaningKey,
      actionKey: registered.actionKey,
      ...adviceForClass(status.statusClass, registered),
    };
  }
  return fallbackLookup(status, statusClass, subject);
}

/** Builds the lookup for a detail that no catalog registers. */
function fallbackLookup(
  status: ParsedStatus,
  statusClass: StatusClassInfo,
  subject: StatusSubjectInfo | null,
): EnhancedStatusLookup {
  const base = {
    status,
    statusClass,
    subject,
    detail: null,
    registered: null,
    providerEntry: null,
    provider: null,
  };

  // A subject's "other" entry (X.s.0) carries what the subject usually needs.
  const subjectDefault =
    subject === null ? undefined : IANA_BY_CODE.get(`X.${subject.value}.0`);
  if (subject !== null && subjectDefault !== undefined) {
    return {
      ...base,
      source: "subject",
      meaningKey: subject.meaningKey,
      actionKey: subject.actionKey,
      ...adviceForClass(status.statusClass, subjectDefault),
    };
  }
  return {
    ...base,
    source: "class",
    meaningKey: statusClass.meaningKey,
    actionKey: statusClass.actionKey,
    ...adviceForClass(status.statusClass, null),
  };
}

interface Advice {
  retry: RetryAdvice;
  actor: Actor;
  reason: BounceReason | null;
}

/**
 * Adjusts an IANA entry's advice, written for a permanent failure, to the
 * class digit: success needs nothing, and the sending server retries a
 * transient failure by itself.
 */
function adviceForClass(
  statusClass: StatusClass,
  entry: CodeInfo | null,
): Advice {
  if (statusClass === 2) {
    return { retry: "not-needed", actor: "nobody", reason: "delivered" };
  }
  if (entry === null) {
    return statusClass === 4
      ? { retry: "later", actor: "nobody", reason: null }
      : { retry: "after-fix", actor: "sender-admin", reason: "undefined" };
  }

  // A success-only detail (X.1.5, X.6.4) under a failure class is
  // contradictory, so the advice falls back to the class alone.
  if (entry.retry === "not-needed") {
    return adviceForClass(statusClass, null);
  }
  return {
    retry: statusClass === 4 ? "later" : entry.retry,
    actor: entry.actor,
    reason: entry.reason,
  };
}
