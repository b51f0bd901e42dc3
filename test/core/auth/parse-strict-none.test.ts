import { parseInMode } from "../../../src/core/auth/parse";

describe("strict reading of none", () => {
  test.each([
    ["none before a result", "example.com; none; spf=pass", 27],
    ["none after a result", "example.com; spf=pass; none", 23],
  ])("rejects %s as none with results", (_name, value, position) => {
    const result = parseInMode(value, "strict");

    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.error).toBe(
      "auth.parse.error.none-with-results",
    );
    expect(result.ok ? null : result.position).toBe(position);
  });
});
