import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { BENCH_CACHE, REPO_ROOT } from "./paths";

/**
 * Bundles a TypeScript entry point with its dependencies into one CommonJS
 * file for Node 20 and returns the file's path. The bundle lets a child
 * process start without compiling TypeScript on the fly, as an installed
 * command line would.
 */
export async function bundleForNode(
  entry: string,
  outName: string,
): Promise<string> {
  mkdirSync(BENCH_CACHE, { recursive: true });
  const outfile = path.join(BENCH_CACHE, outName);
  await build({
    entryPoints: [path.resolve(REPO_ROOT, entry)],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    minify: false,
    sourcemap: false,
    logLevel: "silent",
  });
  return outfile;
}
