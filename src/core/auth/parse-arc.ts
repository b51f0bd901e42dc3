import { readHeader } from "./parse";
import { laterFailure, ScanError, Scanner } from "./scanner";
import type { AuthResultsParse } from "./types";

/**
 * Parses an ARC-Authentication-Results value (RFC 8617 section 4.1.1): an
 * instance tag `i=N;` followed by an Authentication-Results payload. The
 * instance number is returned in `header.instance`; positions in a failure
 * count from the start of `value`.
 */
export function parseArcAuthenticationResults(value: string): AuthResultsParse {
  const strict = parseArcInMode(value, "strict");
  if (strict.ok) {
    return strict;
  }
  return laterFailure(strict, parseArcInMode(value, "lenient"));
}

function parseArcInMode(
  value: string,
  mode: "strict" | "lenient",
): AuthResultsParse {
  const scanner = new Scanner(value);
  try {
    scanner.skipCfws();
    if (!scanner.accept("i") && !scanner.accept("I")) {
      scanner.fail("auth.parse.error.expected-instance");
    }
    scanner.skipCfws();
    scanner.expect("=", "auth.parse.error.expected-instance");
    scanner.skipCfws();
    const digits = scanner.readWhile((char) => /[0-9]/.test(char));
    if (digits === "") {
      scanner.fail("auth.parse.error.expected-instance");
    }
    scanner.skipCfws();
    scanner.expect(";", "auth.parse.error.expected-semicolon");

    const header = readHeader(scanner, mode);
    return { ok: true, header: { ...header, instance: Number(digits) } };
  } catch (error) {
    if (error instanceof ScanError) {
      return { ok: false, error: error.key, position: error.position };
    }
    throw error;
  }
}
