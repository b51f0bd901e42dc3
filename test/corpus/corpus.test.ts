import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyzeMessage } from "../../src/core/analyze";

/**
 * Runs every message of the labelled bounce corpus through the whole
 * analysis. It fails on a crash and prints how many recipients' status and
 * reply codes agree with the labels; `npm run accuracy` gives the full
 * table. The corpus lives outside the repository, so the test skips when
 * the folder is absent.
 */
const corpusDir = path.resolve(__dirname, "../../../shared/corpus/bounces");
const emlDir = path.join(corpusDir, "eml");
const present = existsSync(emlDir);

interface Expected {
  file: string;
  recipient: number;
  status?: string | null;
  replyCode?: string | null;
}

function readExpected(): Map<string, Expected[]> {
  const byFile = new Map<string, Expected[]>();
  const text = readFileSync(path.join(corpusDir, "expected.jsonl"), "utf8");
  for (const line of text.split("\n").filter((item) => item.trim() !== "")) {
    const entry = JSON.parse(line) as Expected;
    byFile.set(entry.file, [...(byFile.get(entry.file) ?? []), entry]);
  }
  return byFile;
}

if (!present) {
  console.log(`Bounce corpus not found at ${corpusDir}; skipping.`);
}

(present ? describe : describe.skip)("bounce corpus", () => {
  const files = present
    ? readdirSync(emlDir)
        .filter((file) => file.endsWith(".eml"))
        .sort()
    : [];

  test("every message analyses without a crash", async () => {
    const expected = readExpected();
    const crashes: string[] = [];
    let statusExpected = 0;
    let statusRight = 0;
    let replyExpected = 0;
    let replyRight = 0;

    for (const file of files) {
      let analysis;
      try {
        analysis = await analyzeMessage(readFileSync(path.join(emlDir, file)));
      } catch (error) {
        crashes.push(
          `${file}: ${error instanceof Error ? error.message : String(error)}`,
        );
        continue;
      }

      for (const entry of expected.get(file) ?? []) {
        if (entry.recipient < 1) continue;
        const recipient = analysis.bounce?.recipients[entry.recipient - 1];
        if (entry.status) {
          statusExpected += 1;
          if (recipient?.status === entry.status) statusRight += 1;
        }
        if (entry.replyCode) {
          replyExpected += 1;
          if (recipient?.replyCode === entry.replyCode) replyRight += 1;
        }
      }
    }

    console.log(
      `corpus: ${files.length} messages; status agrees ${statusRight}/${statusExpected}, reply code agrees ${replyRight}/${replyExpected}`,
    );
    expect(files.length).toBeGreaterThan(0);
    expect(crashes).toEqual([]);
  }, 120_000);
});
