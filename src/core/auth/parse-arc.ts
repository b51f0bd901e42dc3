import { readAuthResultsPayload } from "./parse";
import { Reader } from "./reader";
import type { AuthResultsParse } from "./types";

/**
 * Parses an ARC-Authentication-Results value (RFC 8617 section 4.1.1): an
 * instance tag `i=N;` followed by an Authentication-Results payload. The
 * instance number is returned in `header.instance`; positions in a failure
 * count from the start of `value`.
 */
export function parseArcAuthenticationResults(value: string): AuthResultsParse {
  // The instance tag reads the same in the strict and the lenient mode.
  const reader = new Reader(value, 0, false);
  reader.skipCfws();
  if (!reader.accept("i") && !reader.accept("I")) {
    reader.fail("auth.parse.error.expected-instance");
  }
  reader.skipCfws();
  reader.expect("=", "auth.parse.error.expected-instance");
  reader.skipCfws();
  const digits = reader.readDigits();
  if (digits === "") {
    reader.fail("auth.parse.error.expected-instance");
  }
  reader.skipCfws();
  reader.expect(";", "auth.parse.error.expected-semicolon");
  if (reader.failure !== null) {
    return reader.failure;
  }

  const parse = readAuthResultsPayload(value, reader.position);
  if (!parse.ok) {
    return parse;
  }
  return { ok: true, header: { ...parse.header, instance: Number(digits) } };
}
