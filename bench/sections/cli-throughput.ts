import { existsSync } from "node:fs";
import path from "node:path";
import { runChild, type ChildResult } from "../lib/child";
import { bundleForNode } from "../lib/bundle";
import { corpusFiles, REPO_ROOT } from "../lib/paths";
import { judge, notMeasured, type SectionResult } from "../lib/report";
import { formatMs, formatRatio, median } from "../lib/stats";

const RUNS = 5;
const TIMEOUT_MS = 60_000;
const TARGET = "CLI corpus throughput vs Sisimai";
const GOAL = "≥ 3× Sisimai's throughput";

/**
 * A process that only parses each file with postal-mime, bundled: the
 * least time an analysis that starts with that parse can take.
 */
const FLOOR_LABEL = "postal-mime parse only, bundled (floor)";

// Sisimai 4 returns undef for a file it finds no bounce in, and Sisimai 5
// renamed make() to rise(): the one-liner calls whichever the installed
// version has. A file Sisimai dies on is skipped, as our CLI goes on after a
// file it cannot read.
const SISIMAI_SCRIPT = [
  "use strict; use Sisimai;",
  "my $call = Sisimai->can('rise') ? 'rise' : 'make';",
  "my $records = 0;",
  "for my $file (@ARGV) {",
  "  my $list = eval { Sisimai->$call($file) };",
  "  next unless $list;",
  "  for my $record (@$list) { print $record->dump('json'), qq(\\n); $records++; }",
  "}",
  "print STDERR qq(records=$records\\n);",
].join("\n");

interface Runner {
  label: string;
  command: string;
  args: string[];
  /** True for a command that only shows startup cost, not analysis. */
  startupOnly?: boolean;
}

/**
 * Times whole processes that analyse every corpus message: our command line
 * through tsx (as bin/mail-diagnostics.js runs it), the same command line
 * bundled with esbuild, and Debian's Sisimai, each several times.
 */
export async function benchCliThroughput(): Promise<SectionResult> {
  const title = "Whole-process analysis of the bounce corpus";
  const files = corpusFiles();
  if (files.length === 0) {
    return {
      title,
      lines: ["corpus not found"],
      targets: [notMeasured(TARGET, GOAL, "corpus not found")],
    };
  }

  const lines = [
    `${files.length} messages, median of ${RUNS} runs each, runners taking turns`,
  ];
  const runners: Runner[] = [
    {
      label: "node -e 0 (startup only)",
      command: "node",
      args: ["-e", "0"],
      startupOnly: true,
    },
    {
      label: "mail-diagnostics help via tsx (startup only)",
      command: "node",
      args: [path.join(REPO_ROOT, "bin", "mail-diagnostics.js"), "help"],
      startupOnly: true,
    },
    {
      label: "mail-diagnostics via tsx",
      command: "node",
      args: [
        path.join(REPO_ROOT, "bin", "mail-diagnostics.js"),
        "analyze",
        "--json",
        ...files,
      ],
    },
  ];

  try {
    const bundle = await bundleForNode(
      "bench/children/cli-entry.ts",
      "cli.cjs",
    );
    runners.push({
      label: "mail-diagnostics help bundled (startup only)",
      command: "node",
      args: [bundle, "help"],
      startupOnly: true,
    });
    runners.push({
      label: "mail-diagnostics bundled",
      command: "node",
      args: [bundle, "analyze", "--json", ...files],
    });
  } catch (error) {
    lines.push(`bundled CLI: build failed: ${describe(error)}`);
  }
  try {
    const floor = await bundleForNode(
      "bench/children/postal-mime-entry.ts",
      "postal-mime-floor.cjs",
    );
    runners.push({
      label: FLOOR_LABEL,
      command: "node",
      args: [floor, ...files],
    });
  } catch (error) {
    lines.push(`postal-mime floor: build failed: ${describe(error)}`);
  }

  const sisimaiInstalled = await hasSisimai();
  if (sisimaiInstalled) {
    runners.push({
      label: "Sisimai (perl)",
      command: "perl",
      args: ["-e", SISIMAI_SCRIPT, ...files],
    });
  } else {
    lines.push("Sisimai: not installed (apt-get install -y libsisimai-perl)");
  }

  const outcomes = await timeRunners(runners);
  const medians = new Map<string, number>();
  for (const runner of runners) {
    const outcome = outcomes.get(runner.label);
    if (outcome === undefined) continue;
    if ("error" in outcome) {
      lines.push(`${runner.label}: ${outcome.error}`);
      continue;
    }
    medians.set(runner.label, outcome.medianMs);
    if (runner.startupOnly) {
      lines.push(`${runner.label}: ${formatMs(outcome.medianMs)}`);
      continue;
    }
    const perMessage = outcome.medianMs / files.length;
    lines.push(
      `${runner.label}: ${formatMs(outcome.medianMs)} ` +
        `(${formatMs(perMessage)} per message; ${outcome.output})`,
    );
  }

  const sisimai = medians.get("Sisimai (perl)");
  const floor = medians.get(FLOOR_LABEL);
  if (floor !== undefined && sisimai !== undefined) {
    lines.push(
      `throughput ratio, ${FLOOR_LABEL} / Sisimai: ${formatRatio(sisimai / floor)}`,
    );
  }
  const targets = [];
  for (const label of [
    "mail-diagnostics via tsx",
    "mail-diagnostics bundled",
  ]) {
    const ours = medians.get(label);
    if (ours === undefined || sisimai === undefined) {
      targets.push(
        notMeasured(
          `${TARGET} (${label})`,
          GOAL,
          "a run failed or Sisimai is missing",
        ),
      );
      continue;
    }
    const speedup = sisimai / ours;
    lines.push(`throughput ratio, ${label} / Sisimai: ${formatRatio(speedup)}`);
    targets.push(
      judge(
        `${TARGET} (${label})`,
        speedup,
        ">=",
        3,
        GOAL,
        formatRatio(speedup),
      ),
    );
  }
  return { title, lines, targets };
}

type Outcome = { medianMs: number; output: string } | { error: string };

/**
 * Runs every runner RUNS + 1 times, taking turns, so a burst of other work
 * on the machine slows all of them alike. The first round is discarded: it
 * fills tsx's compile cache and the page cache. A runner that fails once is
 * dropped with its error.
 */
async function timeRunners(
  runners: readonly Runner[],
): Promise<Map<string, Outcome>> {
  const times = new Map<string, number[]>();
  const outputs = new Map<string, string>();
  const errors = new Map<string, string>();

  for (let run = 0; run <= RUNS; run++) {
    for (const runner of runners) {
      if (errors.has(runner.label)) continue;
      const result = await runOnce(runner);
      if ("error" in result) {
        errors.set(runner.label, result.error);
        continue;
      }
      if (run > 0) {
        times.set(runner.label, [
          ...(times.get(runner.label) ?? []),
          result.wallMs,
        ]);
      }
      outputs.set(runner.label, summarizeOutput(result));
    }
  }

  const outcomes = new Map<string, Outcome>();
  for (const runner of runners) {
    const error = errors.get(runner.label);
    outcomes.set(
      runner.label,
      error !== undefined
        ? { error }
        : {
            medianMs: median(times.get(runner.label) ?? []),
            output: outputs.get(runner.label) ?? "",
          },
    );
  }
  return outcomes;
}

async function runOnce(
  runner: Runner,
): Promise<ChildResult | { error: string }> {
  let result: ChildResult;
  try {
    result = await runChild(runner.command, runner.args, {
      timeoutMs: TIMEOUT_MS,
      cwd: REPO_ROOT,
    });
  } catch (error) {
    return { error: `could not start: ${describe(error)}` };
  }
  if (result.timedOut) return { error: `timed out after ${TIMEOUT_MS} ms` };
  const failed = runner.startupOnly
    ? result.code !== 0
    : result.stdout.length === 0;
  if (failed) {
    const firstLine = result.stderr.split("\n").find((line) => line.trim());
    return { error: `no output (exit ${result.code}): ${firstLine ?? ""}` };
  }
  return result;
}

function summarizeOutput(result: ChildResult): string {
  const outputLines = result.stdout
    .split("\n")
    .filter((line) => line.length > 0);
  const records = /records=(\d+)/.exec(result.stderr);
  if (records) return `${records[1]} recipient records`;
  if (outputLines.length === 0) return `exit ${result.code}`;
  const failed = outputLines.filter(isErrorLine);
  return `${outputLines.length} JSON lines, ${failed.length} files failed, exit ${result.code}`;
}

/** True for the line the CLI prints for a file it could not analyse. */
function isErrorLine(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return (
      typeof value === "object" &&
      value !== null &&
      "error" in value &&
      Object.keys(value).length === 2
    );
  } catch {
    return true;
  }
}

async function hasSisimai(): Promise<boolean> {
  if (!existsSync("/usr/bin/perl")) return false;
  try {
    const result = await runChild("perl", ["-MSisimai", "-e", "1"], {
      timeoutMs: 10_000,
    });
    return result.code === 0;
  } catch {
    return false;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
