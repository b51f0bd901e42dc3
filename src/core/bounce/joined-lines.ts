/** Lines joined by LF in lower case, with the offset where each line starts. */
export interface JoinedLines {
  text: string;
  starts: number[];
}

/**
 * Joins lines by LF in lower case, so that one search of the text covers
 * every line. Lowering never adds or removes a line feed, so line starts
 * are found in the lowered text itself, even where lowering changes a
 * length.
 */
export function joinLowerCase(lines: readonly string[]): JoinedLines {
  const text = lines.join("\n").toLowerCase();
  const starts = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) {
    starts.push(at + 1);
  }
  return { text, starts };
}

/** Returns the index of the line that contains offset `at` (binary search). */
export function lineAt(joined: JoinedLines, at: number): number {
  const { starts } = joined;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}
