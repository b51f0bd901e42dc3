/** @jest-environment jsdom */
import "./textEncoding";
import { readFileSync } from "node:fs";
import path from "node:path";
import { render, screen } from "@testing-library/react";
import { analyzeInput } from "../../src/hosts/shared/analyze-input";
import { createTranslator } from "../../src/i18n";
import { App } from "../../src/ui/App";
import type { ViewState } from "../../src/ui/types";

// Parsing and rendering a whole message can pass Jest's 5 s default on a
// loaded machine; this is a hang guard, not a speed target.
jest.setTimeout(30_000);

const translate = createTranslator("en");
const samplesDir = path.join(__dirname, "..", "..", "samples");

async function analyseSample(name: string): Promise<ViewState> {
  const bytes = new Uint8Array(readFileSync(path.join(samplesDir, name)));
  const result = await analyzeInput({ kind: "file", name, bytes }, { pastedName: "pasted" });
  return result.state;
}

async function renderSample(name: string) {
  const state = await analyseSample(name);
  expect(state.status).toBe("ready");
  return render(<App state={state} translate={translate} theme="light" />);
}

/** Badge states as `method:state`, in display order. */
function badgeStates(): string[] {
  return Array.from(document.querySelectorAll("li[data-method]")).map(
    (item) =>
      `${item.getAttribute("data-method")}:${item.getAttribute("data-state")}`,
  );
}

describe("preview samples", () => {
  test.each([
    ["all-pass.eml", ["spf:passed", "dkim:passed", "dmarc:passed"], "verified"],
    [
      "dmarc-none.eml",
      ["spf:passed", "dkim:not-available", "dmarc:not-available"],
      "not-verified",
    ],
    ["dmarc-fail.eml", ["spf:passed", "dkim:failed", "dmarc:failed"], "failed"],
    [
      "spf-softfail.eml",
      ["spf:softfail", "dkim:passed", "dmarc:passed"],
      "verified",
    ],
    [
      "microsoft-365.eml",
      ["spf:passed", "dkim:passed", "dmarc:passed"],
      "verified",
    ],
    [
      "forged-results.eml",
      ["spf:failed", "dkim:not-available", "dmarc:failed"],
      "failed",
    ],
  ])("%s shows the expected badges", async (name, states, verdict) => {
    await renderSample(name);

    expect(badgeStates()).toEqual(states);
    expect(
      document.querySelector("[data-verdict]")?.getAttribute("data-verdict"),
    ).toBe(verdict);
  });

  test("forged sample lists the sender's claim", async () => {
    await renderSample("forged-results.eml");

    expect(
      screen.getByRole("button", {
        name: translate("ui.untrusted.heading", { count: 1 }),
      }),
    ).toBeTruthy();
  });

  test("no-auth sample shows the empty state", async () => {
    await renderSample("no-auth.eml");

    expect(screen.getByText(translate("ui.auth.empty.title"))).toBeTruthy();
    expect(badgeStates()).toEqual([]);
  });

  test.each([
    ["rfc3464-bounce.eml", "pat.nobody@example.org", "5.1.1", "550"],
    ["postfix-bounce.eml", "lee.chen@example.org", "5.2.2", "552"],
    ["microsoft-365-bounce.eml", "morgan.lee@example.org", "5.1.10", "550"],
    ["gmail-bounce.eml", "sales@example.org", "5.7.26", "550"],
    ["delayed.eml", "orders@example.org", "4.4.1", null],
  ])("%s shows its recipient", async (name, address, status, replyCode) => {
    await renderSample(name);

    const cards = document.querySelectorAll("[data-recipient]");
    expect(cards).toHaveLength(1);
    const text = cards[0]?.textContent ?? "";
    expect(text).toContain(address);
    expect(text).toContain(status);
    if (replyCode) expect(text).toContain(replyCode);
    expect(text).toContain(translate("ui.bounce.summary"));
  });

  test.each([
    ["auto-reply.eml", "auto-reply", "taylor.singh@example.org"],
    ["feedback-report.eml", "feedback-report", "reader@example.net"],
  ])("%s shows its report kind", async (name, kind, address) => {
    await renderSample(name);

    expect(screen.getAllByRole("heading", { level: 2 })[0]?.textContent).toBe(
      translate(`ui.bounce.heading.${kind}`),
    );
    expect(document.querySelector("[data-recipient]")?.textContent).toContain(
      address,
    );
    expect(document.querySelector("[data-permanence]")).toBeNull();
  });

  test("prose file is reported as not a message", async () => {
    const bytes = new TextEncoder().encode("Dear diary,\n\ntoday was quiet.\n");
    const result = await analyzeInput(
      { kind: "file", name: "diary.txt", bytes }, { pastedName: "pasted" });

    expect(result.state).toEqual({
      status: "error",
      messageKey: "ui.error.parseFile",
      hintKey: "ui.error.parseFile.hint",
      params: { name: "diary.txt" },
    });
    expect(result.diagnostic.outcome).toBe("failed");
  });

  test("empty paste is reported as not a message", async () => {
    const result = await analyzeInput({ kind: "text", text: "   " }, { pastedName: "pasted" });

    expect(result.state).toMatchObject({
      status: "error",
      messageKey: "ui.error.parseText",
    });
    expect(result.diagnostic).toEqual({
      call: "analyzeMessage",
      outcome: "failed",
      detail: "MimeParseError EEMPTY",
    });
  });

  test("pasted header block is analysed", async () => {
    const text =
      "\n\nAuthentication-Results: mx.example.net; spf=pass smtp.mailfrom=example.com\n" +
      "From: a@example.com\nSubject: pasted\n";
    const result = await analyzeInput({ kind: "text", text }, { pastedName: "Pasted text" });

    expect(result.state.status).toBe("ready");
    if (result.state.status !== "ready") return;
    expect(result.state.sourceName).toBe("Pasted text");
    expect(result.state.analysis.message.subject).toBe("pasted");
  });
});
