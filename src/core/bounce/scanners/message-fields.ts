import type { ParsedMessage } from "../../mime/types";
import { bodyLines } from "./text-lines";

/** Returns the value of the first header field whose lower-case name is `key`. */
export function headerValue(
  message: ParsedMessage,
  key: string,
): string | null {
  const field = message.headers.find((header) => header.key === key);
  return field === undefined ? null : field.value;
}

/** Number of body lines searched for the header block of a forwarded report. */
const FORWARDED_HEADER_LINES = 60;

/** A line near the top of the body, without quote marks, and in lower case. */
interface ForwardedLine {
  unquoted: string;
  lower: string;
}

/** First body lines of each message, kept because every scanner reads them. */
const forwardedLinesOf = new WeakMap<ParsedMessage, ForwardedLine[]>();

/** Returns the first lines of the body without quote marks, kept per message. */
function forwardedLines(message: ParsedMessage): ForwardedLine[] {
  const known = forwardedLinesOf.get(message);
  if (known !== undefined) return known;

  const lines = bodyLines(message)
    .slice(0, FORWARDED_HEADER_LINES)
    .map((line) => {
      const unquoted = line.replace(/^>\s?/, "").trim();
      return { unquoted, lower: unquoted.toLowerCase() };
    });
  forwardedLinesOf.set(message, lines);
  return lines;
}

/**
 * Returns the values of `name:` lines near the top of the body, as a mail
 * client writes them when a report is forwarded inline (`From: ...`,
 * `Subject: ...`, optionally quoted with `>`).
 */
function forwardedFields(message: ParsedMessage, name: string): string[] {
  const prefix = `${name}:`;
  const values: string[] = [];
  for (const line of forwardedLines(message)) {
    if (line.lower.startsWith(prefix)) {
      values.push(line.unquoted.slice(prefix.length).trim());
    }
  }
  return values;
}

/** True when any of the values contains any of the fragments (lower case). */
function anyContains(
  values: ReadonlyArray<string | null>,
  fragments: readonly string[],
): boolean {
  return values.some((value) => {
    const lower = (value ?? "").toLowerCase();
    return fragments.some((fragment) => lower.includes(fragment));
  });
}

/**
 * True when the From field, or the From line of a report forwarded in the
 * body, contains any of the fragments (lower case).
 */
export function fromContains(
  message: ParsedMessage,
  fragments: readonly string[],
): boolean {
  const from = message.from ?? headerValue(message, "from");
  return anyContains([from, ...forwardedFields(message, "from")], fragments);
}

/**
 * True when the Subject field, or the Subject line of a report forwarded in
 * the body, contains any of the fragments (lower case).
 */
export function subjectContains(
  message: ParsedMessage,
  fragments: readonly string[],
): boolean {
  const subject = message.subject ?? headerValue(message, "subject");
  return anyContains(
    [subject, ...forwardedFields(message, "subject")],
    fragments,
  );
}

/** True when the From field names a mailer daemon or a postmaster. */
export function fromMailerDaemon(message: ParsedMessage): boolean {
  return fromContains(message, [
    "mailer-daemon",
    "postmaster",
    "mail delivery",
    "mail.delivery",
  ]);
}
