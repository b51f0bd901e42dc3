/**
 * A character scanner for structured header values (RFC 5322 lexical
 * tokens). Each method reads forward over each character once and uses no
 * backtracking regular expression, so a parser that rescans each segment a
 * fixed number of times stays linear in the input length.
 */

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

const TSPECIALS = '()<>@,;:\\"/[]?=';
const ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

function isAsciiAlphanumeric(char: string): boolean {
  return /^[A-Za-z0-9]$/.test(char);
}

/** True for RFC 2045 token characters; UTF-8 characters count (RFC 6532). */
export function isTokenChar(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code >= 0x80) {
    return true;
  }
  return code > 0x20 && code < 0x7f && !TSPECIALS.includes(char);
}

/** True for RFC 5322 atext characters; UTF-8 characters count (RFC 6532). */
export function isAtextChar(char: string): boolean {
  if (char.charCodeAt(0) >= 0x80) {
    return true;
  }
  return isAsciiAlphanumeric(char) || ATEXT_SPECIALS.includes(char);
}

/** True for characters of an RFC 5321 Ldh-str (letters, digits, hyphen). */
export function isKeywordChar(char: string): boolean {
  return isAsciiAlphanumeric(char) || char === "-";
}

function isWhitespace(char: string): boolean {
  return char === " " || char === "\t" || char === "\r" || char === "\n";
}

/** Scans one header value from left to right. */
export class Scanner {
  position = 0;

  constructor(readonly text: string) {}

  atEnd(): boolean {
    return this.position >= this.text.length;
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
    while (!this.atEnd()) {
      const char = this.peek();
      if (isWhitespace(char)) {
        this.position += 1;
      } else if (char === "(") {
        const text = this.readComment();
        comments?.push(text);
      } else {
        break;
      }
    }
    return this.position > start;
  }

  /**
   * Reads a comment, nested comments included, and returns its text without
   * the outer parentheses, with quoted pairs resolved and line breaks removed.
   */
  readComment(): string {
    const start = this.position;
    this.position += 1;
    let depth = 1;
    let text = "";
    while (!this.atEnd()) {
      const char = this.peek();
      this.position += 1;
      if (char === "\\" && !this.atEnd()) {
        text += this.peek();
        this.position += 1;
      } else if (char === "(") {
        depth += 1;
        text += char;
      } else if (char === ")") {
        depth -= 1;
        if (depth === 0) {
          return text;
        }
        text += char;
      } else if (char !== "\r" && char !== "\n") {
        text += char;
      }
    }
    return this.fail("auth.parse.error.unterminated-comment", start);
  }

  /** Reads an RFC 5322 quoted-string and returns its content. */
  readQuotedString(): string {
    const start = this.position;
    this.position += 1;
    let text = "";
    while (!this.atEnd()) {
      const char = this.peek();
      this.position += 1;
      if (char === "\\" && !this.atEnd()) {
        text += this.peek();
        this.position += 1;
      } else if (char === '"') {
        return text;
      } else if (char !== "\r" && char !== "\n") {
        text += char;
      }
    }
    return this.fail("auth.parse.error.unterminated-quoted-string", start);
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
    return this.readWhile(
      (char) => !isWhitespace(char) && char !== ";" && char !== "(",
    );
  }
}
