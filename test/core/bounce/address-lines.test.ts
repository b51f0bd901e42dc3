import { linesNaming } from "../../../src/core/bounce/address-lines";

const REPORT = [
  "Delivery failed for these recipients:",
  "  <User@Example.com>: 550 5.1.1 mailbox unknown",
  "  xuser@example.com: 550 5.1.1 mailbox unknown",
  "Mail for user@example.com. was returned.",
  '  "john doe"@example.org: 550 5.1.1 no such user',
  "  postmaster: 554 5.3.0 unknown mailer error",
  "<<< 550 sorry, user@example.com is unknown",
].join("\r\n");

function namingLines(address: string): number[] {
  return [...linesNaming(REPORT, address).indices];
}

describe("linesNaming", () => {
  it("finds every line naming an address, in any case", () => {
    expect(namingLines("user@example.com")).toEqual([1, 3, 6]);
    expect(namingLines("USER@EXAMPLE.COM")).toEqual([1, 3, 6]);
  });

  it("skips a longer address that ends the same", () => {
    expect(namingLines("xuser@example.com")).toEqual([2]);
  });

  it("finds an address with a space in its local part", () => {
    expect(namingLines('"john doe"@example.org')).toEqual([4]);
  });

  it("finds an address glued to other text", () => {
    const text = [
      "550 5.1.1 user=john@example.com unknown",
      "452 4.2.2 john@example.com...mailbox full",
      "nothing here",
    ].join("\n");
    expect([...linesNaming(text, "john@example.com").indices]).toEqual([0, 1]);
  });

  it("finds a bare local part", () => {
    expect(namingLines("postmaster")).toEqual([5]);
  });

  it("finds nothing for an address on no line", () => {
    expect(namingLines("other@example.com")).toEqual([]);
    expect(namingLines("nobody")).toEqual([]);
  });

  it("returns the report's lines without line ends", () => {
    const { lines } = linesNaming(REPORT, "user@example.com");
    expect(lines).toHaveLength(7);
    expect(lines[5]).toBe("  postmaster: 554 5.3.0 unknown mailer error");
  });

  it("finds an address after a long run without one", () => {
    const text = `${"9".repeat(50_000)} then user@example.com.\nnext`;
    expect([...linesNaming(text, "user@example.com").indices]).toEqual([0]);
  });

  it("stops searching the text after 256 unusual addresses", () => {
    const quoted = (index: number): string => `"user ${index}"@example.com`;
    const text = Array.from(
      { length: 300 },
      (_, index) => `${quoted(index)}: 550 5.1.1 unknown`,
    ).join("\n");
    const found = Array.from(
      { length: 300 },
      (_, index) => linesNaming(text, quoted(index)).indices.length,
    );
    expect(found.slice(0, 256)).toEqual(Array<number>(256).fill(1));
    expect(found.slice(256)).toEqual(Array<number>(44).fill(0));
  });
});
