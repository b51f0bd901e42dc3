import { readFileSync } from "node:fs";
import path from "node:path";
import { analyzeMessage } from "../../src/core/analyze";
import { createTranslator } from "../../src/i18n";
import { formatSupportReport } from "../../src/report/support-report";

const bounce = readFileSync(path.join(__dirname, "../cli/fixtures/bounce.eml"), "utf8");
const english = createTranslator("en");

describe("formatSupportReport", () => {
  test("lists each recipient with codes and explanation", async () => {
    const report = formatSupportReport(await analyzeMessage(bounce), english, { locale: "en-GB" });

    expect(report).toContain("Recipient 1: nobody@example.net");
    expect(report).toContain("  Codes: 550 5.1.1");
    expect(report).toContain("  Remote server: mx.example.net");
    expect(report).toContain("  Server reply: 550 5.1.1");
    expect(report).toMatch(/ {2}What to do: .+/);
    expect(report).toContain("Reported by server: mx1.example.net");
  });

  test("gives dates in the reader's language", async () => {
    const analysis = await analyzeMessage(bounce);
    const report = formatSupportReport(analysis, createTranslator("da"), { locale: "da-DK" });

    expect(report).toContain("Beskeden modtaget af den server: 1. dec. 2026");
    expect(report).toContain("Modtager 1: nobody@example.net");
  });

  test("includes the bounced message's subject", async () => {
    const report = formatSupportReport(await analyzeMessage(bounce), english);

    expect(report).toContain("Subject of the bounced message: Lunch on Friday");
    expect(report).toContain("Message-ID of the bounced message: <lunch-1@example.org>");
  });

  test("leaves out the subject on request", async () => {
    const report = formatSupportReport(await analyzeMessage(bounce), english, {
      omitSubject: true,
    });

    expect(report).not.toContain("Lunch on Friday");
    expect(report).toContain("Message-ID of the bounced message");
  });

  test("leaves out the user's own address on request", async () => {
    const withSender = bounce.replace(
      "Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.net>:",
      "Diagnostic-Code: smtp; 550 5.1.1 from <Alice@Example.org> to <nobody@example.net>:",
    );
    const report = formatSupportReport(await analyzeMessage(withSender), english, {
      omitOwnAddress: true,
    });

    expect(report).not.toMatch(/alice@example\.org/i);
    expect(report).toContain("from <[address left out]>");
    expect(report).toContain("nobody@example.net");
  });

  test("leaves out extra addresses given by the host", async () => {
    const report = formatSupportReport(await analyzeMessage(bounce), english, {
      omitAddresses: ["NOBODY@example.net"],
    });

    expect(report).not.toContain("nobody@example.net");
    expect(report).toContain("Recipient 1: [address left out]");
  });

  test("returns null without a report", async () => {
    const analysis = await analyzeMessage("From: a@example.org\nSubject: hi\n\nhello\n");

    expect(formatSupportReport(analysis, english)).toBeNull();
  });
});
