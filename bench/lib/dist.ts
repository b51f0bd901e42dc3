import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { runChild } from "./child";
import { REPO_ROOT } from "./paths";

const BUILD_TIMEOUT_MS = 240_000;

/**
 * Outcome of this process's first build check, so a second section neither
 * builds again nor retries a build that failed.
 */
let buildOutcome:
  { ok: true; message: string } | { ok: false; error: Error } | null = null;

/** The built task pane page, which `npm run build` writes. */
export const TASKPANE_HTML = path.join(REPO_ROOT, "dist", "taskpane.html");

function newestMtime(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/**
 * Makes sure dist/ holds a production build of the current sources: runs
 * `npm run build` when dist/taskpane.html is missing or older than a file
 * under src/ or webpack.config.js, at most once per process. Returns a line
 * that says what it did.
 */
export async function ensureProductionBuild(): Promise<string> {
  if (buildOutcome?.ok)
    return `${buildOutcome.message} (checked earlier in this run)`;
  if (buildOutcome?.ok === false) throw buildOutcome.error;

  const sources = Math.max(
    newestMtime(path.join(REPO_ROOT, "src")),
    newestMtime(path.join(REPO_ROOT, "webpack.config.js")),
  );
  if (existsSync(TASKPANE_HTML) && statSync(TASKPANE_HTML).mtimeMs >= sources) {
    const message = "dist/ is newer than the sources: build skipped";
    buildOutcome = { ok: true, message };
    return message;
  }

  const result = await runChild("npm", ["run", "build"], {
    cwd: REPO_ROOT,
    timeoutMs: BUILD_TIMEOUT_MS,
  });
  if (result.timedOut || result.code !== 0) {
    const tail = result.stdout.trim().split("\n").slice(-3).join(" | ");
    const error = new Error(
      result.timedOut
        ? `npm run build timed out after ${BUILD_TIMEOUT_MS} ms`
        : `npm run build failed (exit ${result.code}): ${tail}`,
    );
    buildOutcome = { ok: false, error };
    throw error;
  }
  const message = `npm run build took ${(result.wallMs / 1000).toFixed(1)} s`;
  buildOutcome = { ok: true, message };
  return message;
}

/** A file that a page loads, from its script and stylesheet tags. */
export interface PageAsset {
  kind: "script" | "stylesheet";
  /** The src or href as written in the page. */
  reference: string;
  /** Path under dist/, or null for an address on another host. */
  file: string | null;
}

/**
 * Lists the scripts and stylesheets that an HTML page in dist/ loads
 * directly. Files that those scripts load later (webpack chunks loaded on
 * demand) are not included.
 */
export function initialAssets(html: string, htmlFile: string): PageAsset[] {
  const assets: PageAsset[] = [];
  const tag = /<(script|link)\b([^>]*)>/gi;
  for (const match of html.matchAll(tag)) {
    const name = (match[1] ?? "").toLowerCase();
    const attributes = match[2] ?? "";
    if (name === "link" && !/\brel=["']?stylesheet/i.test(attributes)) continue;
    const reference = attributeValue(
      attributes,
      name === "script" ? "src" : "href",
    );
    if (reference === null) continue;
    const external = /^(?:[a-z]+:)?\/\//i.test(reference);
    assets.push({
      kind: name === "script" ? "script" : "stylesheet",
      reference,
      file: external
        ? null
        : path.resolve(
            path.dirname(htmlFile),
            reference.split(/[?#]/)[0] ?? "",
          ),
    });
  }
  return assets;
}

function attributeValue(attributes: string, name: string): string | null {
  const pattern = new RegExp(
    `\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`,
    "i",
  );
  const match = pattern.exec(attributes);
  if (!match) return null;
  return match[1] ?? match[2] ?? match[3] ?? null;
}
