import { CharCursor } from "./chars";

export { isAtextChar, isKeywordChar, isTokenChar } from "./chars";

/** A parse failure inside a scanner; callers turn it into a result value. */
export class ScanError extends Error {
  constructor(
    /** Message key of the failure, such as `auth.parse.error.expected-equals`. */
    readonly key: string,
    /** Offset in the scanned value where scanning stopped. */
    readonly position: number,
  ) {
    super(key);
    this.name = "ScanError";
  }
}

/** A failed parse: a message key and the offset where reading stopped. */
export interface ParseFailure {
  ok: false;
  error: string;
  position: number;
}

function isFailure(result: { ok: boolean }): result is ParseFailure {
  return !result.ok;
}

/**
 * Picks the result to report after a failed strict reading: the lenient
 * result, unless it failed too without getting further than the strict one,
 * whose message is then the more precise.
 */
export function laterFailure<T extends { ok: boolean }>(
  strict: ParseFailure,
  lenient: T,
): T | ParseFailure {
  if (isFailure(lenient) && lenient.position <= strict.position) {
    return strict;
  }
  return lenient;
}

/**
 * Scans one header value from left to right and throws a `ScanError` at the
 * first failure.
 */
export class Scanner extends CharCursor {
  constructor(text: string) {
    super(text, 0);
  }

  peek(): string {
    return this.text.charAt(this.position);
  }

  /** Consumes `char` when it is next and returns whether it did. */
  accept(char: string): boolean {
    if (this.peek() !== char) {
      return false;
    }
    this.position += 1;
    return true;
  }

  expect(char: string, errorKey: string): void {
    if (!this.accept(char)) {
      throw new ScanError(errorKey, this.position);
    }
  }

  fail(errorKey: string, position = this.position): never {
    throw new ScanError(errorKey, position);
  }

  /**
   * Skips folding white space and comments (RFC 5322 CFWS). The text of each
   * comment is appended to `comments`. Returns true when anything was skipped.
   */
  skipCfws(comments?: string[]): boolean {
    const start = this.position;
    this.position = this.foldingSpaceEnd(start);
    while (this.peek() === "(") {
      const comment = this.readComment();
      comments?.push(comment);
      this.position = this.foldingSpaceEnd(this.position);
    }
    return this.position > start;
  }

  /**
   * Reads a comment, nested comments included, and returns its text without
   * the outer parentheses, with quoted pairs resolved and line breaks removed.
   */
  readComment(): string {
    const start = this.position;
    const end = this.commentEnd(start);
    if (end < 0) {
      this.fail("auth.parse.error.unterminated-comment", start);
    }
    this.position = end;
    return this.delimitedContent(start, end);
  }

  /** Reads an RFC 5322 quoted-string and returns its content. */
  readQuotedString(): string {
    const start = this.position;
    const end = this.quotedStringEnd(start);
    if (end < 0) {
      this.fail("auth.parse.error.unterminated-quoted-string", start);
    }
    this.position = end;
    return this.delimitedContent(start, end);
  }

  /** Reads characters while `test` returns true and returns them. */
  readWhile(test: (char: string) => boolean): string {
    const start = this.position;
    while (!this.atEnd() && test(this.peek())) {
      this.position += 1;
    }
    return this.text.slice(start, this.position);
  }

  /** Reads a run of characters up to white space, `;`, `(` or the end. */
  readLooseRun(): string {
    const start = this.position;
    this.position = this.looseRunEnd(start);
    return this.text.slice(start, this.position);
  }
}
