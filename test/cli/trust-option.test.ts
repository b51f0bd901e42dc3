import { runCli } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";

const MESSAGE = [
  "Authentication-Results: mx.example.com; spf=pass smtp.mailfrom=example.org",
  "From: a@example.org",
  "",
  "hi",
].join("\n");

function captureIo() {
  const output = { stdout: "", stderr: "" };
  const io: CliIo = {
    stdout: (text) => {
      output.stdout += text;
    },
    stderr: (text) => {
      output.stderr += text;
    },
    readStdin: async () => MESSAGE,
  };
  return { io, output };
}

describe("analyze --trust", () => {
  test("rejects an invalid id by name", async () => {
    const { io, output } = captureIo();
    const code = await runCli(
      ["analyze", "--trust", "mx.example.com", "--trust", "mx;example", "-"],
      io,
    );

    expect(code).toBe(2);
    expect(output.stdout).toBe("");
    expect(output.stderr).toContain("invalid --trust value: mx;example (");
    expect(output.stderr).not.toContain("mx.example.com,");
  });

  test("accepts a comma-separated list", async () => {
    const { io, output } = captureIo();
    const code = await runCli(
      ["analyze", "--json", "--trust", "gw.example,MX.Example.com", "-"],
      io,
    );

    expect(code).toBe(0);
    const result = JSON.parse(output.stdout.trim()) as unknown;
    expect(result).toHaveProperty("authentication.badges.0.state", "passed");
  });

  test("rejects more ids than the limit", async () => {
    const { io, output } = captureIo();
    const ids = Array.from({ length: 33 }, (_, index) => `m${index}.example`);
    const code = await runCli(["analyze", "--trust", ids.join(","), "-"], io);

    expect(code).toBe(2);
    expect(output.stderr).toContain("at most 32 ids");
  });
});
