/**
 * Candidate SMTP reply codes (RFC 5321 section 4.2) and enhanced status
 * codes (RFC 3463) in free text. Each reader looks at a few characters
 * around one digit, so listing all candidates is linear in the text length.
 */

/** One code found in the text, with its position. */
export interface CodeMatch {
  value: string;
  /** Index of the code's first character in the text. */
  start: number;
  /** Index just past the code's last character. */
  end: number;
}

export interface ReplyCandidate extends CodeMatch {
  /** True when the code starts a line or follows `:`, `;`, `(` or similar. */
  anchored: boolean;
}

/** Words that put a version number, not a status code, after them. */
const VERSION_WORDS: ReadonlySet<string> = new Set([
  "v",
  "ver",
  "version",
  "release",
  "build",
  "postfix",
  "exim",
  "sendmail",
  "qmail",
  "courier",
  "smtpd",
  "esmtp",
  "domino",
  "notes",
]);

/** Units that make a number a size or a duration. */
const UNIT_WORDS: ReadonlySet<string> = new Set([
  "b",
  "kb",
  "mb",
  "gb",
  "k",
  "m",
  "bytes",
  "byte",
  "octets",
  "kib",
  "mib",
]);

/** Characters after which a reply code is anchored like a reply line. */
const ANCHOR_CHARS = ":;([<\"'#=";

/** Largest number of digits in the subject or detail (RFC 3463 registry). */
const MAX_PART_DIGITS = 3;

/** Highest subject digit that RFC 3463 defines (X.7.XXX, security). */
const MAX_SUBJECT = 7;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isWordChar(code: number): boolean {
  return isDigit(code) || isLetter(code) || code === 95;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Counts digits from `index`, up to `limit + 1` so callers see an overflow. */
function countDigits(text: string, index: number, limit: number): number {
  let count = 0;
  while (count <= limit && isDigit(text.charCodeAt(index + count))) {
    count += 1;
  }
  return count;
}

/** Returns the letters (lower case) ending before `index`, spaces skipped. */
function wordBefore(text: string, index: number): string {
  let end = index;
  while (end > 0 && end > index - 4 && text.charCodeAt(end - 1) === 32) {
    end -= 1;
  }
  let start = end;
  while (
    start > 0 &&
    end - start < 12 &&
    isLetter(text.charCodeAt(start - 1))
  ) {
    start -= 1;
  }
  return text.slice(start, end).toLowerCase();
}

/** Returns the letters (lower case) starting at `index` after one space. */
function wordAfter(text: string, index: number): string {
  let start = index;
  if (text.charCodeAt(start) === 32) {
    start += 1;
  }
  let end = start;
  while (end - start < 8 && isLetter(text.charCodeAt(end))) {
    end += 1;
  }
  return text.slice(start, end).toLowerCase();
}

/** True when `ddd.` before `index` is a reply code of class `classDigit`. */
function replyCodeWithDotBefore(
  text: string,
  index: number,
  classDigit: number,
): boolean {
  const start = index - 4;
  if (start < 0 || text.charCodeAt(index - 1) !== 46) {
    return false;
  }
  if (start > 0) {
    const before = text.charCodeAt(start - 1);
    if (isWordChar(before) || before === 46) {
      return false;
    }
  }
  return (
    isReplyDigits(text, start) && text.charCodeAt(start) - 48 === classDigit
  );
}

/** True when the three characters at `index` form a reply code 2xx to 5xx. */
function isReplyDigits(text: string, index: number): boolean {
  const first = text.charCodeAt(index) - 48;
  const second = text.charCodeAt(index + 1) - 48;
  return (
    first >= 2 &&
    first <= 5 &&
    second >= 0 &&
    second <= 5 &&
    isDigit(text.charCodeAt(index + 2))
  );
}

/** Reads an enhanced status code starting at `index`, or returns null. */
function readEnhancedStatus(text: string, index: number): CodeMatch | null {
  const classDigit = text.charCodeAt(index) - 48;
  if (classDigit !== 2 && classDigit !== 4 && classDigit !== 5) {
    return null;
  }
  if (index > 0) {
    const before = text.charCodeAt(index - 1);
    const dotAfterReply =
      before === 46 && replyCodeWithDotBefore(text, index, classDigit);
    if ((before === 46 && !dotAfterReply) || isWordChar(before)) {
      return null;
    }
  }
  if (text.charCodeAt(index + 1) !== 46) {
    return null;
  }

  const subjectStart = index + 2;
  const subjectDigits = countDigits(text, subjectStart, MAX_PART_DIGITS);
  if (subjectDigits === 0 || subjectDigits > MAX_PART_DIGITS) {
    return null;
  }
  const subject = Number(
    text.slice(subjectStart, subjectStart + subjectDigits),
  );
  if (subject > MAX_SUBJECT) {
    return null;
  }

  const dot = subjectStart + subjectDigits;
  if (text.charCodeAt(dot) !== 46) {
    return null;
  }
  const detailDigits = countDigits(text, dot + 1, MAX_PART_DIGITS);
  if (detailDigits === 0 || detailDigits > MAX_PART_DIGITS) {
    return null;
  }
  const end = dot + 1 + detailDigits;

  // A fourth dotted number makes this part of an IP address or a version.
  const after = text.charCodeAt(end);
  if (isWordChar(after)) {
    return null;
  }
  if (after === 46 && isDigit(text.charCodeAt(end + 1))) {
    return null;
  }
  if (VERSION_WORDS.has(wordBefore(text, index))) {
    return null;
  }
  if (UNIT_WORDS.has(wordAfter(text, end))) {
    return null;
  }

  return {
    value: `${classDigit}.${subject}.${Number(text.slice(dot + 1, end))}`,
    start: index,
    end,
  };
}

/** Reads a reply code starting at `index`, or returns null. */
function readReplyCode(text: string, index: number): ReplyCandidate | null {
  if (!isReplyDigits(text, index)) {
    return null;
  }

  let anchored = index === 0;
  if (index > 0) {
    const before = text.charCodeAt(index - 1);
    if (isWordChar(before) || before === 46 || before === 44) {
      return null;
    }
    if ((before === 58 || before === 45) && index > 1) {
      if (isDigit(text.charCodeAt(index - 2))) {
        return null;
      }
    }
    anchored = isAnchoredAt(text, index);
  }

  const end = index + 3;
  const after = text.charCodeAt(end);
  if (isWordChar(after)) {
    return null;
  }
  if (after === 46 || after === 44 || after === 58) {
    // `554.5.3.4` is a reply code glued to its enhanced status code.
    const glued = after === 46 && readEnhancedStatus(text, end + 1) !== null;
    if (!glued && isDigit(text.charCodeAt(end + 1))) {
      return null;
    }
  }
  if (UNIT_WORDS.has(wordAfter(text, end))) {
    return null;
  }

  return { value: text.slice(index, end), start: index, end, anchored };
}

/** True when only spaces lie between `index` and a line start or anchor. */
function isAnchoredAt(text: string, index: number): boolean {
  let position = index - 1;
  while (position >= 0 && position > index - 40) {
    const code = text.charCodeAt(position);
    if (code === 10 || code === 13) {
      return true;
    }
    if (code !== 32 && code !== 9) {
      return ANCHOR_CHARS.includes(text.charAt(position));
    }
    position -= 1;
  }
  return position < 0;
}

/**
 * True when only separators (spaces, line breaks, `-`, `.`, `#`, `(`,
 * quotes) lie between a reply code ending at `replyEnd` and a status
 * starting at `statusStart`, as in `550-5.1.1`, `550 #5.1.1`, `550-'5.7.1`
 * or a reply wrapped onto the next line.
 */
export function isAdjacent(
  text: string,
  replyEnd: number,
  statusStart: number,
): boolean {
  if (statusStart < replyEnd || statusStart - replyEnd > 12) {
    return false;
  }
  for (let position = replyEnd; position < statusStart; position += 1) {
    const code = text.charCodeAt(position);
    const separator =
      isSpace(code) ||
      code === 45 ||
      code === 46 ||
      code === 35 ||
      code === 40 ||
      code === 39 ||
      code === 34;
    if (!separator) {
      return false;
    }
  }
  return true;
}

/** Pattern for the next digit from `lastIndex` on. */
const NEXT_DIGIT = /[0-9]/g;

/** Pattern for the next character that is not a digit, from `lastIndex` on. */
const NEXT_NON_DIGIT = /[^0-9]/g;

/**
 * Characters checked one by one before a skip hands over to a regular
 * expression. Short runs are common, and a call into the regular
 * expression engine costs more than a few charCodeAt calls.
 */
const SHORT_RUN = 16;

/**
 * Returns the index of the first character at or after `from` for which
 * `isDigit` equals `digit`, or the text's length.
 */
function skipTo(text: string, from: number, digit: boolean): number {
  const stop = Math.min(text.length, from + SHORT_RUN);
  for (let index = from; index < stop; index += 1) {
    if (isDigit(text.charCodeAt(index)) === digit) return index;
  }
  if (stop === text.length) return stop;

  const pattern = digit ? NEXT_DIGIT : NEXT_NON_DIGIT;
  pattern.lastIndex = stop;
  return pattern.test(text) ? pattern.lastIndex - 1 : text.length;
}

/** Callbacks of `forEachCandidate`. Each returns true to stop the scan. */
export interface CandidateVisitor {
  reply: (reply: ReplyCandidate) => boolean;
  status: (status: CodeMatch) => boolean;
}

/**
 * Calls the visitor with every plausible reply code and enhanced status code
 * in `text`, in order, until a callback returns true. Nothing is collected, so a
 * text full of codes costs no more memory than a short one.
 */
export function forEachCandidate(
  text: string,
  visit: CandidateVisitor,
): void {
  let index = 0;
  while (index < text.length) {
    index = skipTo(text, index, true);
    if (index === text.length) return;

    const status = readEnhancedStatus(text, index);
    if (status !== null) {
      if (visit.status(status)) return;
      index = status.end;
      continue;
    }
    const reply = readReplyCode(text, index);
    if (reply !== null) {
      if (visit.reply(reply)) return;
      index = reply.end;
      continue;
    }

    // Skip the rest of this number so its tail is not read as a new code.
    index = skipTo(text, index + 1, false);
  }
}
