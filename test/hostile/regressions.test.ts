// Replays every input kept in regressions/: each once crashed, hung or took
// super-linear time in the function its file name names.
//   NAME.eml                 analyzeMessage, then every scanner and analyzeBounce
//   NAME.auth-results.txt    parseAuthenticationResults and the ARC variant
//   NAME.text.txt            extractCodes
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  parseArcAuthenticationResults,
  parseAuthenticationResults,
} from "../../src/core/auth";
import { analyzeBounce } from "../../src/core/bounce";
import { extractCodes } from "../../src/core/bounce/extract-codes";
import { SCANNERS } from "../../src/core/bounce/scanners";
import { parseMessage } from "../../src/core/mime";
import {
  expectCleanAnalysis,
  expectWellFormedParse,
  expectWellFormedScan,
} from "./checks";

const DIR = path.join(__dirname, "regressions");
const files = readdirSync(DIR).filter(
  (name) => !name.startsWith(".") && name !== "README.md",
);

function read(name: string): Buffer {
  return readFileSync(path.join(DIR, name));
}

describe("hostile-input regressions", () => {
  test("every file has a known kind", () => {
    const unknown = files.filter(
      (name) =>
        !name.endsWith(".eml") &&
        !name.endsWith(".auth-results.txt") &&
        !name.endsWith(".text.txt"),
    );
    expect(unknown).toEqual([]);
  });

  const messages = files.filter((name) => name.endsWith(".eml"));
  const values = files.filter((name) => name.endsWith(".auth-results.txt"));
  const texts = files.filter((name) => name.endsWith(".text.txt"));

  // test.each rejects an empty table, so each kind is declared only when
  // files of that kind exist.
  const eachMessage = messages.length > 0 ? test.each(messages) : null;
  const eachValue = values.length > 0 ? test.each(values) : null;
  const eachText = texts.length > 0 ? test.each(texts) : null;

  eachMessage?.("message %s", async (name) => {
    const raw = new Uint8Array(read(name));
    await expectCleanAnalysis(raw);

    let message;
    try {
      message = await parseMessage(raw);
    } catch {
      return;
    }
    for (const scanner of SCANNERS) expectWellFormedScan(scanner.scan(message));
    const report = analyzeBounce(message);
    if (report !== null) expect(Array.isArray(report.recipients)).toBe(true);
  });

  eachValue?.("Authentication-Results value %s", (name) => {
    // The file holds the value alone; a trailing newline is not part of it.
    const value = read(name).toString("utf8").replace(/\n$/, "");
    expectWellFormedParse(value, parseAuthenticationResults(value));
    expectWellFormedParse(value, parseArcAuthenticationResults(value));
  });

  eachText?.("report text %s", (name) => {
    const codes = extractCodes(read(name).toString("utf8"));
    expect(
      codes.replyCode === null || /^[245]\d\d$/.test(codes.replyCode),
    ).toBe(true);
  });
});
