import { analyzeBounce } from "./bounce";
import type { BounceReport } from "./bounce/types";
import { parseMessage } from "./mime";
import type { MimePart, ParsedMessage } from "./mime/types";

/** Attached messages looked at, so a message with hundreds costs little. */
const MAX_ATTACHED_MESSAGES = 5;

/**
 * Looks for a delivery report, auto-reply or feedback report among the
 * messages attached to `message`, as when a user forwards a bounce as an
 * attachment. Returns the first one found, or null. Attached messages that
 * cannot be parsed are skipped.
 */
export async function findAttachedReport(message: ParsedMessage): Promise<BounceReport | null> {
  const attached = message.parts.filter(isAttachedMessage).slice(0, MAX_ATTACHED_MESSAGES);

  for (const part of attached) {
    let inner: ParsedMessage;
    try {
      inner = await parseMessage(part.bytes());
    } catch {
      continue;
    }

    const report = analyzeBounce(inner);
    if (report) return report;
  }
  return null;
}

function isAttachedMessage(part: MimePart): boolean {
  return (
    part.contentType === "message/rfc822" ||
    part.contentType === "message/global" ||
    (part.filename?.toLowerCase().endsWith(".eml") ?? false)
  );
}
