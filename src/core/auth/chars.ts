/**
 * Character classes and a cursor for structured header values (RFC 5322
 * lexical tokens), on UTF-16 code units. Each scan reads forward from an
 * offset, visits each character once and returns an offset, so the parsers
 * built on them stay linear in the input length.
 *
 * The character loops call only functions of this module, and the parsers
 * reach them through `CharCursor` methods. When tsx (4.x, through esbuild)
 * compiles each file to CommonJS on its own, every use of an imported
 * binding goes through getters, which cost more than a character test.
 */

const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const OPEN_PARENTHESIS = 0x28;
const CLOSE_PARENTHESIS = 0x29;
const HYPHEN = 0x2d;
const DOT = 0x2e;
const SEMICOLON = 0x3b;
const AT_SIGN = 0x40;
const BACKSLASH = 0x5c;
const UNDERSCORE = 0x5f;

const TOKEN = 1;
const ATEXT = 2;
const KEYWORD = 4;

/** Class bits of each ASCII code unit: RFC 2045 token, RFC 5322 atext, Ldh. */
const ASCII_CLASSES = buildAsciiClasses();

function buildAsciiClasses(): Uint8Array {
  const classes = new Uint8Array(0x80);
  const tspecials = '()<>@,;:\\"/[]?=';
  for (let code = 0x21; code < 0x7f; code++) {
    if (!tspecials.includes(String.fromCharCode(code))) {
      classes[code] = TOKEN;
    }
  }
  for (const char of "!#$%&'*+-/=?^_`{|}~") {
    const code = char.charCodeAt(0);
    classes[code] = (classes[code] ?? 0) | ATEXT;
  }
  const alphanumerics =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  for (const char of alphanumerics) {
    classes[char.charCodeAt(0)] = TOKEN | ATEXT | KEYWORD;
  }
  classes[HYPHEN] = TOKEN | ATEXT | KEYWORD;
  return classes;
}

/**
 * True for RFC 2045 token code units. Code units from 0x80 up count, as
 * UTF-8 text does (RFC 6532); NaN, which `charCodeAt` returns past the end
 * of a string, does not.
 */
export function isTokenCode(code: number): boolean {
  if (code < 0x80) {
    return ((ASCII_CLASSES[code] ?? 0) & TOKEN) !== 0;
  }
  return code >= 0x80;
}

/** True for RFC 5322 atext code units; code units from 0x80 up count. */
export function isAtextCode(code: number): boolean {
  if (code < 0x80) {
    return ((ASCII_CLASSES[code] ?? 0) & ATEXT) !== 0;
  }
  return code >= 0x80;
}

/** True for code units of an RFC 5321 Ldh-str (letters, digits, hyphen). */
export function isKeywordCode(code: number): boolean {
  return code < 0x80 && ((ASCII_CLASSES[code] ?? 0) & KEYWORD) !== 0;
}

export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** True for the folding white space of header values: space, tab, CR, LF. */
function isFoldingSpaceCode(code: number): boolean {
  return (
    code === SPACE ||
    code === TAB ||
    code === CARRIAGE_RETURN ||
    code === LINE_FEED
  );
}

/**
 * True for the code units that JavaScript's `\s` matches: ASCII white space,
 * vertical tab, form feed, line and paragraph separators, the byte order
 * mark and the Unicode space separators (category Zs).
 */
export function isJavaScriptSpaceCode(code: number): boolean {
  if (code < 0x80) {
    return code === SPACE || (code >= TAB && code <= CARRIAGE_RETURN);
  }
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** True for RFC 2045 token characters; UTF-8 characters count (RFC 6532). */
export function isTokenChar(char: string): boolean {
  return isTokenCode(char.charCodeAt(0));
}

/** True for RFC 5322 atext characters; UTF-8 characters count (RFC 6532). */
export function isAtextChar(char: string): boolean {
  return isAtextCode(char.charCodeAt(0));
}

/** True for characters of an RFC 5321 Ldh-str (letters, digits, hyphen). */
export function isKeywordChar(char: string): boolean {
  return isKeywordCode(char.charCodeAt(0));
}

/** True when `text` is not empty and made only of token characters. */
export function isToken(text: string): boolean {
  if (text === "") {
    return false;
  }
  for (let index = 0; index < text.length; index++) {
    if (!isTokenCode(text.charCodeAt(index))) {
      return false;
    }
  }
  return true;
}

/** True when `text` from `start` to `end` is an RFC 5322 dot-atom-text. */
export function isDotAtom(text: string, start: number, end: number): boolean {
  let atomLength = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === DOT) {
      if (atomLength === 0) {
        return false;
      }
      atomLength = 0;
    } else if (isAtextCode(code)) {
      atomLength += 1;
    } else {
      return false;
    }
  }
  return atomLength > 0;
}

/**
 * RFC 6376 section 3.5 domain-name, read from `start` to `end`: at least two
 * labels of letters, digits and inner hyphens, or labels made only of
 * non-ASCII characters (RFC 6532).
 */
export function isDomainName(
  text: string,
  start = 0,
  end = text.length,
): boolean {
  let labels = 0;
  let labelStart = start;
  for (let index = start; index <= end; index++) {
    if (index < end && text.charCodeAt(index) !== DOT) {
      continue;
    }
    if (!isDomainLabel(text, labelStart, index)) {
      return false;
    }
    labels += 1;
    labelStart = index + 1;
  }
  return labels >= 2;
}

function isDomainLabel(text: string, start: number, end: number): boolean {
  if (start >= end) {
    return false;
  }
  const asciiLabel = text.charCodeAt(start) < 0x80;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    const valid = asciiLabel ? isKeywordCode(code) : code >= 0x80;
    if (!valid) {
      return false;
    }
  }
  if (!asciiLabel) {
    return true;
  }
  return (
    text.charCodeAt(start) !== HYPHEN && text.charCodeAt(end - 1) !== HYPHEN
  );
}

/** A backslash and the character it quotes, or a bare CR or LF. */
const QUOTED_PAIR_OR_LINE_BREAK = /\\([\s\S])|[\r\n]/g;

/**
 * A position in one header value, with scans that return the offset where
 * a lexical token starting at a given offset ends. The scans leave
 * `position` alone, so they also serve as lookahead.
 */
export class CharCursor {
  position: number;

  constructor(
    readonly text: string,
    position = 0,
  ) {
    this.position = position;
  }

  atEnd(): boolean {
    return this.position >= this.text.length;
  }

  /** Returns the code unit at `index`, or NaN past the end. */
  codeAt(index: number): number {
    return this.text.charCodeAt(index);
  }

  /** Returns the offset after the spaces, tabs, CRs and LFs from `from`. */
  foldingSpaceEnd(from: number): number {
    let index = from;
    while (isFoldingSpaceCode(this.text.charCodeAt(index))) {
      index += 1;
    }
    return index;
  }

  /**
   * Returns the offset just past the comment that opens at `from`, nested
   * comments and quoted pairs included, or -1 when it is not closed.
   */
  commentEnd(from: number): number {
    const text = this.text;
    let depth = 0;
    let index = from;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      index += 1;
      if (code === BACKSLASH) {
        if (index < text.length) {
          index += 1;
        }
      } else if (code === OPEN_PARENTHESIS) {
        depth += 1;
      } else if (code === CLOSE_PARENTHESIS) {
        depth -= 1;
        if (depth === 0) {
          return index;
        }
      }
    }
    return -1;
  }

  /**
   * Returns the offset just past the quoted-string that opens at `from`, or
   * -1 when the closing quote is missing.
   */
  quotedStringEnd(from: number): number {
    const text = this.text;
    let index = from + 1;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      index += 1;
      if (code === BACKSLASH) {
        if (index < text.length) {
          index += 1;
        }
      } else if (code === QUOTE) {
        return index;
      }
    }
    return -1;
  }

  /**
   * Returns the offset after the white space and comments (RFC 5322 CFWS)
   * from `from`, or -1 when a comment there is not closed.
   */
  cfwsEnd(from: number): number {
    let index = this.foldingSpaceEnd(from);
    while (this.text.charCodeAt(index) === OPEN_PARENTHESIS) {
      index = this.commentEnd(index);
      if (index < 0) {
        return -1;
      }
      index = this.foldingSpaceEnd(index);
    }
    return index;
  }

  /** Returns the offset of the first white space, `;` or `(` from `from`. */
  looseRunEnd(from: number): number {
    const text = this.text;
    let index = from;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (
        isFoldingSpaceCode(code) ||
        code === SEMICOLON ||
        code === OPEN_PARENTHESIS
      ) {
        break;
      }
      index += 1;
    }
    return index;
  }

  /** Returns the offset after the Ldh-str from `from`, `_` too if allowed. */
  keywordEnd(from: number, allowUnderscore: boolean): number {
    const text = this.text;
    let index = from;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (!isKeywordCode(code) && !(allowUnderscore && code === UNDERSCORE)) {
        break;
      }
      index += 1;
    }
    return index;
  }

  /** Returns the offset after the run of token characters from `from`. */
  tokenEnd(from: number): number {
    let index = from;
    while (isTokenCode(this.text.charCodeAt(index))) {
      index += 1;
    }
    return index;
  }

  /** Returns the offset after the run of ASCII digits from `from`. */
  digitsEnd(from: number): number {
    let index = from;
    while (isDigitCode(this.text.charCodeAt(index))) {
      index += 1;
    }
    return index;
  }

  /** Returns the offset after the run of atext, `.` and `@` from `from`. */
  addressRunEnd(from: number): number {
    const text = this.text;
    let index = from;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (!isAtextCode(code) && code !== DOT && code !== AT_SIGN) {
        break;
      }
      index += 1;
    }
    return index;
  }

  /**
   * Returns the content between the delimiters of the comment or
   * quoted-string from `start` to `end`, with quoted pairs resolved (RFC
   * 5322 section 3.2.1) and the line breaks of folding removed.
   */
  delimitedContent(start: number, end: number): string {
    const raw = this.text.slice(start + 1, end - 1);
    const plain =
      raw.indexOf("\\") < 0 && raw.indexOf("\r") < 0 && raw.indexOf("\n") < 0;
    return plain ? raw : raw.replace(QUOTED_PAIR_OR_LINE_BREAK, "$1");
  }
}
