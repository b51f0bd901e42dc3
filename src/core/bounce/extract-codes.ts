/**
 * Finds SMTP reply codes (RFC 5321 section 4.2) and enhanced status codes
 * (RFC 3463) in free bounce text. The scan walks the text once and looks at
 * most a few characters around each digit, so it runs in linear time.
 */

import {
  findCandidates,
  isAdjacent,
  type CodeMatch,
  type ReplyCandidate,
} from "./code-candidates";

export type { CodeMatch } from "./code-candidates";

/** The codes that describe one failure, picked from all candidates. */
export interface ExtractedCodes {
  /** SMTP reply code such as `550`, or null. */
  replyCode: string | null;
  /** Enhanced status code such as `5.1.1`, or null. */
  enhancedStatus: string | null;
  replyCodeMatch: CodeMatch | null;
  enhancedStatusMatch: CodeMatch | null;
}

function classOf(match: CodeMatch): string {
  return match.value.charAt(0);
}

/**
 * Extracts the reply code and enhanced status code that describe the
 * failure in `text`, with their positions.
 *
 * A reply code followed directly by an enhanced status code of the same
 * class (`550 5.1.1`, `550-5.1.1`, `554.5.3.4`) wins. Otherwise the first
 * enhanced status code is taken with the first reply code of its class,
 * preferring reply codes that start a line or follow `:`. A reply code of
 * another class is dropped, because RFC 3463 section 2 ties the status
 * class to the reply code's first digit.
 */
export function extractCodes(text: string): ExtractedCodes {
  const { replies, statuses } = findCandidates(text);

  let statusIndex = 0;
  for (const reply of replies) {
    while (
      statusIndex < statuses.length &&
      (statuses[statusIndex]?.start ?? 0) < reply.end
    ) {
      statusIndex += 1;
    }
    const status = statuses[statusIndex];
    if (
      status !== undefined &&
      classOf(status) === classOf(reply) &&
      isAdjacent(text, reply.end, status.start)
    ) {
      return codesOf(reply, status);
    }
  }

  const status = statuses[0] ?? null;
  const fits = (candidate: ReplyCandidate): boolean =>
    status === null || classOf(candidate) === classOf(status);
  const reply =
    replies.find((candidate) => candidate.anchored && fits(candidate)) ??
    replies.find(fits) ??
    null;
  return codesOf(reply, status);
}

function codesOf(
  reply: CodeMatch | null,
  status: CodeMatch | null,
): ExtractedCodes {
  return {
    replyCode: reply === null ? null : reply.value,
    enhancedStatus: status === null ? null : status.value,
    replyCodeMatch:
      reply === null
        ? null
        : { value: reply.value, start: reply.start, end: reply.end },
    enhancedStatusMatch: status,
  };
}

/** Returns the SMTP reply code of the failure in `text`, or null. */
export function extractReplyCode(text: string): string | null {
  return extractCodes(text).replyCode;
}

/** Returns the enhanced status code of the failure in `text`, or null. */
export function extractEnhancedStatus(text: string): string | null {
  return extractCodes(text).enhancedStatus;
}
