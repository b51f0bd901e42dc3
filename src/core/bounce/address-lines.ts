import { normalizeLineEndings } from "./field-blocks";

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
  /** The lines in lower case, made on the first search that needs them. */
  lowerCaseLines: string[] | null;
  /** Every run of address characters to its lines, made when first needed. */
  runIndex: Map<string, number[]> | null;
}

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
  const tokens = addressTokens(needle);
  if (tokens.length === 1 && tokens[0] === needle) {
    // An address the index could hold but does not is on no line.
    return { lines: indexed.lines, indices: indexed.lineIndex.get(needle) ?? [] };
  }

  // For an address with spaces or brackets, such as `"john doe"@example.com`,
  // or a bare local part, the longest piece narrows the search to a few
  // lines.
  const piece = longest(tokens.length > 0 ? tokens : runsOf(needle));
  let candidates: readonly number[];
  if (piece === null) candidates = indexed.lines.map((_line, index) => index);
  else if (tokens.length > 0) candidates = indexed.lineIndex.get(piece) ?? [];
  else candidates = runIndex(indexed).get(piece) ?? [];
  return {
    lines: indexed.lines,
    indices: candidates.filter((index) =>
      lowerCaseLine(indexed, index).includes(needle),
    ),
  };
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
    lowerCaseLines: null,
    runIndex: null,
  };
  return lastIndexed;
}

/** Returns every run of address characters in a line, trailing dots dropped. */
function runsOf(line: string): string[] {
  const runs: string[] = [];
  for (const [run] of line.matchAll(ADDRESS_RUN)) {
    const trimmed = withoutTrailingDots(run);
    if (trimmed !== "") runs.push(trimmed);
  }
  return runs;
}

function runIndex(indexed: IndexedText): Map<string, number[]> {
  if (indexed.runIndex !== null) return indexed.runIndex;

  const index = new Map<string, number[]>();
  indexed.lines.forEach((line, lineNumber) => {
    for (const run of runsOf(line.toLowerCase())) {
      const lineNumbers = index.get(run);
      if (lineNumbers === undefined) index.set(run, [lineNumber]);
      else if (lineNumbers[lineNumbers.length - 1] !== lineNumber) {
        lineNumbers.push(lineNumber);
      }
    }
  });
  indexed.runIndex = index;
  return index;
}

function longest(pieces: readonly string[]): string | null {
  let found: string | null = null;
  for (const piece of pieces) {
    if (found === null || piece.length > found.length) found = piece;
  }
  return found;
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

/** Returns line `index` in lower case, lowering all lines on first use. */
function lowerCaseLine(indexed: IndexedText, index: number): string {
  indexed.lowerCaseLines ??= indexed.lines.map((line) => line.toLowerCase());
  return indexed.lowerCaseLines[index] ?? "";
}
