import { execFileSync } from "node:child_process";
import path from "node:path";

const bin = path.resolve(__dirname, "../../bin/mail-diagnostics.js");

/** Runs the installed entry point as a user would, through Node and tsx. */
function run(args: string[]): string {
  return execFileSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 60_000 });
}

describe("bin/mail-diagnostics.js", () => {
  test("runs auth-results", () => {
    const output = run(["auth-results", "--json", "mx.example.com; dkim=pass header.d=example.org"]);

    expect(JSON.parse(output)).toHaveProperty("results.0.method", "dkim");
  });

  test("runs analyze", () => {
    const output = run(["analyze", "--json", path.join(__dirname, "fixtures", "bounce.eml")]);

    expect(JSON.parse(output)).toHaveProperty("bounce.recipients.0.status", "5.1.1");
  });
});
