import type { Analysis } from "../../../src/core/analysis-types";
import type { OverallVerdict } from "../../../src/core/auth/types";
import type {
  BounceRecipient,
  BounceReport,
  MessageKind,
} from "../../../src/core/bounce/types";
import {
  badgeForAnalysis,
  badgeForError,
} from "../../../src/hosts/thunderbird/action-badge";
import { createTranslator } from "../../../src/i18n";

const translate = createTranslator("en");

function analysisWith(
  overall: OverallVerdict,
  bounce: BounceReport | null = null,
): Analysis {
  return {
    message: { subject: null, from: null, date: null, messageId: null },
    authentication: {
      authservId: null,
      fields: [],
      badges: [],
      overall,
      fromDomain: null,
    } as unknown as Analysis["authentication"],
    bounce,
    headersOnly: false,
  };
}

function recipient(overrides: Partial<BounceRecipient>): BounceRecipient {
  return {
    address: "someone@receiver.example",
    originalRecipient: null,
    action: "failed",
    status: null,
    replyCode: null,
    diagnostic: null,
    remoteMta: null,
    lastAttemptDate: null,
    willRetryUntil: null,
    reason: null,
    hardBounce: null,
    ...overrides,
  };
}

function report(
  messageKind: MessageKind,
  recipients: BounceRecipient[],
): BounceReport {
  return {
    messageKind,
    format: "rfc3464",
    provider: null,
    reportingMta: null,
    arrivalDate: null,
    feedbackType: null,
    recipients,
    returnedMessage: null,
  } as BounceReport;
}

describe("badgeForAnalysis", () => {
  test.each([
    ["verified", "OK"],
    ["failed", "!"],
    ["not-verified", "?"],
    ["not-checked", "-"],
  ] as const)("verdict %s shows %s", (overall, text) => {
    const badge = badgeForAnalysis(analysisWith(overall), translate);
    expect(badge.text).toBe(text);
    expect(badge.title).toContain(translate(`auth.overall.${overall}.title`));
    expect(badge.title.split("\n")[0]).toBe(translate("ui.app.title"));
  });

  test.each([
    ["delivery-success", "DSN"],
    ["auto-reply", "AUTO"],
    ["feedback-report", "ARF"],
  ] as const)("report kind %s shows %s", (kind, text) => {
    const badge = badgeForAnalysis(
      analysisWith("verified", report(kind, [])),
      translate,
    );
    expect(badge.text).toBe(text);
    expect(badge.title).toContain(translate(`ui.bounce.heading.${kind}`));
  });

  test("bounce outranks the verdict", () => {
    const badge = badgeForAnalysis(
      analysisWith("verified", report("bounce", [])),
      translate,
    );
    expect(badge.text).toBe("NDR");
  });

  test("failed and delayed recipients give NDR", () => {
    const badge = badgeForAnalysis(
      analysisWith(
        "not-checked",
        report("bounce", [
          recipient({ action: "delayed", status: "4.4.1" }),
          recipient({ action: "failed", status: "5.1.1", replyCode: "550" }),
        ]),
      ),
      translate,
    );
    expect(badge.text).toBe("NDR");
    expect(badge.title).toContain("4.4.1, 5.1.1 (550)");
  });

  test("status 4 without action counts as delayed", () => {
    const badge = badgeForAnalysis(
      analysisWith(
        "not-checked",
        report("bounce", [recipient({ action: null, status: "4.2.2" })]),
      ),
      translate,
    );
    expect(badge.text).toBe("DLY");
  });

  test("codes are listed once and cut after four", () => {
    const recipients = ["5.1.1", "5.1.1", "5.2.2", "5.7.1", "5.4.4", "5.3.4"].map(
      (status) => recipient({ status, replyCode: "550" }),
    );
    const badge = badgeForAnalysis(
      analysisWith("not-checked", report("bounce", recipients)),
      translate,
    );
    const codeLine = badge.title.split("\n")[2];
    expect(codeLine).toBe(
      "5.1.1 (550), 5.2.2 (550), 5.7.1 (550), 5.4.4 (550), …",
    );
  });

  test("reply code alone is listed", () => {
    const badge = badgeForAnalysis(
      analysisWith(
        "not-checked",
        report("bounce", [recipient({ replyCode: "554" }), recipient({})]),
      ),
      translate,
    );
    expect(badge.title.split("\n")).toEqual([
      translate("ui.app.title"),
      translate("ui.bounce.heading.bounce"),
      "554",
    ]);
  });
});

describe("badgeForError", () => {
  test("shows ERR with the error title", () => {
    const badge = badgeForError(translate);
    expect(badge.text).toBe("ERR");
    expect(badge.title).toContain(translate("ui.error.title"));
  });
});
