import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** Folder of the registry extracts the catalogs are checked against. */
export const REFERENCE_DIR = path.resolve(
  __dirname,
  "../../../../shared/reference",
);

/**
 * Reads one reference file, or returns null when the reference folder is not
 * next to the repository, so coverage suites can be skipped.
 */
export function readReference<T>(name: string): T | null {
  const file = path.join(REFERENCE_DIR, name);
  if (!existsSync(file)) {
    return null;
  }
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

/** Expected results of the bounce corpus, one JSON object per line. */
export const CORPUS_EXPECTED = path.resolve(
  __dirname,
  "../../../../shared/corpus/bounces/expected.jsonl",
);

/** Reads the corpus's expected records, or returns null when it is absent. */
export function readCorpusExpected<T>(): T[] | null {
  if (!existsSync(CORPUS_EXPECTED)) {
    return null;
  }
  return readFileSync(CORPUS_EXPECTED, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T);
}

/** `describe` when `data` was found, otherwise `describe.skip`. */
export function describeWithReference(
  data: unknown,
  name: string,
): jest.Describe {
  if (data === null) {
    // Skipped suites show their name, so the reason is in the output.
    console.warn(`${name}: reference data not found next to the repository`);
    return describe.skip;
  }
  return describe;
}
