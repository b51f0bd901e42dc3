/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { createTranslator } from "../../src/i18n";
import { App } from "../../src/ui/App";
import { analysis } from "./fixtures";

const translate = createTranslator("en");

describe("App", () => {
  test("loading shows a labelled spinner", () => {
    render(
      <App state={{ status: "loading" }} translate={translate} theme="light" />,
    );

    expect(screen.getByRole("progressbar")).toBeTruthy();
    // Once as the spinner label, once in the announced status.
    expect(screen.getAllByText(translate("ui.loading"))).toHaveLength(2);
    expect(screen.getByRole("main").getAttribute("aria-busy")).toBe("true");
  });

  test("error names the file and the next step", () => {
    render(
      <App
        state={{
          status: "error",
          messageKey: "ui.error.parseFile",
          hintKey: "ui.error.parseFile.hint",
          params: { name: "broken.eml" },
        }}
        translate={translate}
        theme="light"
      />,
    );

    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain(translate("ui.error.title"));
    expect(alert.textContent).toContain("“broken.eml”");
    expect(alert.textContent).toContain(translate("ui.error.parseFile.hint"));
  });

  test("error without hint shows message only", () => {
    render(
      <App
        state={{ status: "error", messageKey: "ui.error.generic" }}
        translate={translate}
        theme="light"
      />,
    );

    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain(translate("ui.error.generic"));
    expect(alert.textContent).not.toContain(translate("ui.error.generic.hint"));
  });

  test("ready shows subject, source and badges", () => {
    render(
      <App
        state={{ status: "ready", analysis: analysis(), sourceName: "q3.eml" }}
        translate={translate}
        theme="light"
      />,
    );

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(
      "Quarterly figures",
    );
    expect(screen.getByText("q3.eml")).toBeTruthy();
    const status = document.querySelector("[aria-live='polite']");
    expect(status?.textContent).toBe(
      translate("ui.status.ready", { name: "q3.eml" }),
    );
    expect(screen.getAllByText("SPF Passed").length).toBeGreaterThan(0);
    expect(screen.getAllByText("DKIM Passed").length).toBeGreaterThan(0);
    expect(screen.getAllByText("DMARC Passed").length).toBeGreaterThan(0);
    expect(
      screen.getByText(translate("auth.overall.verified.title")),
    ).toBeTruthy();
    expect(
      screen.getByText(translate("auth.overall.verified.advice")),
    ).toBeTruthy();
  });

  test("render failure shows an error, then recovers", () => {
    // React reports the caught exception on console.error; keep output clean.
    const consoleError = jest
      .spyOn(console, "error")
      .mockImplementation(() => undefined);
    const broken = analysis();
    (broken.authentication as { badges: unknown }).badges = null;

    const { rerender } = render(
      <App
        state={{ status: "ready", analysis: broken, sourceName: "odd.eml" }}
        translate={translate}
        theme="light"
      />,
    );
    expect(screen.getByRole("alert").textContent).toContain(
      translate("ui.error.render", { name: "odd.eml" }),
    );

    rerender(
      <App
        state={{ status: "ready", analysis: analysis(), sourceName: "ok.eml" }}
        translate={translate}
        theme="light"
      />,
    );
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByText("ok.eml")).toBeTruthy();
    consoleError.mockRestore();
  });

  test("doors appear only with onInput", () => {
    const state = {
      status: "ready",
      analysis: analysis(),
      sourceName: "a.eml",
    } as const;
    const { rerender } = render(
      <App state={state} translate={translate} theme="light" />,
    );
    expect(screen.queryByText(translate("ui.doors.analyse"))).toBeNull();

    rerender(
      <App
        state={state}
        translate={translate}
        theme="light"
        onInput={() => undefined}
      />,
    );
    expect(screen.getByText(translate("ui.doors.analyse"))).toBeTruthy();
  });

  test("diagnostics list each host call", () => {
    render(
      <App
        state={{ status: "loading" }}
        translate={translate}
        theme="dark"
        diagnostics={[
          { call: "getAllInternetHeadersAsync", outcome: "ok" },
          { call: "getAsFileAsync", outcome: "unsupported" },
          {
            call: "getAttachmentContentAsync",
            outcome: "failed",
            detail: "GenericResponseError",
          },
        ]}
      />,
    );

    const header = screen.getByRole("button", {
      name: translate("ui.diagnostics.heading", { count: 3 }),
    });
    expect(header.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(header);
    expect(screen.getByText(/getAsFileAsync/).textContent).toContain(
      translate("ui.diagnostics.outcome.unsupported"),
    );
    expect(screen.getByText(/getAttachmentContentAsync/).textContent).toContain(
      "GenericResponseError",
    );
  });
});
