import fc from "fast-check";
import {
  parseArcAuthenticationResults,
  parseAuthenticationResults,
} from "../../src/core/auth";
import { AUTH_RESULTS_VALUES } from "../../bench/auth-results-values";
import { generatorRun, hostileText } from "./arbitraries";
import {
  expectWellFormedParse,
  PROPERTY_TIMEOUT_MS,
  propertySettings,
} from "./checks";

/** A realistic value with hostile text spliced in at some offset. */
const splicedValue = fc
  .tuple(
    fc.constantFrom(...AUTH_RESULTS_VALUES),
    fc.double({ min: 0, max: 1, noNaN: true }),
    hostileText,
  )
  .map(([value, at, text]) => {
    const offset = Math.floor(at * value.length);
    return value.slice(0, offset) + text + value.slice(offset);
  });

/** A realistic value cut short, which leaves comments and quotes open. */
const truncatedValue = fc
  .tuple(
    fc.constantFrom(...AUTH_RESULTS_VALUES),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .map(([value, at]) => value.slice(0, Math.floor(at * value.length)));

const anyValue = fc.oneof(
  hostileText,
  generatorRun,
  splicedValue,
  truncatedValue,
);

describe("parseAuthenticationResults on hostile input", () => {
  test(
    "never throws and keeps its contract",
    () => {
      fc.assert(
        fc.property(anyValue, (value) => {
          expectWellFormedParse(value, parseAuthenticationResults(value));
        }),
        propertySettings(1500),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  test.each(AUTH_RESULTS_VALUES)("realistic value parses: %s", (value) => {
    expect(parseAuthenticationResults(value).ok).toBe(true);
  });

  test.each([
    ["mx.example.com; spf=pass (((unclosed", "unterminated-comment", 25],
    [
      'mx.example.com; spf=pass smtp.mailfrom="open',
      "unterminated-quoted-string",
      39,
    ],
    ["mx.example.com; dkim=pass (a (b) c", "unterminated-comment", 26],
  ])("unbalanced %j fails cleanly", (value, key, opening) => {
    const parse = parseAuthenticationResults(value);
    expectWellFormedParse(value, parse);
    expect(parse.ok).toBe(false);
    if (parse.ok) return;
    expect(parse.error).toBe(`auth.parse.error.${key}`);
    // The failure points at or after the unclosed comment or quote.
    expect(parse.position).toBeGreaterThanOrEqual(opening);
  });
});

describe("parseArcAuthenticationResults on hostile input", () => {
  test(
    "never throws and keeps its contract",
    () => {
      const arcValue = fc.oneof(
        anyValue,
        anyValue.map((value) => `i=1; ${value}`),
        generatorRun.map((run) => `i=${run}; mx.example.com; spf=pass`),
      );
      fc.assert(
        fc.property(arcValue, (value) => {
          expectWellFormedParse(value, parseArcAuthenticationResults(value));
        }),
        propertySettings(800),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
