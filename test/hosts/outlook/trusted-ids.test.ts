import { trustedIdsFromUrl } from "../../../src/hosts/outlook/trusted-ids";

describe("trustedIdsFromUrl", () => {
  test("reads a comma-separated list", () => {
    expect(trustedIdsFromUrl("?trusted=mx.example.com,.Example.NET")).toEqual([
      "mx.example.com",
      ".example.net",
    ]);
  });

  test("joins repeated parameters", () => {
    expect(
      trustedIdsFromUrl("?trusted=a.example&lang=da&trusted=b.example"),
    ).toEqual(["a.example", "b.example"]);
  });

  test("skips invalid and duplicate ids", () => {
    const search = [
      "?trusted=mx.example.com",
      "%3Cscript%3E",
      "mx.example.com",
      "",
      "a..b",
      "-bad.example",
    ].join(",");

    expect(trustedIdsFromUrl(search)).toEqual(["mx.example.com"]);
  });

  test("returns nothing without the parameter", () => {
    expect(trustedIdsFromUrl("")).toEqual([]);
    expect(trustedIdsFromUrl("?other=mx.example.com")).toEqual([]);
  });

  test("stops after 32 ids", () => {
    const many = Array.from({ length: 40 }, (_, index) => `mx${index}.example`);
    const ids = trustedIdsFromUrl(`?trusted=${many.join(",")}`);

    expect(ids).toHaveLength(32);
    expect(ids[31]).toBe("mx31.example");
  });
});
