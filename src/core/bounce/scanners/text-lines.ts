import type { ParsedMessage } from "../../mime/types";
import { joinLowerCase, lineAt, type JoinedLines } from "../joined-lines";

/**
 * Maximum number of characters a scanner reads. Reports state their facts
 * near the top, so the rest (mostly the returned message) is skipped.
 */
export const MAX_SCAN_CHARS = 200_000;

const bodyLinesOf = new WeakMap<ParsedMessage, readonly string[]>();

/** Line arrays made by splitLines, which their callers never change. */
const splitResults = new WeakSet<readonly string[]>();
const trimmedLowerCaseLines = new WeakMap<readonly string[], string[]>();
const joinedLowerCase = new WeakMap<readonly string[], JoinedLines>();

/**
 * Splits text into lines, accepting CRLF, LF and lone CR line ends. Callers
 * must not change the returned array, because the lower-case forms of its
 * lines are kept for later searches.
 */
export function splitLines(text: string): readonly string[] {
  const lines = text.slice(0, MAX_SCAN_CHARS).split(/\r\n|\r|\n/);
  splitResults.add(lines);
  trimmedLowerCaseLines.set(lines, new Array<string>(lines.length));
  return lines;
}

/**
 * Returns the lines of a message's body text. Every scanner reads the same
 * body, so the lines are kept per message and split once, not once per
 * scanner.
 */
export function bodyLines(message: ParsedMessage): readonly string[] {
  const known = bodyLinesOf.get(message);
  if (known !== undefined) return known;

  const lines = splitLines(message.text);
  bodyLinesOf.set(message, lines);
  return lines;
}

/**
 * Returns the index of the first line at or after `from` that contains any
 * of the fragments (lower case), or -1. Returns undefined for lines not
 * from splitLines and for a fragment with a line break, which the joined
 * text could match across lines. Each fragment is searched for once in
 * the joined text instead of once per line.
 */
export function findLineInJoined(
  lines: readonly string[],
  fragments: readonly string[],
  from: number,
): number | undefined {
  if (!splitResults.has(lines)) return undefined;
  if (fragments.some((fragment) => fragment.includes("\n"))) return undefined;
  if (from >= lines.length) return -1;

  const joined = joinedLines(lines);
  const start = joined.starts[Math.max(0, from)] ?? 0;
  let first = -1;
  for (const fragment of fragments) {
    const at = joined.text.indexOf(fragment, start);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first < 0 ? -1 : lineAt(joined, first);
}

function joinedLines(lines: readonly string[]): JoinedLines {
  const known = joinedLowerCase.get(lines);
  if (known !== undefined) return known;

  const joined = joinLowerCase(lines);
  joinedLowerCase.set(lines, joined);
  return joined;
}

/**
 * Returns line `index` trimmed and in lower case. For lines from splitLines
 * the result is kept, so searches for different line starts trim and lower
 * each line once. Other arrays may change, so nothing is kept for them.
 */
export function trimmedLowerCaseLine(
  lines: readonly string[],
  index: number,
): string {
  const kept = trimmedLowerCaseLines.get(lines);
  const known = kept?.[index];
  if (known !== undefined) return known;

  const line = (lines[index] ?? "").trim().toLowerCase();
  if (kept !== undefined) kept[index] = line;
  return line;
}
