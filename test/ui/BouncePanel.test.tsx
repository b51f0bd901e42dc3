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
    expect(text).toContain(translate("ui.bounce.failureClass.permanent"));
    expect(text).toContain(translate("ui.bounce.retryOutlook.never"));
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

  test.each([
    {
      status: "5.7.26",
      replyCode: "550",
      action: null,
      hardBounce: false,
      failureClass: "permanent",
      hintKey: "ui.bounce.retryOutlook.afterFix",
    },
    {
      status: "5.1.1",
      replyCode: "550",
      action: "failed",
      hardBounce: true,
      failureClass: "permanent",
      hintKey: "ui.bounce.retryOutlook.never",
    },
    {
      status: "4.2.2",
      replyCode: "452",
      action: null,
      hardBounce: false,
      failureClass: "temporary",
      hintKey: "ui.bounce.failureClass.temporary.hint",
    },
    {
      status: null,
      replyCode: "421",
      action: null,
      hardBounce: null,
      failureClass: "temporary",
      hintKey: "ui.bounce.failureClass.temporary.hint",
    },
    {
      status: null,
      replyCode: null,
      action: "delayed",
      hardBounce: false,
      failureClass: "temporary",
      hintKey: "ui.bounce.failureClass.temporary.hint",
    },
    {
      status: null,
      replyCode: null,
      action: "failed",
      hardBounce: null,
      failureClass: "unknown",
      hintKey: "ui.bounce.failureClass.unknown.hint",
    },
  ] as const)(
    "failure class of $status $replyCode $action is $failureClass",
    ({ status, replyCode, action, hardBounce, failureClass, hintKey }) => {
      renderPanel(
        bounceReport([
          recipient({
            status,
            replyCode,
            action,
            hardBounce,
            diagnostic: null,
          }),
        ]),
      );

      const badge = document.querySelector("[data-permanence]");
      expect(badge?.getAttribute("data-permanence")).toBe(failureClass);
      expect(badge?.textContent).toContain(
        translate(`ui.bounce.failureClass.${failureClass}`),
      );
      expect(badge?.textContent).toContain(translate(hintKey));
    },
  );

  test("rejection with soft bounce is not called soft", () => {
    renderPanel(
      bounceReport([
        recipient({ status: "5.7.26", replyCode: "550", hardBounce: false }),
      ]),
    );

    const text = screen.getByRole("listitem").textContent ?? "";
    expect(text).toContain(translate("ui.bounce.failureClass.permanent"));
    expect(text).not.toContain(translate("ui.bounce.failureClass.temporary"));
    expect(text).not.toMatch(/soft bounce/i);
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
      translate("ui.bounce.kindAdvice.auto-reply.summary"),
    );
    expect(card.textContent).toContain(
      translate("ui.bounce.kindAdvice.auto-reply.whatToDo"),
    );
  });

  test("feedback report says what to do", () => {
    renderPanel(
      bounceReport(
        [
          recipient({
            action: null,
            status: null,
            replyCode: null,
            diagnostic: null,
            reason: "feedback",
            hardBounce: null,
          }),
        ],
        {
          messageKind: "feedback-report",
          format: "arf",
          feedbackType: "abuse",
        },
      ),
    );

    const card = screen.getByRole("listitem");
    const text = card.textContent ?? "";
    expect(text).toContain(translate("ui.bounce.whatToDo"));
    expect(text).toContain(
      translate("ui.bounce.kindAdvice.feedback-report.whatToDo"),
    );
    expect(text).toContain(
      translate("ui.bounce.kindAdvice.feedback-report.actor"),
    );
    expect(
      screen.getByText(translate("ui.bounce.feedbackType.abuse")),
    ).toBeTruthy();
    expect(screen.getByText(translate("ui.bounce.format.arf"))).toBeTruthy();
  });

  test("raw ids become names and words", () => {
    renderPanel(
      bounceReport([recipient()], {
        provider: "office365",
        format: "rfc3464",
      }),
    );

    expect(screen.getByText("Microsoft 365")).toBeTruthy();
    expect(
      screen.getByText(translate("ui.bounce.format.rfc3464")),
    ).toBeTruthy();
    expect(screen.queryByText("office365")).toBeNull();
    expect(screen.queryByText("rfc3464")).toBeNull();
    expect(screen.getByText("format=rfc3464 provider=office365")).toBeTruthy();
  });

  test.each([
    [
      "postfix",
      translate("ui.bounce.format.software", { software: "Postfix" }),
    ],
    ["x2", translate("ui.bounce.format.other")],
  ])("scanner family %s is described", (format, words) => {
    renderPanel(bounceReport([recipient()], { format, provider: "acme" }));

    expect(words).toContain(format === "postfix" ? "Postfix" : "layout");
    expect(screen.getByText(words)).toBeTruthy();
    expect(screen.getByText("acme")).toBeTruthy();
  });

  test("unknown feedback type keeps its id", () => {
    renderPanel(
      bounceReport([recipient()], {
        messageKind: "feedback-report",
        format: "arf",
        feedbackType: "dmarc-odd",
      }),
    );

    expect(
      screen.getByText(translate("ui.bounce.feedbackType.unknown")),
    ).toBeTruthy();
    expect(screen.getByText("format=arf feedback-type=dmarc-odd")).toBeTruthy();
  });

  test("attached report says where it was found", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <BouncePanel
          bounce={bounceReport([recipient()])}
          location="attached"
          translate={translate}
        />
      </FluentProvider>,
    );

    expect(screen.getByText(translate("ui.bounce.attached"))).toBeTruthy();
  });

  test("report in the message has no location line", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <BouncePanel
          bounce={bounceReport([recipient()])}
          location="message"
          translate={translate}
        />
      </FluentProvider>,
    );

    expect(screen.queryByText(translate("ui.bounce.attached"))).toBeNull();
  });

  test("address keeps its angle brackets", () => {
    const address = "<script>alert(1)</script>@example.net";
    renderPanel(bounceReport([recipient({ address })]));

    const card = screen.getByRole("listitem");
    expect(card.querySelector("script")).toBeNull();
    expect(screen.getByText(address)).toBeTruthy();
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
