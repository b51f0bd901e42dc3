import {
  isTrustedIdSyntax,
  MAX_TRUSTED_IDS,
  mergeTrustedIds,
  parseTrustedIds,
  readTrustedIdsValue,
} from "../../../src/core/auth/trusted-ids";

describe("parseTrustedIds", () => {
  test("reads lines, commas and spaces", () => {
    const result = parseTrustedIds("mx.example.com, gw.example\n.corp.example");
    expect(result.ids).toEqual(["mx.example.com", "gw.example", ".corp.example"]);
    expect(result.invalid).toEqual([]);
    expect(result.dropped).toBe(0);
  });

  test("lower-cases and deduplicates", () => {
    const result = parseTrustedIds("MX.Example.COM mx.example.com,MX.EXAMPLE.COM");
    expect(result.ids).toEqual(["mx.example.com"]);
  });

  test("skips comment lines", () => {
    const result = parseTrustedIds("# edge servers, bad entry\nmx.example.com");
    expect(result.ids).toEqual(["mx.example.com"]);
    expect(result.invalid).toEqual([]);
  });

  test("reports invalid entries as typed", () => {
    const result = parseTrustedIds("mx.example.com;x, A..b  <b>x</b> -a.example");
    expect(result.ids).toEqual([]);
    expect(result.invalid).toEqual([
      "mx.example.com;x",
      "A..b",
      "<b>x</b>",
      "-a.example",
    ]);
  });

  test("counts ids past the limit", () => {
    const many = Array.from({ length: MAX_TRUSTED_IDS + 3 }, (_, i) => `m${i}.example`);
    const result = parseTrustedIds(many.join("\n"));
    expect(result.ids).toHaveLength(MAX_TRUSTED_IDS);
    expect(result.dropped).toBe(3);
  });

  test("empty text gives an empty list", () => {
    expect(parseTrustedIds(" \n\r\n,, ")).toEqual({ ids: [], invalid: [], dropped: 0 });
  });
});

describe("isTrustedIdSyntax", () => {
  test.each([
    ["mx.example.com", true],
    [".example.com", true],
    ["localhost", true],
    ["mx_1.example", true],
    ["Mx.Example.Com", true],
    ["", false],
    [".", false],
    ["example.", false],
    ["a b", false],
    ["mx.example.com/", false],
    [`${"a".repeat(250)}.com`, false],
  ])("%s is %s", (id, expected) => {
    expect(isTrustedIdSyntax(id)).toBe(expected);
  });
});

describe("readTrustedIdsValue", () => {
  test("keeps valid strings of an array", () => {
    expect(readTrustedIdsValue(["MX.example.com", 7, "bad id", ".corp.example"])).toEqual([
      "mx.example.com",
      ".corp.example",
    ]);
  });

  test("anything else gives an empty list", () => {
    expect(readTrustedIdsValue("mx.example.com")).toEqual([]);
    expect(readTrustedIdsValue(null)).toEqual([]);
    expect(readTrustedIdsValue({ 0: "mx.example.com" })).toEqual([]);
  });
});

describe("mergeTrustedIds", () => {
  test("joins lists without duplicates", () => {
    expect(
      mergeTrustedIds(["mx.example.com", ".example.net"], [".example.net", "gw.example"]),
    ).toEqual(["mx.example.com", ".example.net", "gw.example"]);
  });
});
