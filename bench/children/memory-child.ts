// Child process of the scaling section: parses or analyses one message file
// once and prints its peak resident memory (VmHWM) and the time taken, as
// one JSON line. Usage: node memory-child.cjs postal|parse|analyze FILE
// (PostalMime.parse with default options, parseMessage, analyzeMessage).
import { readFileSync } from "node:fs";
import PostalMime from "postal-mime";
import { analyzeMessage } from "../../src/core/analyze";
import { parseMessage } from "../../src/core/mime";

function peakRssBytes(): number {
  const status = readFileSync("/proc/self/status", "utf8");
  const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  if (!mode || !["postal", "parse", "analyze"].includes(mode) || !file) {
    throw new Error("usage: memory-child postal|parse|analyze FILE");
  }
  const bytes = readFileSync(file);
  const start = performance.now();
  if (mode === "analyze") {
    await analyzeMessage(bytes);
  } else if (mode === "parse") {
    await parseMessage(bytes);
  } else {
    await PostalMime.parse(bytes);
  }
  const ms = performance.now() - start;
  const usage = process.memoryUsage();
  process.stdout.write(
    `${JSON.stringify({
      ms,
      peakRss: peakRssBytes(),
      arrayBuffers: usage.arrayBuffers,
      heapUsed: usage.heapUsed,
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
