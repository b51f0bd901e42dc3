import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/** Root of the repository (the folder holding package.json). */
export const REPO_ROOT = path.resolve(__dirname, "..", "..");

/** Folder for files the benchmark builds; git ignores node_modules. */
export const BENCH_CACHE = path.join(
  REPO_ROOT,
  "node_modules",
  ".cache",
  "mail-diagnostics-bench",
);

/**
 * Folder of real bounce messages, one .eml file each. It sits beside the
 * repository, in `shared/corpus/bounces/eml`.
 */
export const CORPUS_DIR = path.resolve(
  REPO_ROOT,
  "..",
  "shared",
  "corpus",
  "bounces",
  "eml",
);

/** Absolute paths of the corpus messages in name order; empty if absent. */
export function corpusFiles(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith(".eml"))
    .sort()
    .map((name) => path.join(CORPUS_DIR, name));
}
