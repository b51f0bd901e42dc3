// Benchmark entry point: `npm run bench` (all sections) or
// `npm run bench -- --only auth,cli` (a subset). Prints each section's
// figures as it finishes, then one table of targets met and missed.
// `--json FILE` also writes the run's figures and targets to FILE.
import { writeFileSync } from "node:fs";
import os from "node:os";
import { formatTable, type SectionResult } from "./lib/report";

interface Section {
  key: string;
  load: () => Promise<() => Promise<SectionResult>>;
}

/**
 * Upper bound on a whole run. Every child process, the build and the browser
 * have their own shorter timeouts; this one catches anything they miss.
 */
const RUN_TIMEOUT_MS = 15 * 60 * 1000;

// Sections load lazily, so one whose code under test does not load yet is
// reported as failed and the others still run.
const SECTIONS: Section[] = [
  {
    key: "cli",
    load: async () =>
      (await import("./sections/cli-throughput")).benchCliThroughput,
  },
  {
    key: "in-process",
    load: async () => (await import("./sections/in-process")).benchInProcess,
  },
  {
    key: "auth",
    load: async () =>
      (await import("./sections/auth-results-rate")).benchAuthResultsRate,
  },
  {
    key: "size",
    load: async () => (await import("./sections/bundle-size")).benchBundleSize,
  },
  {
    key: "taskpane",
    load: async () => (await import("./sections/taskpane")).benchTaskpane,
  },
  {
    key: "scaling",
    load: async () => (await import("./sections/scaling")).benchScaling,
  },
  {
    key: "hostile",
    load: async () =>
      (await import("./sections/hostile-ratio")).benchHostileRatio,
  },
];

async function main(): Promise<void> {
  const only = selectedKeys(process.argv.slice(2));
  const jsonFile = optionValue(process.argv.slice(2), "--json");
  const started = performance.now();
  console.log("mail-diagnostics benchmark");
  console.log(
    `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown"}), ` +
      `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ` +
      `${os.platform()} ${os.release()}`,
  );
  console.log(`date: ${new Date().toISOString()}`);
  console.log(`${describeLoad()}\n`);

  const results: SectionResult[] = [];
  for (const section of SECTIONS) {
    if (only && !only.has(section.key)) continue;
    const sectionStart = performance.now();
    let result: SectionResult;
    try {
      const run = await section.load();
      result = await run();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      result = {
        title: section.key,
        lines: [`failed: ${detail.split("\n")[0] ?? ""}`],
        targets: [],
      };
    }
    results.push(result);
    const seconds = ((performance.now() - sectionStart) / 1000).toFixed(1);
    console.log(`## ${result.title} (${seconds} s)`);
    for (const line of result.lines) console.log(`  ${line}`);
    console.log("");
  }

  const rows = results.flatMap((result) =>
    result.targets.map((target) => [
      verdictWord(target.met),
      target.name,
      target.goal,
      target.measured,
    ]),
  );
  console.log(formatTable(["result", "target", "goal", "measured"], rows));
  const total = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\ntotal time: ${total} s; ${describeLoad()}`);

  if (jsonFile !== null) {
    const record = {
      date: new Date().toISOString(),
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? null,
      node: process.version,
      loadAverageAtEnd: os.loadavg()[0] ?? null,
      totalSeconds: Number(total),
      sections: results,
    };
    writeFileSync(jsonFile, `${JSON.stringify(record, null, 2)}\n`);
  }
}

function verdictWord(met: boolean | null): string {
  if (met === null) return "n/a";
  return met ? "met" : "MISSED";
}

/**
 * States the 1-minute load average; other work on the machine slows every
 * figure, and ratios less so than absolute times.
 */
function describeLoad(): string {
  const load = os.loadavg()[0] ?? 0;
  const cores = os.cpus().length;
  const warning =
    load > cores ? " (busy machine: absolute times are inflated)" : "";
  return `load average (1 min): ${load.toFixed(2)} on ${cores} cores${warning}`;
}

/** Returns the value after `name` on the command line, or null. */
function optionValue(args: string[], name: string): string | null {
  const index = args.indexOf(name);
  if (index === -1) return null;
  const value = args[index + 1];
  if (value === undefined || value.startsWith("--")) {
    throw new Error(`${name} needs a value`);
  }
  return value;
}

function selectedKeys(args: string[]): Set<string> | null {
  const keys = SECTIONS.map((section) => section.key);
  const list = optionValue(args, "--only");
  if (list === null) return null;
  const selected = new Set(list.split(","));
  const unknown = [...selected].filter((key) => !keys.includes(key));
  if (unknown.length > 0) {
    throw new Error(
      `unknown section ${unknown.join(", ")}; --only takes a comma-separated list of: ${keys.join(", ")}`,
    );
  }
  return selected;
}

const watchdog = setTimeout(() => {
  console.error(`benchmark timed out after ${RUN_TIMEOUT_MS / 60_000} minutes`);
  process.exit(1);
}, RUN_TIMEOUT_MS);
watchdog.unref();

main().then(
  () => {
    // Child processes and the browser are closed by now; exit even if a
    // library left a timer behind.
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
