// Child process of the hostile-input section. For each hostile generator and
// each function under test, it times a 2 KB and a 100 KB input and prints
// one JSON line per case. Before each case it prints the case's name, so the
// parent can tell which case was running when a timeout hit.
import { analyzeMessage } from "../../src/core/analyze";
import { parseAuthenticationResults } from "../../src/core/auth/parse";
import { extractCodes } from "../../src/core/bounce/extract-codes";
import { SCANNERS } from "../../src/core/bounce/scanners";
import { MimeParseError, parseMessage } from "../../src/core/mime";
import type { ParsedMessage } from "../../src/core/mime/types";
import {
  carrierMessage,
  HOSTILE_GENERATORS,
  PLACEMENTS,
} from "../../test/hostile/hostile-inputs";
import { timePerCall } from "../lib/timing";

const SMALL = 2 * 1024;
const LARGE = 100 * 1024;
const RATIO_LIMIT = 60;

interface Target {
  name: string;
  /** Prepares the call for one payload; the preparation is not timed. */
  prepare: (payload: string) => Promise<() => unknown>;
}

/** Names of cases where analyzeMessage failed with anything but MimeParseError. */
const crashes = new Set<string>();
let currentCase = "";

async function analyzeQuietly(raw: string): Promise<void> {
  try {
    await analyzeMessage(raw);
  } catch (error) {
    // MimeParseError is the clear failure the contract allows; its time
    // still counts. Anything else is a crash to report.
    if (!(error instanceof MimeParseError)) crashes.add(currentCase);
  }
}

async function parseQuietly(raw: string): Promise<ParsedMessage | null> {
  try {
    return await parseMessage(raw);
  } catch {
    return null;
  }
}

const TARGETS: Target[] = [
  {
    name: "parseAuthenticationResults(value)",
    prepare: async (payload) => () => parseAuthenticationResults(payload),
  },
  {
    name: "parseAuthenticationResults(id; value)",
    prepare: async (payload) => {
      const value = flat(`mx.example.com; spf=pass ${payload}`);
      return () => parseAuthenticationResults(value);
    },
  },
  {
    name: "extractCodes(text)",
    prepare: async (payload) => () => extractCodes(payload),
  },
  ...PLACEMENTS.map((placement): Target => ({
    name: `analyzeMessage, ${placement}`,
    prepare: async (payload) => {
      const raw = carrierMessage(payload, placement);
      return () => analyzeQuietly(raw);
    },
  })),
  {
    name: "every scanner's scan(), scanner-text",
    prepare: async (payload) => {
      const message = await parseQuietly(
        carrierMessage(payload, "scanner-text"),
      );
      // A copy per call, because scanners keep a message's split lines and
      // a repeated call on the same object would time only the lookups.
      return () => {
        if (!message) return;
        const copy = { ...message };
        for (const scanner of SCANNERS) scanner.scan(copy);
      };
    },
  },
];

function scannerTargets(): Target[] {
  return SCANNERS.map((scanner) => ({
    name: `${scanner.family} scanner scan(), scanner-text`,
    prepare: async (payload) => {
      const message = await parseQuietly(
        carrierMessage(payload, "scanner-text"),
      );
      return () => (message ? scanner.scan({ ...message }) : null);
    },
  }));
}

/**
 * Returns a flat copy of a string. Generated inputs are joined from pieces,
 * and V8 scans such a string more slowly until its garbage collector
 * flattens it, which happens sooner during the many calls on a small input.
 * Text decoded from a message's bytes is flat, as this copy is.
 */
function flat(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

async function measure(target: Target, payload: string): Promise<number> {
  const call = await target.prepare(flat(payload));
  return timePerCall(call, {
    minSampleMs: 10,
    samples: 5,
    maxCallsPerSample: 10_000,
    statistic: "min",
  });
}

async function main(): Promise<void> {
  for (const generator of HOSTILE_GENERATORS) {
    const small = generator.build(SMALL);
    const large = generator.build(LARGE);
    const targets = [...TARGETS];
    for (let index = 0; index < targets.length; index++) {
      const target = targets[index];
      if (!target) continue;
      const name = `${generator.name} / ${target.name}`;
      currentCase = name;
      process.stdout.write(`${JSON.stringify({ start: name })}\n`);
      const smallMs = await measure(target, small);
      const largeMs = await measure(target, large);
      const ratio = largeMs / smallMs;
      const crashed = crashes.has(name);
      process.stdout.write(
        `${JSON.stringify({ name, smallMs, largeMs, ratio, crashed })}\n`,
      );
      // Name the scanner behind a slow combined result.
      if (target.name.startsWith("every scanner") && ratio > RATIO_LIMIT) {
        targets.push(...scannerTargets());
      }
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 1;
});
