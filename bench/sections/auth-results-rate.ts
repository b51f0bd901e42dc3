import { existsSync } from "node:fs";
import { spawn } from "node:child_process";
import path from "node:path";
import { parseAuthenticationResults } from "../../src/core/auth/parse";
import { AUTH_RESULTS_VALUES } from "../auth-results-values";
import { REPO_ROOT } from "../lib/paths";
import { judge, notMeasured, type SectionResult } from "../lib/report";
import { formatRate, formatRatio } from "../lib/stats";
import { timePerCall } from "../lib/timing";

// Debian's interpreter: a python3 earlier on PATH may lack Debian's packages.
const PYTHON = "/usr/bin/python3";
const TIMEOUT_MS = 60_000;
const TARGET = "Authentication-Results parse rate vs authres";
const GOAL = "≥ 50× authres's rate";

/**
 * Parses the same set of Authentication-Results values with our parser and
 * with python authres, and compares values parsed per second.
 */
export async function benchAuthResultsRate(): Promise<SectionResult> {
  const title = "Authentication-Results values parsed per second";
  const values = AUTH_RESULTS_VALUES;

  let failures = 0;
  for (const value of values) {
    if (!parseAuthenticationResults(value).ok) failures++;
  }
  const perSetMs = await timePerCall(
    () => {
      for (const value of values) parseAuthenticationResults(value);
    },
    { minSampleMs: 200, samples: 5 },
  );
  const ours = (values.length * 1000) / perSetMs;
  const lines = [
    `${values.length} values (Microsoft 365, Gmail, Yahoo, Postfix/OpenDKIM, rspamd shapes)`,
    `parseAuthenticationResults: ${formatRate(ours)} (${failures} values not ok)`,
  ];

  const authres = await measureAuthres(values);
  if ("error" in authres) {
    lines.push(`authres: ${authres.error}`);
    return {
      title,
      lines,
      targets: [notMeasured(TARGET, GOAL, authres.error)],
    };
  }
  const ratio = ours / authres.perSecond;
  lines.push(
    `python authres ${authres.version}: ${formatRate(authres.perSecond)} ` +
      `(${authres.failures} values rejected)`,
    `rate ratio ours / authres: ${formatRatio(ratio)}`,
  );
  return {
    title,
    lines,
    targets: [judge(TARGET, ratio, ">=", 50, GOAL, formatRatio(ratio))],
  };
}

interface AuthresRate {
  perSecond: number;
  failures: number;
  version: string;
}

function measureAuthres(
  values: readonly string[],
): Promise<AuthresRate | { error: string }> {
  if (!existsSync(PYTHON)) {
    return Promise.resolve({ error: `${PYTHON} not found` });
  }
  return new Promise((resolve) => {
    const script = path.join(REPO_ROOT, "bench", "authres_rate.py");
    const child = spawn(PYTHON, [script], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ error: error.message });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code !== 0) {
        const missing = stderr.includes("No module named 'authres'");
        resolve({
          error: missing
            ? "authres not installed (apt-get install -y python3-authres)"
            : `exit ${code}: ${stderr.trim().split("\n").pop() ?? ""}`,
        });
        return;
      }
      resolve(JSON.parse(stdout) as AuthresRate);
    });
    child.stdin.end(JSON.stringify(values));
  });
}
