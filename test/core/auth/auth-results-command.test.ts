import { runAuthResults } from "../../../src/cli/auth-results";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], stdin = ""): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await runAuthResults(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: async () => stdin,
  });
  return { code, stdout, stderr };
}

describe("auth-results command", () => {
  test("JSON output shape", async () => {
    const result = await run([
      "--json",
      'Authentication-Results: mx.example.net 1; spf=pass (ok) smtp.mailfrom="a@example.com"; dkim=fail reason="bad sig" header.d=example.com header.S=sel',
    ]);

    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({
      authservId: "mx.example.net",
      version: "1",
      none: false,
      lenient: false,
      results: [
        {
          method: "spf",
          result: "pass",
          reason: null,
          properties: { "smtp.mailfrom": "a@example.com" },
        },
        {
          method: "dkim",
          result: "fail",
          reason: "bad sig",
          properties: { "header.d": "example.com", "header.s": "sel" },
        },
      ],
    });
  });

  test("JSON key order", async () => {
    const result = await run(["--json", "example.org; none"]);

    expect(result.stdout).toBe(
      '{"authservId":"example.org","version":null,"none":true,"lenient":false,"results":[]}\n',
    );
  });

  test("lenient Microsoft value", async () => {
    const result = await run([
      "--json",
      "spf=pass smtp.mailfrom=example.com;dmarc=bestguesspass action=none header.from=example.com",
    ]);
    const output = JSON.parse(result.stdout);

    expect(result.code).toBe(0);
    expect(output.authservId).toBeNull();
    expect(output.lenient).toBe(true);
    expect(output.results[1].properties).toEqual({
      action: "none",
      "header.from": "example.com",
    });
  });

  test("readable output", async () => {
    const result = await run([
      "mx.example.net; dkim=pass (good) reason=ok header.d=example.com",
    ]);

    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        "Authserv-id: mx.example.net",
        "dkim=pass",
        "  reason: ok",
        "  header.d: example.com",
        "  comment: good",
        "",
      ].join("\n"),
    );
  });

  test("standard input with folding", async () => {
    const result = await run(
      ["--json", "-"],
      "Authentication-Results: mx.example.net;\r\n\tspf=pass smtp.mailfrom=example.com\r\n",
    );

    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).results[0].result).toBe("pass");
  });

  test("parse error names position", async () => {
    const result = await run([
      "Authentication-Results: mx.example.net; spf=pass (open",
    ]);

    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("A comment opened with ( is never closed.");
    expect(result.stderr).toContain("character 50");
  });

  test("missing value is a usage error", async () => {
    const result = await run(["--json"]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain("No value given");
  });

  test("unknown option is a usage error", async () => {
    const result = await run(["--yaml", "x"]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unknown option: --yaml");
  });

  test("control characters replaced", async () => {
    const result = await run(['mx.example.net; spf=pass reason="a\u001b[2Jb"']);

    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("\u001b");
    expect(result.stdout).toContain("a\uFFFD[2Jb");
  });
});
