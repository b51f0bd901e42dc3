import { normalizeLineEndings } from "./field-blocks";
import { joinLowerCase, lineAt, type JoinedLines } from "./joined-lines";

/**
 * Runs of characters that may form an address. A run with an `@` between
 * its first and last character is an address-like token. Matching whole
 * runs keeps the scan linear, because a pattern with `@` in the middle
 * retries every start of a long run that has no `@`.
 */
const ADDRESS_RUN = /[^\s<>"'(),;:[\]]+/g;

/** A report's lines, indexed by the addresses they name. */
interface IndexedText {
  text: string;
  lines: string[];
  /** Lower-case address to the indices of the lines that contain it. */
  lineIndex: Map<string, number[]>;
  /** The lines joined by LF in lower case, made when first needed. */
  joined: JoinedLines | null;
  /** Searches of the joined text made so far, up to MAX_TEXT_SEARCHES. */
  textSearches: number;
}

/**
 * Addresses per report searched for as text when the index has no entry.
 * Each search reads the whole text, so the bound keeps a hostile report
 * linear. NOTE: a genuine report with more than 256 recipients that are
 * not whole tokens (quoted local parts) loses the text lines of the rest.
 */
const MAX_TEXT_SEARCHES = 256;


let lastIndexed: IndexedText | null = null;

/**
 * Returns a report's lines and the indices of those that name `address`
 * (any case), in order. Every recipient of one report is looked up in the
 * same text, so the lines of the last text are split and indexed once. A
 * report with hundreds of recipients then costs one pass, not one per
 * recipient.
 */
export function linesNaming(
  text: string,
  address: string,
): { lines: readonly string[]; indices: readonly number[] } {
  const indexed = indexedLines(text);
  const needle = address.toLowerCase();
  const named = indexed.lineIndex.get(needle);
  if (named !== undefined) return { lines: indexed.lines, indices: named };

  // An address that is no whole token anywhere, such as `"john doe"@...`,
  // a bare local part, or one glued to other text (`user=john@...`), is
  // searched for as text, as many times as it occurs.
  if (indexed.textSearches >= MAX_TEXT_SEARCHES) {
    return { lines: indexed.lines, indices: [] };
  }
  indexed.textSearches += 1;
  return { lines: indexed.lines, indices: linesContaining(indexed, needle) };
}

function indexedLines(text: string): IndexedText {
  if (lastIndexed?.text === text) return lastIndexed;

  const lines = normalizeLineEndings(text).split("\n");
  const lineIndex = new Map<string, number[]>();
  lines.forEach((line, index) => {
    if (!line.includes("@")) return;
    for (const address of addressTokens(line.toLowerCase())) {
      const indices = lineIndex.get(address);
      if (indices === undefined) lineIndex.set(address, [index]);
      else if (indices[indices.length - 1] !== index) indices.push(index);
    }
  });

  lastIndexed = {
    text,
    lines,
    lineIndex,
    joined: null,
    textSearches: 0,
  };
  return lastIndexed;
}

/** Returns the address-like tokens of a line, in order. */
function addressTokens(line: string): string[] {
  const tokens: string[] = [];
  for (const [run] of line.matchAll(ADDRESS_RUN)) {
    const at = run.indexOf("@", 1);
    if (at > 0 && at < run.length - 1) tokens.push(withoutTrailingDots(run));
  }
  return tokens;
}

/**
 * Drops the dots that end a sentence after an address. A loop, because
 * `/\.+$/` retries every dot of a long run that does not end the text.
 */
function withoutTrailingDots(token: string): string {
  let end = token.length;
  while (end > 0 && token.charCodeAt(end - 1) === 46) end -= 1;
  return token.slice(0, end);
}

/**
 * Finds the lines that contain `needle` anywhere. Each occurrence is found
 * by one search of the joined text, so the cost is one pass over the text
 * per address, without a string per line.
 */
function linesContaining(indexed: IndexedText, needle: string): number[] {
  const joined = joinedLines(indexed);
  const found: number[] = [];
  let at = joined.text.indexOf(needle);
  while (at >= 0) {
    const line = lineAt(joined, at);
    found.push(line);
    const next = joined.starts[line + 1];
    if (next === undefined) break;
    at = joined.text.indexOf(needle, Math.max(next, at + 1));
  }
  return found;
}

function joinedLines(indexed: IndexedText): JoinedLines {
  indexed.joined ??= joinLowerCase(indexed.lines);
  return indexed.joined;
}
