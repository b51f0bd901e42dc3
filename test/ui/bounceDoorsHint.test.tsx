/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { createTranslator } from "../../src/i18n";
import { App } from "../../src/ui/App";
import { analysis, bounceReport, recipient } from "./fixtures";

const translate = createTranslator("en");
const hint = translate("ui.doors.bounceHint");

describe("bounce doors hint", () => {
  test("shows for a message that is no report", () => {
    render(
      <App
        state={{ status: "ready", analysis: analysis(), sourceName: "note.eml" }}
        translate={translate}
        theme="light"
        onInput={() => undefined}
      />,
    );

    expect(screen.getByText(hint)).toBeTruthy();
  });

  test("hides while a bounce is shown", () => {
    const bounced = analysis({ bounce: bounceReport([recipient()]) });
    render(
      <App
        state={{ status: "ready", analysis: bounced, sourceName: "ndr.eml" }}
        translate={translate}
        theme="light"
        onInput={() => undefined}
      />,
    );

    expect(screen.queryByText(hint)).toBeNull();
  });

  test("hides without doors", () => {
    render(
      <App
        state={{ status: "ready", analysis: analysis(), sourceName: "note.eml" }}
        translate={translate}
        theme="light"
      />,
    );

    expect(screen.queryByText(hint)).toBeNull();
  });
});
