import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import PostalMime from "postal-mime";
import { analyzeMessage } from "../../src/core/analyze";
import { bundleForNode } from "../lib/bundle";
import { runChild } from "../lib/child";
import { BENCH_CACHE } from "../lib/paths";
import {
  judge,
  notMeasured,
  type SectionResult,
  type TargetResult,
} from "../lib/report";
import { formatBytes, formatMs, formatRatio, median } from "../lib/stats";
import { timePerCall } from "../lib/timing";
import {
  bounceWithLargeAttachments,
  bounceWithLargeHeaders,
  bounceWithManyHeaderLines,
  bounceWithRecipients,
  forwardAsAttachment,
  sendmailBounceWithRecipients,
  textBounceWithRecipients,
} from "../messages";

const LARGE_SIZE = 25 * 1024 * 1024;
const MEMORY_RUNS = 3;
const LINEAR_SAMPLES = 5;
const CHILD_TIMEOUT_MS = 60_000;
const BARE_NODE_SCRIPT =
  "const s=require('fs').readFileSync('/proc/self/status','utf8');" +
  "console.log(JSON.stringify({peakRss:Number(/^VmHWM:\\s+(\\d+) kB/m.exec(s)[1])*1024}))";

interface LinearCase {
  name: string;
  build: (fraction: number) => string;
}

const LINEAR_CASES: LinearCase[] = [
  {
    name: "1 MB of headers",
    build: (f) => bounceWithLargeHeaders(1024 * 1024 * f),
  },
  {
    name: "10,000 header lines",
    build: (f) => bounceWithManyHeaderLines(10_000 * f),
  },
  { name: "500 recipients", build: (f) => bounceWithRecipients(500 * f) },
  {
    name: "500 recipients, Postfix text only",
    build: (f) => textBounceWithRecipients(500 * f),
  },
  {
    name: "500 recipients, Sendmail text only",
    build: (f) => sendmailBounceWithRecipients(500 * f),
  },
];

/**
 * Measures how analysis grows with input. A 25 MB bounce with large
 * attachments in its returned message is timed against postal-mime, and its
 * peak memory is measured in a child process against bare Node. Headers,
 * header lines and recipients are timed at full size and at a tenth.
 */
export async function benchScaling(): Promise<SectionResult> {
  const lines: string[] = [];
  const targets: TargetResult[] = [];

  const large = Buffer.from(bounceWithLargeAttachments(LARGE_SIZE), "latin1");
  mkdirSync(BENCH_CACHE, { recursive: true });
  const largeFile = path.join(BENCH_CACHE, "large-bounce.eml");
  writeFileSync(largeFile, large);
  lines.push(
    `large bounce: ${formatBytes(large.length)}, attachments inside message/rfc822`,
  );

  await timeLargeBounce(large, lines, targets);
  await timeForwardedBounce(large, lines);
  await measureMemory(largeFile, large.length, lines, targets);

  for (const linearCase of LINEAR_CASES) {
    const full = linearCase.build(1);
    const tenth = linearCase.build(0.1);
    const fullMs = await timePerCall(() => analyzeMessage(full), {
      minSampleMs: 200,
      samples: LINEAR_SAMPLES,
      statistic: "min",
    });
    const tenthMs = await timePerCall(() => analyzeMessage(tenth), {
      minSampleMs: 200,
      samples: LINEAR_SAMPLES,
      statistic: "min",
    });
    const ratio = fullMs / tenthMs;
    lines.push(
      `${linearCase.name}, fastest of ${LINEAR_SAMPLES} samples: ` +
        `${formatMs(fullMs)} (${formatBytes(full.length)}) vs ` +
        `a tenth ${formatMs(tenthMs)} (${formatBytes(tenth.length)}): ${formatRatio(ratio)}`,
    );
    targets.push(
      judge(
        `Linear scaling, ${linearCase.name}`,
        ratio,
        "<=",
        12,
        "time(full) / time(tenth) ≤ 12",
        formatRatio(ratio),
      ),
    );
  }
  return { title: "Scaling with input size", lines, targets };
}

async function timeLargeBounce(
  large: Buffer,
  lines: string[],
  targets: TargetResult[],
): Promise<void> {
  const options = { minSampleMs: 0, samples: 5, statistic: "min" } as const;
  const oursMs = await timePerCall(() => analyzeMessage(large), options);
  const postalMs = await timePerCall(() => PostalMime.parse(large), options);
  const ratio = oursMs / postalMs;
  lines.push(
    `large bounce, warm, fastest of 5: analyzeMessage ${formatMs(oursMs)}, ` +
      `PostalMime.parse (default options) ${formatMs(postalMs)}: ${formatRatio(ratio)}`,
  );
  targets.push(
    judge(
      "25 MB bounce: analysis vs postal-mime parse",
      ratio,
      "<=",
      1,
      "no slower (≤ 1×)",
      formatRatio(ratio),
    ),
  );
}

/**
 * Times the same bounce forwarded as an attachment of a plain message, which
 * analyzeMessage parses a second time to find the report inside. Printed for
 * information; no target covers it.
 */
async function timeForwardedBounce(
  large: Buffer,
  lines: string[],
): Promise<void> {
  const forwarded = Buffer.from(
    forwardAsAttachment(large.toString("latin1")),
    "latin1",
  );
  const options = { minSampleMs: 0, samples: 5, statistic: "min" } as const;
  const oursMs = await timePerCall(() => analyzeMessage(forwarded), options);
  const postalMs = await timePerCall(
    () => PostalMime.parse(forwarded),
    options,
  );
  lines.push(
    `same bounce forwarded as an attachment, fastest of 5: analyzeMessage ` +
      `${formatMs(oursMs)}, PostalMime.parse (default options) ` +
      `${formatMs(postalMs)}: ${formatRatio(oursMs / postalMs)}`,
  );
}

async function measureMemory(
  file: string,
  size: number,
  lines: string[],
  targets: TargetResult[],
): Promise<void> {
  const name = "25 MB bounce: peak memory above bare Node";
  const goal = "< 4× the message size";
  let child: string;
  try {
    child = await bundleForNode(
      "bench/children/memory-child.ts",
      "memory-child.cjs",
    );
  } catch (error) {
    targets.push(notMeasured(name, goal, `bundle failed: ${String(error)}`));
    return;
  }

  // parseMessage sits between the two: postal-mime with
  // forceRfc822Attachments plus the project's own MIME layer.
  const modes = ["postal", "parse", "analyze"] as const;
  const peaks = new Map<string, number[]>([["bare", []]]);
  for (const mode of modes) peaks.set(mode, []);
  for (let run = 0; run < MEMORY_RUNS; run++) {
    const bare = await childPeak("node", ["-e", BARE_NODE_SCRIPT]);
    if ("error" in bare) {
      targets.push(notMeasured(name, goal, bare.error));
      return;
    }
    peaks.get("bare")?.push(bare.peakRss);
    for (const mode of modes) {
      const result = await childPeak("node", [child, mode, file]);
      if ("error" in result) {
        targets.push(notMeasured(name, goal, `${mode}: ${result.error}`));
        return;
      }
      peaks.get(mode)?.push(result.peakRss);
    }
  }

  const bare = median(peaks.get("bare") ?? []);
  const above = (mode: string): number => median(peaks.get(mode) ?? []) - bare;
  const describeMode = (label: string, mode: string): string =>
    `${label} ${formatBytes(above(mode))} (${formatRatio(above(mode) / size)} the message)`;
  lines.push(
    `peak RSS (VmHWM), median of ${MEMORY_RUNS} child processes: bare node ${formatBytes(bare)}`,
    `  above bare node: ${describeMode("PostalMime.parse", "postal")}, ` +
      `${describeMode("parseMessage", "parse")}, ` +
      `${describeMode("analyzeMessage", "analyze")}`,
  );
  const ratio = above("analyze") / size;
  targets.push(
    judge(name, ratio, "<", 4, goal, `${formatRatio(ratio)} the message size`),
  );
}

async function childPeak(
  command: string,
  args: string[],
): Promise<{ peakRss: number } | { error: string }> {
  const result = await runChild(command, args, { timeoutMs: CHILD_TIMEOUT_MS });
  if (result.timedOut)
    return { error: `child timed out after ${CHILD_TIMEOUT_MS} ms` };
  if (result.code !== 0) {
    return {
      error: `child exit ${result.code}: ${result.stderr.trim().split("\n")[0] ?? ""}`,
    };
  }
  return JSON.parse(result.stdout) as { peakRss: number };
}
