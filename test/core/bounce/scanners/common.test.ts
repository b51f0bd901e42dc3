import {
  addressOnlyLine,
  findAddresses,
  remoteHostOf,
  splitLines,
} from "../../../../src/core/bounce/scanners/common";

describe("findAddresses", () => {
  it("finds addresses in order without duplicates", () => {
    expect(
      findAddresses("to <a@example.com>, b.c@example.org and a@example.com"),
    ).toEqual(["a@example.com", "b.c@example.org"]);
  });

  it("stops at brackets, quotes and mailto prefixes", () => {
    expect(findAddresses("x<mailto:d@example.com>")).toEqual(["d@example.com"]);
    expect(findAddresses('"e@example.com":')).toEqual(["e@example.com"]);
  });

  it("drops a trailing dot and domains without a dot", () => {
    expect(findAddresses("write to f@example.com.")).toEqual(["f@example.com"]);
    expect(findAddresses("root@localhost")).toEqual([]);
  });
});

describe("addressOnlyLine", () => {
  it.each([
    ["  g@example.com", "g@example.com"],
    ["<g@example.com>:", "g@example.com"],
    ['"g@example.com":', "g@example.com"],
  ])("reads %j", (line, address) => {
    expect(addressOnlyLine(line)).toBe(address);
  });

  it("rejects lines with other words", () => {
    expect(addressOnlyLine("  mail for g@example.com failed")).toBeNull();
  });

  it("accepts a bare local part only when asked", () => {
    expect(addressOnlyLine("  postmaster")).toBeNull();
    expect(addressOnlyLine("  postmaster", true)).toBe("postmaster");
  });
});

describe("remoteHostOf", () => {
  it.each([
    ["host mx.example.com[192.0.2.1] said: 550", "mx.example.com"],
    ["host mx.example.com [192.0.2.1]: 550", "mx.example.com"],
    ["host: mx.example.com", "mx.example.com"],
  ])("reads %j", (text, host) => {
    expect(remoteHostOf(text)).toBe(host);
  });

  it("returns null without a host", () => {
    expect(remoteHostOf("550 no such user")).toBeNull();
  });
});

describe("splitLines", () => {
  it("accepts CRLF, LF and lone CR", () => {
    expect(splitLines("a\r\nb\nc\rd")).toEqual(["a", "b", "c", "d"]);
  });
});
