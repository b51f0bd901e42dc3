import fc from "fast-check";
import {
  findLine,
  findLineStart,
} from "../../../../src/core/bounce/scanners/common";
import type { ParsedMessage } from "../../../../src/core/mime/types";
import {
  bodyLines,
  splitLines,
} from "../../../../src/core/bounce/scanners/text-lines";

/** Searches as findLine does, line by line and without kept state. */
function findLineDirectly(
  lines: readonly string[],
  fragments: readonly string[],
  from: number,
): number {
  for (let index = from; index < lines.length; index += 1) {
    const line = (lines[index] ?? "").toLowerCase();
    if (fragments.some((fragment) => line.includes(fragment))) return index;
  }
  return -1;
}

describe("splitLines", () => {
  it("splits at CRLF, LF and lone CR", () => {
    expect(splitLines("a\r\nb\nc\rd")).toEqual(["a", "b", "c", "d"]);
  });

});

describe("bodyLines", () => {
  const message = (text: string): ParsedMessage => ({
    headers: [],
    text,
    html: null,
    parts: [],
    subject: null,
    from: null,
    date: null,
    messageId: null,
  });

  it("splits a message's body once", () => {
    const report = message("first\nsecond");
    expect(bodyLines(report)).toEqual(["first", "second"]);
    expect(bodyLines(report)).toBe(bodyLines(report));
  });

  it("splits each message on its own", () => {
    const first = message("same text");
    const second = { ...first };
    expect(bodyLines(second)).not.toBe(bodyLines(first));
  });
});

describe("findLine on lines from splitLines", () => {
  const lines = splitLines(
    [
      "Delivery to the following recipient failed",
      "",
      "  user@example.com",
      "Technical details of permanent failure:",
      "İSTANBUL office: Remote server said",
      "550 5.1.1 user unknown",
    ].join("\r\n"),
  );

  it("finds the first line with any fragment, in any case", () => {
    expect(findLine(lines, ["technical details"])).toBe(3);
    expect(findLine(lines, ["550 5.1.1", "remote server"])).toBe(4);
  });

  it("starts at the given line", () => {
    expect(findLine(lines, ["failed", "failure"], 1)).toBe(3);
    expect(findLine(lines, ["delivery"], 1)).toBe(-1);
    expect(findLine(lines, ["delivery"], 6)).toBe(-1);
  });

  it("keeps line numbers right after a character whose lower case is longer", () => {
    // "İ" lowers to two UTF-16 units, so offsets in the lowered text shift.
    expect(findLine(lines, ["server said"])).toBe(4);
    expect(findLine(lines, ["user unknown"])).toBe(5);
  });

  it("never matches across a line break", () => {
    expect(findLine(lines, ["failed delivery"])).toBe(-1);
    expect(findLine(lines, ["failure:technical"])).toBe(-1);
  });

  it("agrees with a line-by-line search on any text", () => {
    const line = fc.stringMatching(/^[a-cA-C İ:.-]{0,12}$/);
    // "i\u0307" is what "İ" lowers to.
    const fragment = fc
      .array(fc.constantFrom("a", "b", "c", " ", "i\u0307", ":", ".", "-"), {
        maxLength: 4,
      })
      .map((units) => units.join(""));
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 12 }),
        fc.array(fragment, { minLength: 1, maxLength: 3 }),
        fc.nat(14),
        (rawLines, fragments, from) => {
          const split = splitLines(rawLines.join("\n"));
          expect(findLine(split, fragments, from)).toBe(
            findLineDirectly(split, fragments, from),
          );
        },
      ),
    );
  });
});

describe("findLine and findLineStart on other arrays", () => {
  it("reread an array after it changed", () => {
    const lines = ["one", "two"];
    expect(findLine(lines, ["three"])).toBe(-1);
    lines.push("Three");
    expect(findLine(lines, ["three"])).toBe(2);
    lines[0] = "  THREE";
    expect(findLineStart(lines, ["three"])).toBe(0);
  });
});
