import { bundleForNode } from "../lib/bundle";
import { runChild } from "../lib/child";
import { judge, notMeasured, type SectionResult } from "../lib/report";
import { formatMs, formatRatio } from "../lib/stats";

const TIMEOUT_MS = 150_000;
const TARGET = "Hostile input, 100 KB vs 2 KB time";
const GOAL = "worst ratio ≤ 60";

interface CaseResult {
  name: string;
  smallMs: number;
  largeMs: number;
  ratio: number;
  /** True when analyzeMessage failed with an error other than MimeParseError. */
  crashed: boolean;
}

/**
 * Runs the hostile generators against the parsers in a child process, with
 * a timeout, and reports the worst 100 KB / 2 KB time ratio. Linear code
 * gives about 50; quadratic code gives about 2,500.
 */
export async function benchHostileRatio(): Promise<SectionResult> {
  const title = "Hostile input: time at 100 KB against 2 KB";
  const child = await bundleForNode(
    "bench/children/hostile-child.ts",
    "hostile-child.cjs",
  );
  const result = await runChild("node", [child], { timeoutMs: TIMEOUT_MS });

  const cases: CaseResult[] = [];
  let lastStarted: string | null = null;
  for (const line of result.stdout.split("\n")) {
    if (!line) continue;
    const record = JSON.parse(line) as { start?: string } & Partial<CaseResult>;
    if (record.start !== undefined) lastStarted = record.start;
    else cases.push(record as CaseResult);
  }

  const lines = [
    `${cases.length} cases (generator / function under test), ` +
      "fastest of 5 samples at each size",
  ];
  if (result.timedOut || result.code !== 0) {
    const reason = result.timedOut
      ? `timed out after ${TIMEOUT_MS} ms during "${lastStarted ?? "startup"}"`
      : `child exit ${result.code}: ${result.stderr.trim().split("\n")[0] ?? ""}`;
    lines.push(reason);
    return { title, lines, targets: [notMeasured(TARGET, GOAL, reason)] };
  }

  const crashed = cases.filter((hostileCase) => hostileCase.crashed);
  for (const hostileCase of crashed) lines.push(`CRASH: ${hostileCase.name}`);

  cases.sort((a, b) => b.ratio - a.ratio);
  lines.push("worst cases:");
  for (const worst of cases.slice(0, 8)) {
    lines.push(
      `  ${formatRatio(worst.ratio)} ${worst.name}: ` +
        `${formatMs(worst.smallMs)} → ${formatMs(worst.largeMs)}`,
    );
  }
  const worst = cases[0];
  if (!worst)
    return {
      title,
      lines,
      targets: [notMeasured(TARGET, GOAL, "no cases ran")],
    };
  return {
    title,
    lines,
    targets: [
      judge(
        TARGET,
        worst.ratio,
        "<=",
        60,
        GOAL,
        `${formatRatio(worst.ratio)} (${worst.name})`,
      ),
      {
        name: "Hostile input, no crash",
        goal: "only MimeParseError rejections",
        measured:
          crashed.length === 0 ? "no crash" : `${crashed.length} cases crashed`,
        met: crashed.length === 0,
      },
    ],
  };
}
