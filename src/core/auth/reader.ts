import { CharCursor } from "./chars";
import { isAddressPvalue } from "./pvalue";
import type { ParseFailure } from "./scanner";

const OPEN_PARENTHESIS = 0x28;

/**
 * Reads the tokens of one Authentication-Results value without throwing, in
 * the strict RFC 8601 mode or the lenient one. The first failure is kept in
 * `failure` and moves the position to the end, so every later read finds
 * nothing and the caller's loops stop.
 */
export class Reader extends CharCursor {
  failure: ParseFailure | null = null;
  /**
   * Set in the strict mode once a value was read that the lenient mode
   * would return differently: a quoted local part with quoted pairs or line
   * breaks, which the lenient mode unquotes.
   */
  lenientReadsDifferently = false;

  constructor(
    text: string,
    position: number,
    /** True to accept what providers write beyond the RFC 8601 grammar. */
    readonly lenient: boolean,
  ) {
    super(text, position);
  }

  /** True when the character at `index` is `char` (one UTF-16 code unit). */
  hasCharAt(index: number, char: string): boolean {
    return this.text.charCodeAt(index) === char.charCodeAt(0);
  }

  /** True when the next character is `char`. */
  peekIs(char: string): boolean {
    return this.text.charCodeAt(this.position) === char.charCodeAt(0);
  }

  /** Consumes `char` when it is next and returns whether it did. */
  accept(char: string): boolean {
    if (this.text.charCodeAt(this.position) !== char.charCodeAt(0)) {
      return false;
    }
    this.position += 1;
    return true;
  }

  expect(char: string, errorKey: string): void {
    if (!this.accept(char)) {
      this.fail(errorKey);
    }
  }

  /** Records a failure unless an earlier one exists, and stops reading. */
  fail(errorKey: string, position = this.position): void {
    this.failure ??= { ok: false, error: errorKey, position };
    this.position = this.text.length;
  }

  /**
   * Skips folding white space and comments (RFC 5322 CFWS). The text of each
   * comment is appended to `comments`. Returns true when anything was skipped.
   */
  skipCfws(comments?: string[]): boolean {
    const start = this.position;
    // Space, tab, CR, LF and "(" all sort at or below "(", and NaN at the
    // end compares false, so most calls return here.
    if (!(this.text.charCodeAt(start) <= OPEN_PARENTHESIS)) {
      return false;
    }
    let index = this.foldingSpaceEnd(start);
    while (this.text.charCodeAt(index) === OPEN_PARENTHESIS) {
      const end = this.commentEnd(index);
      if (end < 0) {
        this.fail("auth.parse.error.unterminated-comment", index);
        return true;
      }
      comments?.push(this.delimitedContent(index, end));
      index = this.foldingSpaceEnd(end);
    }
    this.position = index;
    return index > start;
  }

  /** Reads an RFC 5322 quoted-string and returns its content. */
  readQuotedString(): string {
    const start = this.position;
    const end = this.quotedStringEnd(start);
    if (end < 0) {
      this.fail("auth.parse.error.unterminated-quoted-string", start);
      return "";
    }
    this.position = end;
    return this.delimitedContent(start, end);
  }

  /** Reads a run of ASCII digits, possibly empty. */
  readDigits(): string {
    return this.readTo(this.digitsEnd(this.position));
  }

  /** Reads a run of characters up to white space, `;`, `(` or the end. */
  readLooseRun(): string {
    return this.readTo(this.looseRunEnd(this.position));
  }

  /**
   * Reads a Keyword (RFC 5321 Ldh-str), or fails with `errorKey` and returns
   * "" when there is none. The lenient mode also accepts `_`, which some
   * filters use in their own method names.
   */
  readKeyword(errorKey: string): string {
    const end = this.keywordEnd(this.position, this.lenient);
    if (end === this.position) {
      this.fail(errorKey);
      return "";
    }
    return this.readTo(end);
  }

  /** Reads a `value` (RFC 2045 token or quoted-string). */
  readValue(): string {
    if (this.peekIs('"')) {
      return this.readQuotedString();
    }
    const end = this.tokenEnd(this.position);
    if (end === this.position) {
      this.fail("auth.parse.error.expected-value");
      return "";
    }
    return this.readTo(end);
  }

  /**
   * Reads a `pvalue`: a value, or `[local-part] "@" domain-name` (RFC 8601
   * section 2.2), so `sender@example.net` and `@example.net` need no quotes.
   * A quoted local part is kept as written, quotes and quoted pairs included.
   */
  readPvalue(): string {
    const start = this.position;
    let localPart = "";
    if (this.peekIs('"')) {
      const quoted = this.readQuotedString();
      if (!this.peekIs("@")) {
        return quoted;
      }
      localPart = this.text.slice(start, this.position);
      if (localPart !== `"${quoted}"`) {
        this.lenientReadsDifferently = true;
      }
    }

    const value = localPart + this.readTo(this.addressRunEnd(this.position));
    const isToken = value !== "" && this.tokenEnd(start) === this.position;
    const quotedLocalPart = localPart !== "";
    if (!quotedLocalPart && isToken) {
      return value;
    }
    if (isAddressPvalue(value, quotedLocalPart)) {
      return value;
    }
    this.fail("auth.parse.error.invalid-value", start);
    return "";
  }

  /**
   * Reads a value in the lenient mode: a quoted-string, or any run of
   * characters up to white space, `;`, `(` or the end. May return "".
   */
  readLooseValue(): string {
    if (!this.peekIs('"')) {
      return this.readLooseRun();
    }
    const quoted = this.readQuotedString();
    if (!this.peekIs("@")) {
      return quoted;
    }
    return `"${quoted}"${this.readLooseRun()}`;
  }

  /** Moves the position to `end` and returns the text passed over. */
  private readTo(end: number): string {
    const start = this.position;
    this.position = end;
    return this.text.slice(start, end);
  }
}
