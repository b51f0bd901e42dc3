// Shared checks of the hostile-input suites: what a clean result looks like
// for each function under test.
import fc from "fast-check";
import { analyzeMessage, type Analysis } from "../../src/core/analyze";
import {
  BADGE_METHODS,
  OVERALL_VERDICTS,
  VERDICT_STATES,
} from "../../src/core/auth";
import type { AuthResultsParse } from "../../src/core/auth/types";
import type { ScanResult } from "../../src/core/bounce";
import { MimeParseError, type RawMessage } from "../../src/core/mime";

const RUNS_SCALE = Number(process.env.HOSTILE_RUNS_SCALE ?? 1);

/** Jest timeout of one property test, grown with HOSTILE_RUNS_SCALE. */
export const PROPERTY_TIMEOUT_MS = 30_000 * RUNS_SCALE;

/**
 * Settings for every property: a fixed seed keeps runs repeatable, and
 * HOSTILE_SEED=random (or a number) explores other inputs.
 * HOSTILE_RUNS_SCALE multiplies the number of runs for a longer search.
 */
export function propertySettings(runs: number): fc.Parameters<unknown> {
  const numRuns = Math.round(runs * RUNS_SCALE);
  const seedSetting = process.env.HOSTILE_SEED;
  const seed =
    seedSetting === "random"
      ? Date.now() ^ (Math.random() * 0x7fffffff)
      : Number(seedSetting ?? 20261204);
  return { numRuns, seed };
}

/** Checks that an Analysis has the shape every host relies on. */
export function expectWellFormedAnalysis(analysis: Analysis): void {
  const methods = analysis.authentication.badges.map((badge) => badge.method);
  expect([...methods].sort()).toEqual([...BADGE_METHODS].sort());
  for (const badge of analysis.authentication.badges) {
    expect(VERDICT_STATES).toContain(badge.state);
  }
  expect(OVERALL_VERDICTS).toContain(analysis.authentication.overall);
  if (analysis.bounce !== null) {
    for (const recipient of analysis.bounce.recipients) {
      expect(typeof recipient.address).toBe("string");
    }
  }
  // The command line and the hosts serialise the result.
  expect(() => JSON.stringify(analysis)).not.toThrow();
}

/**
 * Analyses `raw` and checks that it either resolves to a well-formed
 * Analysis or rejects with MimeParseError, the one allowed clear failure.
 */
export async function expectCleanAnalysis(raw: RawMessage): Promise<void> {
  let analysis: Analysis;
  try {
    analysis = await analyzeMessage(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(MimeParseError);
    return;
  }
  expectWellFormedAnalysis(analysis);
}

/** Checks one Authentication-Results parse result against its contract. */
export function expectWellFormedParse(
  value: string,
  parse: AuthResultsParse,
): void {
  if (parse.ok) {
    expect(Array.isArray(parse.header.results)).toBe(true);
    for (const result of parse.header.results) {
      expect(typeof result.method).toBe("string");
      expect(typeof result.result).toBe("string");
    }
    return;
  }
  expect(typeof parse.error).toBe("string");
  expect(Number.isInteger(parse.position)).toBe(true);
  expect(parse.position).toBeGreaterThanOrEqual(0);
  expect(parse.position).toBeLessThanOrEqual(value.length);
}

/** Checks a scanner's result: null, or recipients with string addresses. */
export function expectWellFormedScan(result: ScanResult | null): void {
  if (result === null) return;
  expect(Array.isArray(result.recipients)).toBe(true);
  for (const recipient of result.recipients) {
    expect(typeof recipient.address).toBe("string");
  }
}
