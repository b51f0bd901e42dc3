/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { BounceReport } from "../../src/core/bounce/types";
import { explainCodes } from "../../src/core/codes";
import { createTranslator } from "../../src/i18n";
import { BouncePanel } from "../../src/ui/BouncePanel";
import { bounceReport, recipient } from "./fixtures";

const translate = createTranslator("en");

function renderPanel(report: BounceReport) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <BouncePanel bounce={report} translate={translate} />
    </FluentProvider>,
  );
}

describe("BouncePanel", () => {
  test("recipient card shows every field", () => {
    renderPanel(
      bounceReport([recipient({ willRetryUntil: "not a date" })], {
        provider: "gmail",
      }),
    );

    const card = screen.getByRole("listitem");
    const text = card.textContent ?? "";
    expect(text).toContain("pat@example.org");
    expect(text).toContain(translate("ui.bounce.action.failed"));
    expect(text).toContain("5.1.1");
    expect(text).toContain("550");
    expect(text).toContain(translate("bounce.reason.userunknown.title"));
    expect(text).toContain("mx.example.org");
    expect(text).toContain(
      "550 5.1.1 <pat@example.org>: Recipient address rejected",
    );
    expect(text).toContain(translate("ui.bounce.permanence.hard"));
    expect(text).toContain(translate("ui.bounce.permanence.hard.hint"));
    expect(text).toContain("not a date");
  });

  test("code explanation comes from the codes catalog", () => {
    renderPanel(bounceReport([recipient()]));

    const explanation = explainCodes({
      status: "5.1.1",
      replyCode: "550",
      provider: null,
      diagnostic: recipient().diagnostic,
    });
    const card = screen.getByRole("listitem");
    expect(
      within(card).getByText(translate(explanation.summaryKey)),
    ).toBeTruthy();
    expect(
      within(card).getByText(translate(explanation.whatToDoKey)),
    ).toBeTruthy();
    expect(
      within(card).getByText(translate(explanation.actorKey)),
    ).toBeTruthy();
    expect(translate(explanation.summaryKey)).not.toBe(explanation.summaryKey);
  });

  test("soft and unknown permanence are labelled", () => {
    renderPanel(
      bounceReport([
        recipient({ address: "a@example.org", hardBounce: false }),
        recipient({ address: "b@example.org", hardBounce: null }),
      ]),
    );

    const [soft, unknown] = screen.getAllByRole("listitem");
    expect(
      soft?.querySelector("[data-permanence]")?.getAttribute("data-permanence"),
    ).toBe("soft");
    expect(soft?.textContent).toContain(translate("ui.bounce.permanence.soft"));
    expect(
      unknown
        ?.querySelector("[data-permanence]")
        ?.getAttribute("data-permanence"),
    ).toBe("unknown");
    expect(unknown?.textContent).toContain(
      translate("ui.bounce.permanence.unknown.hint"),
    );
  });

  test("recipient without codes shows no explanation", () => {
    renderPanel(
      bounceReport([
        recipient({
          status: null,
          replyCode: null,
          diagnostic: null,
          reason: null,
        }),
      ]),
    );

    const card = screen.getByRole("listitem");
    expect(card.textContent).not.toContain(translate("ui.bounce.summary"));
    expect(card.textContent).not.toContain(translate("ui.bounce.status"));
  });

  test("auto-reply shows no bounce permanence", () => {
    renderPanel(
      bounceReport(
        [
          recipient({
            action: null,
            status: null,
            replyCode: null,
            diagnostic: null,
            reason: "vacation",
            hardBounce: false,
          }),
        ],
        { messageKind: "auto-reply", format: "rfc3834" },
      ),
    );

    expect(screen.getByRole("heading").textContent).toBe(
      translate("ui.bounce.heading.auto-reply"),
    );
    expect(document.querySelector("[data-permanence]")).toBeNull();
    const card = screen.getByRole("listitem");
    expect(card.textContent).toContain(
      translate("bounce.reason.vacation.title"),
    );
    expect(card.textContent).toContain(
      translate("bounce.reason.vacation.explanation"),
    );
  });

  test("delay notice has its own heading", () => {
    renderPanel(
      bounceReport([recipient({ action: "delayed", status: "4.4.1" })]),
    );

    expect(screen.getByRole("heading").textContent).toBe(
      translate("ui.bounce.heading.delayed"),
    );
  });

  test("report header shows original subject", () => {
    renderPanel(bounceReport([recipient()]));

    expect(screen.getByRole("heading").textContent).toBe(
      translate("ui.bounce.heading.bounce"),
    );
    expect(screen.getByText("Quote for the fence")).toBeTruthy();
    expect(screen.getByText(translate("ui.bounce.originalDate"))).toBeTruthy();
    expect(document.querySelector("time")?.getAttribute("title")).toBe(
      "Tue, 21 Oct 2025 14:19:58 +0200",
    );
    expect(screen.getByText("mail.example.net")).toBeTruthy();
  });

  test("report without recipients says so", () => {
    renderPanel(bounceReport([]));

    expect(screen.getByText(translate("ui.bounce.noRecipients"))).toBeTruthy();
    expect(screen.queryByRole("listitem")).toBeNull();
  });
});
