/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { createTranslator } from "../../src/i18n";
import { App } from "../../src/ui/App";
import {
  analysis,
  authentication,
  badge,
  bounceReport,
  recipient,
} from "./fixtures";

const translate = createTranslator("en");
const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = "<script>window.__pwned=2</script>";
const HOSTILE = `${IMG}${SCRIPT}`;

declare global {
  interface Window {
    __pwned?: number;
  }
}

/** Expands every collapsed accordion, so hidden panels render too. */
function expandAll() {
  for (const button of screen.getAllByRole("button")) {
    if (button.getAttribute("aria-expanded") === "false")
      fireEvent.click(button);
  }
}

function hostileAnalysis() {
  const spf = badge("spf", "failed", "fail");
  spf.evidence[0] = {
    ...spf.evidence[0]!,
    reason: HOSTILE,
    properties: [{ ptype: "smtp", property: "mailfrom", value: HOSTILE }],
  };
  const auth = authentication(
    [spf, badge("dkim", "passed"), badge("dmarc", "passed")],
    {
      authservId: HOSTILE,
    },
  );
  auth.fields.push({
    field: "authentication-results",
    index: 3,
    raw: `Authentication-Results: ${HOSTILE}`,
    trusted: false,
    parse: { ok: false, error: HOSTILE, position: 0 },
  });

  return analysis({
    message: {
      subject: HOSTILE,
      from: HOSTILE,
      date: HOSTILE,
      messageId: HOSTILE,
    },
    authentication: auth,
    bounce: bounceReport(
      [
        recipient({
          address: HOSTILE,
          diagnostic: HOSTILE,
          remoteMta: HOSTILE,
        }),
      ],
      {
        reportingMta: HOSTILE,
        returnedMessage: {
          subject: HOSTILE,
          messageId: null,
          date: null,
          from: null,
        },
      },
    ),
  });
}

describe("hostile content", () => {
  test("message fields render as text only", () => {
    const { container } = render(
      <App
        state={{
          status: "ready",
          analysis: hostileAnalysis(),
          sourceName: HOSTILE,
        }}
        translate={translate}
        theme="light"
        diagnostics={[{ call: HOSTILE, outcome: "failed", detail: HOSTILE }]}
      />,
    );
    expandAll();

    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("script")).toBeNull();
    expect(document.querySelector("img, script")).toBeNull();
    expect(window.__pwned).toBeUndefined();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(HOSTILE);
    const text = container.textContent ?? "";
    const occurrences = text.split(IMG).length - 1;
    // Subject, From, date, source, authserv-id, reason, domain, raw result,
    // untrusted raw, its parse error, reporting MTA, original subject,
    // address, remote MTA, diagnostic and the diagnostics entry.
    expect(occurrences).toBeGreaterThanOrEqual(12);
  });

  test("error parameters render as text only", () => {
    const { container } = render(
      <App
        state={{
          status: "error",
          messageKey: "ui.error.parseFile",
          hintKey: "ui.error.parseFile.hint",
          params: { name: HOSTILE },
        }}
        translate={translate}
        theme="light"
      />,
    );

    expect(container.querySelector("img, script")).toBeNull();
    expect(screen.getByRole("alert").textContent).toContain(HOSTILE);
  });
});
