import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";

const fixture = (name: string): string => path.join(__dirname, "fixtures", name);

interface Captured {
  io: CliIo;
  stdout: () => string;
  stderr: () => string;
}

function captureIo(stdin = ""): Captured {
  let out = "";
  let err = "";
  return {
    io: {
      stdout: (text) => {
        out += text;
      },
      stderr: (text) => {
        err += text;
      },
      readStdin: async () => stdin,
    },
    stdout: () => out,
    stderr: () => err,
  };
}

function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("mail-diagnostics analyze --json", () => {
  test("prints authentication results", async () => {
    const captured = captureIo();
    const code = await runCli(["analyze", "--json", fixture("authenticated.eml")], captured.io);
    const [result] = jsonLines(captured.stdout());

    expect(code).toBe(0);
    expect(result).toMatchObject({
      file: fixture("authenticated.eml"),
      authentication: {
        authservId: "mx1.example.net",
        spf: { result: "pass", domain: "example.org" },
        dkim: [{ result: "pass", domain: "example.org", selector: "s2026" }],
        dmarc: { result: "pass" },
        badges: [
          { method: "spf", state: "passed", label: "SPF Passed" },
          { method: "dkim", state: "passed", label: "DKIM Passed" },
          { method: "dmarc", state: "passed", label: "DMARC Passed" },
        ],
      },
      bounce: null,
    });
  });

  test("prints each bounced recipient", async () => {
    const captured = captureIo();
    await runCli(["analyze", "--json", fixture("bounce.eml")], captured.io);
    const [result] = jsonLines(captured.stdout());

    expect(result).toMatchObject({
      bounce: {
        messageKind: "bounce",
        format: "rfc3464",
        recipients: [
          {
            address: "nobody@example.net",
            action: "failed",
            status: "5.1.1",
            replyCode: "550",
            reason: "userunknown",
            hardBounce: true,
            remoteMta: "mx.example.net",
          },
        ],
      },
    });
  });

  test("goes on after an unreadable file", async () => {
    const captured = captureIo();
    const code = await runCli(
      ["analyze", "--json", "/nonexistent/missing.eml", fixture("bounce.eml")],
      captured.io,
    );
    const results = jsonLines(captured.stdout());

    expect(code).toBe(1);
    expect(results).toHaveLength(2);
    expect(results[0]).toEqual({
      file: "/nonexistent/missing.eml",
      error: "cannot read the file: no such file",
    });
    expect(results[1]).toHaveProperty("bounce.messageKind", "bounce");
  });

  test("reports an empty file as an error", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "md-cli-"));
    const empty = path.join(dir, "empty.eml");
    writeFileSync(empty, "");
    const captured = captureIo();
    const code = await runCli(["analyze", "--json", empty], captured.io);

    expect(code).toBe(1);
    expect(jsonLines(captured.stdout())[0]?.error).toBe("not a readable message: the file is empty");
  });

  test("reads a message from standard input", async () => {
    const captured = captureIo("From: a@example.org\nSubject: hi\n\nbody\n");
    const code = await runCli(["analyze", "--json", "-"], captured.io);
    const [result] = jsonLines(captured.stdout());

    expect(code).toBe(0);
    expect(result).toHaveProperty("file", "-");
    expect(result).toHaveProperty("authentication.badges.0.state", "not-checked");
  });

  test("trusts an extra authserv-id", async () => {
    const message = [
      "Authentication-Results: filter.example.com; none",
      "Authentication-Results: mx.example.com; spf=pass smtp.mailfrom=example.org",
      "From: a@example.org",
      "",
      "hi",
    ].join("\n");
    const plain = captureIo(message);
    const trusting = captureIo(message);
    await runCli(["analyze", "--json", "-"], plain.io);
    await runCli(["analyze", "--json", "--trust", "mx.example.com", "-"], trusting.io);

    expect(jsonLines(plain.stdout())[0]).toHaveProperty(
      "authentication.badges.0.state",
      "not-available",
    );
    expect(jsonLines(trusting.stdout())[0]).toHaveProperty(
      "authentication.badges.0.state",
      "passed",
    );
  });
});

describe("mail-diagnostics analyze", () => {
  test("prints a readable summary", async () => {
    const captured = captureIo();
    await runCli(["analyze", fixture("bounce.eml")], captured.io);
    const text = captured.stdout();

    expect(text).toContain(fixture("bounce.eml"));
    expect(text).toContain("nobody@example.net");
    expect(text).toContain("550 5.1.1");
  });

  test("rejects a missing file argument", async () => {
    const captured = captureIo();
    const code = await runCli(["analyze"], captured.io);

    expect(code).toBe(2);
    expect(captured.stderr()).toContain("no file given");
  });

  test("rejects an unknown option", async () => {
    const captured = captureIo();
    const code = await runCli(["analyze", "--colour", "x.eml"], captured.io);

    expect(code).toBe(2);
    expect(captured.stderr()).toContain("--colour");
  });
});

describe("mail-diagnostics", () => {
  test("rejects an unknown command", async () => {
    const captured = captureIo();
    const code = await runCli(["analyse"], captured.io);

    expect(code).toBe(2);
    expect(captured.stderr()).toContain('unknown command "analyse"');
  });
});

describe("mail-diagnostics output safety", () => {
  test("prints control characters from a bounce inert", async () => {
    const message = [
      "From: MAILER-DAEMON@example.net",
      "Subject: Undelivered Mail Returned to Sender",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      "",
      "--b",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; mx.example.net",
      "",
      "Final-Recipient: rfc822; nobody@example.net",
      "Action: failed",
      "Status: 5.1.1",
      "Diagnostic-Code: smtp; 550 5.1.1 \u001b[31mred\u001b[0m user unknown",
      "--b--",
      "",
    ].join("\n");
    const captured = captureIo(message);
    await runCli(["analyze", "-"], captured.io);

    expect(captured.stdout()).toContain("550 5.1.1 \uFFFD[31mred");
    expect(captured.stdout()).not.toContain("\u001b");
  });

  test("says when the input has no message headers", async () => {
    const captured = captureIo("just a few words, no headers at all");
    const code = await runCli(["analyze", "-"], captured.io);

    expect(code).toBe(0);
    expect(captured.stdout()).toContain("does not look like an email message");
  });

  test("labels each explanation line", async () => {
    const captured = captureIo();
    await runCli(["analyze", fixture("bounce.eml")], captured.io);

    expect(captured.stdout()).toMatch(/What happened: .+/);
    expect(captured.stdout()).toMatch(/Who must act: .+/);
    expect(captured.stdout()).toContain("(permanent)");
  });
});

describe("mail-diagnostics auth-results", () => {
  test("parses a value through the dispatcher", async () => {
    const captured = captureIo();
    const code = await runCli(
      ["auth-results", "--json", "mx.example.com; spf=pass smtp.mailfrom=example.org"],
      captured.io,
    );

    expect(code).toBe(0);
    expect(JSON.parse(captured.stdout())).toMatchObject({
      authservId: "mx.example.com",
      results: [{ method: "spf", result: "pass", properties: { "smtp.mailfrom": "example.org" } }],
    });
  });
});
