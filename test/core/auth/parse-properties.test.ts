import fc from "fast-check";
import {
  analyzeAuthentication,
  formatAuthenticationResults,
  parseArcAuthenticationResults,
  parseAuthenticationResults,
  parseReceivedSpf,
} from "../../../src/core/auth";
import type { AuthResultsHeader } from "../../../src/core/auth";
import { parseInMode } from "../../../src/core/auth/parse";
import { laterFailure } from "../../../src/core/auth/scanner";

const SPECIALS = [...'()<>@,;:\\"/[]?=. \t\r\n'];
const WORD_CHARS = [..."abcxyzABC019-_"];

/** Strings made mostly of the characters the grammar gives a meaning to. */
const grammarNoise = fc.string({
  unit: fc.constantFrom(
    ...SPECIALS,
    ...WORD_CHARS,
    "none",
    "spf",
    "reason",
    "é",
  ),
  maxLength: 80,
});

/** Pieces that may follow a `method=result`, valid or not. */
const tailPiece = fc.constantFrom(
  " smtp.mailfrom=",
  " header.d=example.com",
  " header.b=Ab/9+",
  " action=none",
  " reason=",
  " policy.iprev=2001:db8::1",
  "a@b.example",
  "@b.example",
  "(c)",
  "(a (b) c)",
  '"x y"',
  '"a\\"b"',
  "\\",
  "/",
  ":",
  ";",
  " ",
  "\r\n ",
  "é",
  "_",
  ".",
  "=",
);

/** Values pieced together from grammar fragments, so many of them parse. */
const fragments = fc
  .tuple(
    fc.constantFrom("mx.example.com; ", "", '"q id" 2;', "x (c) 1 (d) ;"),
    fc.array(
      fc.tuple(
        fc.constantFrom("spf", "dkim", "x_y", "arc/1", "none"),
        fc.constantFrom("=pass", "=fail", " = none", "", "=bestguesspass"),
        fc.array(tailPiece, { maxLength: 6 }),
      ),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(
    ([head, resinfos]) =>
      head +
      resinfos
        .map(([method, result, tail]) => method + result + tail.join(""))
        .join("; "),
  );

const anyText = fc.string({ unit: "binary", maxLength: 120 });

/** Returns the header with the lenient flag cleared, for comparing. */
function withoutLenient(header: AuthResultsHeader): AuthResultsHeader {
  return { ...header, lenient: false };
}

const keyword = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}[a-z0-9]$/);
const token = fc.stringMatching(/^[A-Za-z0-9.+_-]{1,12}$/);
const commentText = fc.string({
  unit: fc.constantFrom(...'ab (c)\\"=;'),
  maxLength: 12,
});

/** A value as RFC 8601 allows it: token, quoted string or address. */
const pvalue = fc.oneof(
  token.map((text) => ({ written: text, value: text })),
  fc
    .string({ unit: fc.constantFrom(...'ab ;()="\\é'), maxLength: 10 })
    .map((text) => ({
      written: `"${text.replace(/[\\"]/g, (char) => `\\${char}`)}"`,
      value: text,
    })),
  fc
    .tuple(fc.stringMatching(/^[a-z]{0,5}$/), fc.stringMatching(/^[a-z]{1,5}$/))
    .map(([local, label]) => ({
      written: `${local}@${label}.example`,
      value: `${local}@${label}.example`,
    })),
);

const resinfo = fc.record({
  method: keyword,
  result: keyword,
  comment: fc.option(commentText, { nil: null }),
  reason: fc.option(
    pvalue.filter((entry) => !entry.value.includes("@")),
    {
      nil: null,
    },
  ),
  properties: fc.array(fc.tuple(keyword, keyword, pvalue), { maxLength: 3 }),
});

const header = fc.record({
  authservId: token,
  version: fc.option(fc.stringMatching(/^[0-9]{1,2}$/), { nil: null }),
  results: fc.array(resinfo, { minLength: 1, maxLength: 4 }),
});

describe("parser properties", () => {
  test("never throws on random text", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, grammarNoise), (value) => {
        const result = parseAuthenticationResults(value);
        if (!result.ok) {
          expect(result.position).toBeGreaterThanOrEqual(0);
          expect(result.position).toBeLessThanOrEqual(value.length);
          expect(result.error).toMatch(/^auth\.parse\.error\./);
        }
        parseArcAuthenticationResults(value);
        parseReceivedSpf(value);
      }),
      { numRuns: 3000 },
    );
  });

  test("accepted values survive format and reparse", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(fragments, grammarNoise), (value) => {
        const first = parseAuthenticationResults(value);
        if (!first.ok) {
          return;
        }
        accepted += 1;
        const again = parseAuthenticationResults(
          formatAuthenticationResults(first.header),
        );

        expect(again.ok).toBe(true);
        if (again.ok) {
          expect(withoutLenient(again.header)).toEqual(
            withoutLenient(first.header),
          );
        }
      }),
      { numRuns: 5000 },
    );

    expect(accepted).toBeGreaterThan(200);
  });

  test("equals a strict then a lenient reading", () => {
    let lenient = 0;
    fc.assert(
      fc.property(fc.oneof(fragments, grammarNoise), (value) => {
        const strict = parseInMode(value, "strict");
        const expected = strict.ok
          ? strict
          : laterFailure(strict, parseInMode(value, "lenient"));
        if (expected.ok && expected.header.lenient) {
          lenient += 1;
        }

        expect(parseAuthenticationResults(value)).toEqual(expected);
      }),
      { numRuns: 5000 },
    );

    expect(lenient).toBeGreaterThan(200);
  });

  test("grammar-built values parse strictly to their parts", () => {
    fc.assert(
      fc.property(header, (built) => {
        const parts = built.results.map((entry) => {
          let text = `${entry.method} = ${entry.result}`;
          if (entry.comment !== null) {
            const escaped = entry.comment.replace(
              /[\\()]/g,
              (char) => `\\${char}`,
            );
            text += ` (${escaped})`;
          }
          if (entry.reason !== null) {
            text += ` reason=${entry.reason.written}`;
          }
          for (const [ptype, property, value] of entry.properties) {
            text += ` ${ptype}.${property}=${value.written}`;
          }
          return text;
        });
        const version = built.version === null ? "" : ` ${built.version}`;
        const value = `${built.authservId}${version};\r\n ${parts.join(";\r\n\t")}`;

        const result = parseAuthenticationResults(value);

        expect(result.ok).toBe(true);
        if (!result.ok) {
          return;
        }
        expect(result.header.lenient).toBe(false);
        expect(result.header.authservId).toBe(built.authservId);
        expect(result.header.version).toBe(built.version);
        expect(result.header.results).toHaveLength(built.results.length);
        built.results.forEach((entry, index) => {
          const parsed = result.header.results[index];
          expect(parsed?.method).toBe(entry.method);
          expect(parsed?.result).toBe(entry.result);
          expect(parsed?.reason).toBe(entry.reason?.value ?? null);
          expect(parsed?.comments).toEqual(
            entry.comment === null ? [] : [entry.comment],
          );
          expect(parsed?.properties).toEqual(
            entry.properties.map(([ptype, property, pv]) => ({
              ptype,
              property,
              value: pv.value,
            })),
          );
        });

        const again = parseAuthenticationResults(
          formatAuthenticationResults(result.header),
        );
        expect(again.ok).toBe(true);
        if (again.ok) {
          expect(again.header).toEqual(result.header);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("analyzeAuthentication properties", () => {
  const fieldName = fc.constantFrom(
    "Authentication-Results",
    "ARC-Authentication-Results",
    "Authentication-Results-Original",
    "Received-SPF",
    "DKIM-Signature",
    "From",
    "X-Forefront-Antispam-Report",
    "X-Microsoft-Antispam",
    "X-MS-Exchange-Organization-SCL",
  );

  test("never throws on random headers", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fieldName, fc.oneof(fragments, grammarNoise, anyText)),
          {
            maxLength: 8,
          },
        ),
        fc.array(
          fc.oneof(fc.constant(".example.com"), fc.string({ maxLength: 6 })),
          {
            maxLength: 2,
          },
        ),
        (fields, trustedAuthservIds) => {
          const headers = fields.map(([name, value]) => ({
            name,
            key: name.toLowerCase(),
            value,
            raw: `${name}: ${value}`,
          }));

          const analysis = analyzeAuthentication(headers, {
            trustedAuthservIds,
          });

          expect(analysis.badges).toHaveLength(3);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
