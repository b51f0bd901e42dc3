import type { Analysis, AnalyzeOptions } from "./analysis-types";
import { findAttachedReport } from "./attached-report";
import { analyzeAuthentication } from "./auth";
import { analyzeBounce } from "./bounce";
import type { HeaderField, ParsedMessage } from "./mime/types";
import { parseHeaderBlock, parseMessage, type RawMessage } from "./mime";

export type { Analysis, AnalyzeOptions } from "./analysis-types";

/**
 * Analyses a whole message (raw MIME): its authentication results and, when
 * it is a delivery report, auto-reply or feedback report, its recipients.
 * Throws `MimeParseError` when the bytes cannot be read as a message.
 */
export async function analyzeMessage(
  raw: RawMessage,
  options: AnalyzeOptions = {},
): Promise<Analysis> {
  const message = await parseMessage(raw);
  const analysis = analyzeParsed(message, options);
  if (analysis.bounce) return analysis;

  const attached = await findAttachedReport(message);
  return attached ? { ...analysis, bounce: attached, bounceLocation: "attached" } : analysis;
}

/**
 * Analyses an already parsed message on its own, without looking into
 * attached messages.
 */
export function analyzeParsed(
  message: ParsedMessage,
  options: AnalyzeOptions = {},
): Analysis {
  const bounce = analyzeBounce(message);
  return {
    message: {
      subject: message.subject,
      from: message.from,
      date: message.date,
      messageId: message.messageId,
    },
    authentication: analyzeAuthentication(message.headers, options),
    bounce,
    ...(bounce ? { bounceLocation: "message" as const } : {}),
    headersOnly: false,
  };
}

/**
 * Analyses only a header block, as Outlook's `getAllInternetHeadersAsync`
 * returns it. Bounce details need the body, so `bounce` is always null here.
 * Throws `MimeParseError` when the block cannot be parsed.
 */
export async function analyzeHeaders(
  headerBlock: string,
  options: AnalyzeOptions = {},
): Promise<Analysis> {
  const headers: HeaderField[] = await parseHeaderBlock(headerBlock);
  const first = (key: string): string | null =>
    headers.find((field) => field.key === key)?.value ?? null;

  return {
    message: {
      subject: first("subject"),
      from: first("from"),
      date: first("date"),
      messageId: first("message-id"),
    },
    authentication: analyzeAuthentication(headers, options),
    bounce: null,
    headersOnly: true,
  };
}
