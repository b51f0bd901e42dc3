/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { VerdictState } from "../../src/core/auth/types";
import { createTranslator, type Translate } from "../../src/i18n";
import { BadgeRow } from "../../src/ui/BadgeRow";
import { badge } from "./fixtures";

const translate = createTranslator("en");

const STATES: VerdictState[] = [
  "passed",
  "failed",
  "softfail",
  "neutral",
  "not-available",
  "temperror",
  "permerror",
  "not-checked",
];

function renderRow(states: VerdictState[], using: Translate = translate) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <BadgeRow
        badges={states.map((state) => badge("spf", state))}
        translate={using}
      />
    </FluentProvider>,
  );
}

/** Returns the SVG path of a badge's icon; no two icons share one. */
function iconPath(item: HTMLElement): string {
  return item.querySelector("svg path")?.getAttribute("d") ?? "";
}

describe("BadgeRow", () => {
  test.each(STATES)("state %s says its result in words", (state) => {
    renderRow([state]);

    const item = screen.getByRole("listitem");
    expect(item.getAttribute("data-state")).toBe(state);
    expect(item.textContent).toBe(translate(`auth.badge.spf.${state}`));
    expect(item.textContent).toMatch(/^SPF /);
    expect(iconPath(item)).not.toBe("");
  });

  test("each state has its own icon", () => {
    renderRow(STATES);

    const paths = screen.getAllByRole("listitem").map(iconPath);
    expect(paths).toHaveLength(STATES.length);
    expect(new Set(paths).size).toBe(STATES.length);
  });

  test("passed and failed differ in colour class", () => {
    renderRow(["passed", "failed"]);

    const [passed, failed] = screen.getAllByRole("listitem");
    const passedBadge = passed?.firstElementChild?.className;
    const failedBadge = failed?.firstElementChild?.className;
    expect(passedBadge).toBeTruthy();
    expect(passedBadge).not.toBe(failedBadge);
  });

  test("missing auth label falls back to method and state", () => {
    const withoutAuthLabels: Translate = (key, params) =>
      key.startsWith("auth.badge.") ? key : translate(key, params);
    renderRow(["softfail"], withoutAuthLabels);

    const item = screen.getByRole("listitem");
    expect(item.textContent).toBe("SPF Soft fail");
  });

  test("list is labelled for screen readers", () => {
    renderRow(["passed"]);

    const list = screen.getByRole("list", {
      name: translate("ui.auth.heading"),
    });
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
  });
});
