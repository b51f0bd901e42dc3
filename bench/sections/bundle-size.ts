import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import {
  ensureProductionBuild,
  initialAssets,
  TASKPANE_HTML,
} from "../lib/dist";
import { REPO_ROOT } from "../lib/paths";
import {
  bytesPerSource,
  groupOfSource,
  type SourceMapV3,
} from "../lib/source-map-sizes";
import { judge, type SectionResult } from "../lib/report";
import { formatBytes } from "../lib/stats";

const LIMIT = 200 * 1024;

/**
 * Sums the JavaScript and CSS that dist/taskpane.html loads directly (the
 * page itself included), raw and gzipped at zlib's default level 6.
 * Office.js comes from Microsoft's CDN and is listed apart.
 */
export async function benchBundleSize(): Promise<SectionResult> {
  const title = "Task pane initial JavaScript and CSS";
  const lines = [await ensureProductionBuild()];

  const html = readFileSync(TASKPANE_HTML);
  const entries = [{ name: "taskpane.html", bytes: html }];
  for (const asset of initialAssets(html.toString("utf8"), TASKPANE_HTML)) {
    if (asset.file === null) {
      lines.push(`external, not counted: ${asset.reference}`);
      continue;
    }
    entries.push({
      name: path.relative(path.join(REPO_ROOT, "dist"), asset.file),
      bytes: readFileSync(asset.file),
    });
  }

  let raw = 0;
  let gzipped = 0;
  for (const entry of entries) {
    const size = gzipSync(entry.bytes).length;
    raw += entry.bytes.length;
    gzipped += size;
    lines.push(
      `${entry.name}: ${formatBytes(entry.bytes.length)} raw, ${formatBytes(size)} gzipped`,
    );
  }
  lines.push(`total: ${formatBytes(raw)} raw, ${formatBytes(gzipped)} gzipped`);
  lines.push(...largestShares(entries));
  return {
    title,
    lines,
    targets: [
      judge(
        "Task pane initial load, gzipped",
        gzipped,
        "<",
        LIMIT,
        "< 200 KB gzipped",
        formatBytes(gzipped),
      ),
    ],
  };
}

/**
 * Lists the packages and project folders that produced the most minified
 * code in the scripts, from the source maps webpack writes beside them.
 */
function largestShares(
  entries: readonly { name: string; bytes: Buffer }[],
): string[] {
  const groups = new Map<string, number>();
  for (const entry of entries) {
    const mapFile = path.join(REPO_ROOT, "dist", `${entry.name}.map`);
    if (!entry.name.endsWith(".js") || !existsSync(mapFile)) continue;
    const map = JSON.parse(readFileSync(mapFile, "utf8")) as SourceMapV3;
    const sizes = bytesPerSource(entry.bytes.toString("utf8"), map);
    for (const [source, size] of sizes) {
      const group = groupOfSource(source);
      groups.set(group, (groups.get(group) ?? 0) + size);
    }
  }
  if (groups.size === 0) return [];

  const largest = [...groups]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([group, size]) => `${group} ${formatBytes(size)}`);
  return [`largest shares of the minified scripts: ${largest.join(", ")}`];
}
