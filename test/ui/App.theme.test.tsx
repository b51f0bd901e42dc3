/** @jest-environment jsdom */
import { render } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createTranslator } from "../../src/i18n";
import { App } from "../../src/ui/App";

const translate = createTranslator("en");

/** Text of every CSS rule Fluent UI has added to the document. */
function cssText(): string {
  return Array.from(document.styleSheets)
    .flatMap((sheet) => Array.from(sheet.cssRules))
    .map((rule) => rule.cssText)
    .join("\n")
    .concat(
      Array.from(document.querySelectorAll("style"))
        .map((style) => style.textContent ?? "")
        .join("\n"),
    );
}

describe("App theme", () => {
  test.each([
    ["light", webLightTheme],
    ["dark", webDarkTheme],
  ] as const)("%s theme sets its background token", (theme, tokens) => {
    render(
      <App state={{ status: "loading" }} translate={translate} theme={theme} />,
    );

    const other = theme === "light" ? webDarkTheme : webLightTheme;
    expect(tokens.colorNeutralBackground1).not.toBe(
      other.colorNeutralBackground1,
    );
    expect(cssText()).toContain(
      `--colorNeutralBackground1: ${tokens.colorNeutralBackground1}`,
    );
    expect(cssText()).not.toContain(
      `--colorNeutralBackground1: ${other.colorNeutralBackground1}`,
    );
  });
});
