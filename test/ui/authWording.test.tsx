/** @jest-environment jsdom */
import "./textEncoding";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fireEvent, render, screen } from "@testing-library/react";
import { analyzeInput } from "../../src/hosts/shared/analyze-input";
import { createTranslator } from "../../src/i18n";
import { App } from "../../src/ui/App";
import type { ViewState } from "../../src/ui/types";
import { analysis, authentication, badge } from "./fixtures";

// Parsing and rendering a whole message can pass Jest's 5 s default on a
// loaded machine; this is a hang guard, not a speed target.
jest.setTimeout(30_000);

const translate = createTranslator("en");
const samplesDir = path.join(__dirname, "..", "..", "samples");

async function renderSample(name: string, settingsAvailable = true) {
  const bytes = new Uint8Array(readFileSync(path.join(samplesDir, name)));
  const result = await analyzeInput({ kind: "file", name, bytes }, { pastedName: "pasted" });
  expect(result.state.status).toBe("ready");
  render(
    <App
      state={result.state}
      translate={translate}
      theme="light"
      settingsAvailable={settingsAvailable}
    />,
  );
  expandAll();
}

function expandAll() {
  for (const button of screen.getAllByRole("button")) {
    if (button.getAttribute("aria-expanded") === "false") {
      fireEvent.click(button);
    }
  }
}

function pageText(): string {
  return document.body.textContent ?? "";
}

function notCheckedState(): ViewState {
  const badges = [
    badge("spf", "not-checked"),
    badge("dkim", "not-checked"),
    badge("dmarc", "not-checked"),
  ].map((entry) => ({ ...entry, evidence: [] }));
  return {
    status: "ready",
    sourceName: "unchecked.eml",
    analysis: analysis({
      authentication: authentication(badges, {
        overall: "not-checked",
        advice: "auth.overall.not-checked.advice",
      }),
    }),
  };
}

describe("authentication wording", () => {
  test("host without settings never mentions them", () => {
    render(
      <App
        state={notCheckedState()}
        translate={translate}
        theme="light"
        settingsAvailable={false}
      />,
    );
    expandAll();

    expect(pageText()).not.toMatch(/settings/i);
    expect(pageText()).toContain(
      translate("ui.auth.noSettings.not-checked.advice"),
    );
    expect(pageText()).toContain(
      translate("ui.auth.noSettings.not-checked.fix.dmarc"),
    );
  });

  test("host with settings may point to them", () => {
    render(
      <App state={notCheckedState()} translate={translate} theme="light" />,
    );
    expandAll();

    expect(pageText()).toContain(translate("auth.overall.not-checked.advice"));
    expect(pageText()).toContain(
      translate("auth.state.not-checked.fix.spf"),
    );
  });

  test("p=none policy is not a missing record", async () => {
    await renderSample("dmarc-none.eml", false);

    const alignment = document.querySelector("[data-alignment]");
    const text = alignment?.textContent ?? "";
    expect(text).not.toContain(
      translate("auth.alignment.reason.no-policy"),
    );
    expect(text).toContain("p=none");
    expect(text).toContain(translate("ui.alignment.policyMeaning.none"));
    expect(pageText()).not.toMatch(/publishes no DMARC record/);
    expect(pageText()).not.toContain(
      translate("auth.overall.not-verified.advice"),
    );
    expect(pageText()).toContain(
      translate("ui.auth.policyWithoutVerdict.advice"),
    );
  });

  test.each([
    ["dmarc-fail.eml", "dkimNotPassed", "failed"],
    ["spf-softfail.eml", "spfNotPassed", "softfail"],
  ] as const)(
    "%s says why a same-domain result fails",
    async (name, reasonKey, state) => {
      await renderSample(name);

      const alignment = document.querySelector("[data-alignment]");
      const text = alignment?.textContent ?? "";
      expect(text).toContain(
        translate(`ui.alignment.notAligned.${reasonKey}`, {
          state: translate(`ui.state.${state}`).toLowerCase(),
        }),
      );
      expect(text).not.toMatch(
        /same (domain|organisation) as From, does not count for DMARC(?! because)/,
      );
    },
  );
});
