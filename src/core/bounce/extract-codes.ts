/**
 * Finds SMTP reply codes (RFC 5321 section 4.2) and enhanced status codes
 * (RFC 3463) in free bounce text. The scan walks the text once and looks at
 * most a few characters around each digit, so it runs in linear time.
 */

import {
  forEachCandidate,
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
  let lastReply: ReplyCandidate | null = null;
  let firstStatus: CodeMatch | null = null;
  let paired: ExtractedCodes | null = null;
  const firstReplies = new FirstReplies();

  forEachCandidate(text, {
    reply: (reply) => {
      lastReply = reply;
      firstReplies.add(reply);
      return false;
    },
    status: (status) => {
      firstStatus ??= status;
      // A status can be adjacent only to the reply just before it, because
      // a code in between is not a separator.
      const reply: ReplyCandidate | null = lastReply;
      if (
        reply !== null &&
        classOf(status) === classOf(reply) &&
        isAdjacent(text, reply.end, status.start)
      ) {
        paired = codesOf(reply, status);
        return true;
      }
      return false;
    },
  });
  if (paired !== null) return paired;

  const status: CodeMatch | null = firstStatus;
  return codesOf(
    firstReplies.pick(status === null ? null : classOf(status)),
    status,
  );
}

/**
 * First reply code and first anchored reply code, overall and per class.
 * The choice without an adjacent pair needs nothing else.
 */
class FirstReplies {
  private readonly first = new Map<string, ReplyCandidate>();
  private readonly firstAnchored = new Map<string, ReplyCandidate>();

  add(reply: ReplyCandidate): void {
    for (const key of ["", classOf(reply)]) {
      if (!this.first.has(key)) this.first.set(key, reply);
      if (reply.anchored && !this.firstAnchored.has(key)) {
        this.firstAnchored.set(key, reply);
      }
    }
  }

  /** Returns the first anchored reply of the class, else its first reply. */
  pick(replyClass: string | null): ReplyCandidate | null {
    const key = replyClass ?? "";
    return this.firstAnchored.get(key) ?? this.first.get(key) ?? null;
  }
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
