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

  test("realistic values still parse", () => {
    for (const value of AUTH_RESULTS_VALUES) {
      expect(parseAuthenticationResults(value).ok).toBe(true);
    }
  });

  test("unbalanced comments fail at a position", () => {
    const parse = parseAuthenticationResults(
      "mx.example.com; spf=pass (((unclosed",
    );
    expectWellFormedParse("mx.example.com; spf=pass (((unclosed", parse);
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
