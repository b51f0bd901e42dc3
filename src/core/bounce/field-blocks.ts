/** One `Name: value` field of a report block, name in lower case. */
export interface ReportField {
  key: string;
  value: string;
}

/** A group of fields separated from the next group by a blank line. */
export type FieldBlock = ReportField[];

const FIELD_LINE = /^([A-Za-z][A-Za-z0-9-]*)[ \t]*:[ \t]*(.*)$/;

/** Converts CRLF and lone CR line endings to LF. */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/**
 * Splits the body of a `message/delivery-status` or `message/feedback-report`
 * part into blocks of header-style fields (RFC 3464 section 2.1). Blank lines
 * separate blocks; lines that begin with white space continue the previous
 * field and are unfolded. Lines that are not fields are skipped.
 */
export function parseFieldBlocks(text: string): FieldBlock[] {
  const blocks: FieldBlock[] = [];
  let current: FieldBlock = [];

  for (const line of normalizeLineEndings(text).split("\n")) {
    if (line.trim() === "") {
      if (current.length > 0) blocks.push(current);
      current = [];
      continue;
    }

    const last = current[current.length - 1];
    if (/^[ \t]/.test(line)) {
      if (last) last.value = `${last.value} ${line.trim()}`.trim();
      continue;
    }

    const match = FIELD_LINE.exec(line);
    if (match) {
      current.push({
        key: (match[1] ?? "").toLowerCase(),
        value: (match[2] ?? "").trim(),
      });
    }
  }

  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** Returns the value of the first field named `key` (lower case), or null. */
export function fieldValue(block: FieldBlock, key: string): string | null {
  const field = block.find((candidate) => candidate.key === key);
  return field && field.value !== "" ? field.value : null;
}

/** Returns the values of every field named `key` (lower case). */
export function fieldValues(block: FieldBlock, key: string): string[] {
  return block
    .filter((field) => field.key === key && field.value !== "")
    .map((field) => field.value);
}
