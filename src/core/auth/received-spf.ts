import { isAtextChar, laterFailure, ScanError, Scanner } from "./scanner";
import type { ReceivedSpf, ReceivedSpfParse } from "./types";

const SPF_RESULTS = [
  "pass",
  "fail",
  "softfail",
  "neutral",
  "none",
  "temperror",
  "permerror",
];

/**
 * Parses a Received-SPF value (RFC 7208 section 9.1): a result, an optional
 * comment and `key=value` pairs separated by `;`. The value is read
 * strictly first. The lenient reading also accepts unknown results and
 * values that are neither dot-atoms nor quoted strings (IPv6 addresses,
 * `<>`). It also accepts pairs without `;` between them, and skips words
 * without `=`. Never throws.
 */
export function parseReceivedSpf(value: string): ReceivedSpfParse {
  const strict = parseInMode(value, false);
  if (strict.ok) {
    return strict;
  }
  return laterFailure(strict, parseInMode(value, true));
}

function parseInMode(value: string, lenient: boolean): ReceivedSpfParse {
  try {
    return { ok: true, receivedSpf: readReceivedSpf(value, lenient) };
  } catch (error) {
    if (error instanceof ScanError) {
      return { ok: false, error: error.key, position: error.position };
    }
    throw error;
  }
}

function readReceivedSpf(value: string, lenient: boolean): ReceivedSpf {
  const scanner = new Scanner(value);
  scanner.skipCfws();
  const resultStart = scanner.position;
  const result = scanner
    .readWhile((char) => /[A-Za-z]/.test(char))
    .toLowerCase();
  if (result === "" || (!lenient && !SPF_RESULTS.includes(result))) {
    scanner.fail("auth.parse.error.expected-result", resultStart);
  }

  let comment: string | null = null;
  const pairs: Record<string, string> = {};
  let hadSeparator = scanner.readWhile((char) => /\s/.test(char)) !== "";
  if (!scanner.atEnd() && !hadSeparator && scanner.peek() !== "(") {
    scanner.fail("auth.parse.error.unexpected-character");
  }
  if (scanner.peek() === "(") {
    comment = scanner.readComment();
    hadSeparator = scanner.skipCfws();
  }

  while (!scanner.atEnd()) {
    if (!hadSeparator && !lenient) {
      scanner.fail("auth.parse.error.expected-semicolon");
    }
    const key = scanner
      .readWhile((char) => /[A-Za-z0-9_.-]/.test(char))
      .toLowerCase();
    if (key === "") {
      scanner.fail("auth.parse.error.expected-property");
    }
    scanner.skipCfws();
    if (lenient && scanner.peek() !== "=") {
      hadSeparator = scanner.accept(";") || scanner.skipCfws();
      continue;
    }
    scanner.expect("=", "auth.parse.error.expected-equals");
    scanner.skipCfws();
    pairs[key] = readPairValue(scanner, lenient);

    scanner.skipCfws();
    hadSeparator = scanner.accept(";");
    scanner.skipCfws();
  }
  return { result, comment, pairs, lenient };
}

/** Reads a dot-atom or quoted-string; lenient: any run up to `;` or space. */
function readPairValue(scanner: Scanner, lenient: boolean): string {
  if (scanner.peek() === '"') {
    return scanner.readQuotedString();
  }
  const start = scanner.position;
  const atom = scanner.readWhile((char) => isAtextChar(char) || char === ".");
  const next = scanner.peek();
  const complete =
    atom !== "" && (scanner.atEnd() || next === ";" || /[\s(]/.test(next));
  if (complete) {
    return atom;
  }
  if (!lenient) {
    scanner.fail("auth.parse.error.invalid-value", start);
  }
  scanner.position = start;
  return scanner.readLooseRun();
}
