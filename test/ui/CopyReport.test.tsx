/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createTranslator } from "../../src/i18n";
import { formatSupportReport } from "../../src/report/support-report";
import { CopyReport } from "../../src/ui/CopyReport";
import { analysis, bounceReport, recipient } from "./fixtures";

const translate = createTranslator("en");

describe("CopyReport", () => {
  test("blocked clipboard shows the report", async () => {
    // jsdom has no navigator.clipboard, like a host that denies it.
    expect(navigator.clipboard).toBeUndefined();
    const bounced = analysis({ bounce: bounceReport([recipient()]) });
    render(
      <FluentProvider theme={webLightTheme}>
        <CopyReport
          analysis={bounced}
          sourceName="ndr.eml"
          translate={translate}
        />
      </FluentProvider>,
    );

    await act(async () => {
      fireEvent.click(
        screen.getByRole("button", { name: translate("ui.report.copy") }),
      );
    });

    const report = screen.getByRole<HTMLTextAreaElement>("textbox");
    expect(report.value).toBe(
      formatSupportReport(bounced, translate, {
        omitOwnAddress: false,
        omitSubject: false,
        locale: "en-GB",
      }),
    );
    expect(report.value).toContain("pat@example.org");
    expect(report.readOnly).toBe(true);
    expect(screen.queryByText(translate("ui.report.copied"))).toBeNull();
  });

  test("leaves out the subject when asked", async () => {
    const bounced = analysis({ bounce: bounceReport([recipient()]) });
    render(
      <FluentProvider theme={webLightTheme}>
        <CopyReport analysis={bounced} sourceName="ndr.eml" translate={translate} />
      </FluentProvider>,
    );

    fireEvent.click(
      screen.getByRole("checkbox", {
        name: translate("report.support.option.omitSubject"),
      }),
    );
    await act(async () => {
      fireEvent.click(
        screen.getByRole("button", { name: translate("ui.report.copy") }),
      );
    });

    const report = screen.getByRole<HTMLTextAreaElement>("textbox");
    expect(report.value).toContain("pat@example.org");
    expect(report.value).not.toContain("Quote for the fence");
  });
});
