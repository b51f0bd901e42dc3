import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import {
  ensureProductionBuild,
  initialAssets,
  TASKPANE_HTML,
} from "../lib/dist";
import { REPO_ROOT } from "../lib/paths";
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
