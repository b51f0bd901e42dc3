import fc from "fast-check";
import type { BounceReason } from "../../../src/core/bounce/types";
import { explainCodes } from "../../../src/core/codes";

describe("explainCodes", () => {
  test("Gmail 5.7.26 uses the provider entry", () => {
    const explanation = explainCodes({
      status: "5.7.26",
      replyCode: "550",
      provider: "gmail",
    });
    expect(explanation.provider).toBe("gmail");
    expect(explanation.providerEntry?.code).toBe("5.7.26");
    expect(explanation.summaryKey).toBe("code.provider.gmail.5.7.26.meaning");
    expect(explanation.whatToDoKey).toBe("code.provider.gmail.5.7.26.action");
    expect(explanation.actor).toBe("sender-admin");
    expect(explanation.actorKey).toBe("code.actor.sender-admin");
    expect(explanation.retry).toBe("after-fix");
    expect(explanation.retryKey).toBe("code.retry.after-fix");
    expect(explanation.reason).toBe("authfailure");
    expect(explanation.basic?.entry?.code).toBe("550");
  });

  test("detects the provider from the diagnostic", () => {
    const explanation = explainCodes({
      status: "5.7.509",
      replyCode: "550",
      diagnostic:
        "550 5.7.509 Access denied, sending domain example.com does not " +
        "pass DMARC verification [AM0PR01MB1234.eurprd01.prod.outlook.com]",
    });
    expect(explanation.provider).toBe("office365");
    expect(explanation.summaryKey).toBe(
      "code.provider.office365.5.7.509.meaning",
    );
  });

  test("diagnostic provider beats the given one", () => {
    const explanation = explainCodes({
      status: "5.7.26",
      provider: "office365",
      diagnostic: "550-5.7.26 unauthenticated gsmtp",
    });
    expect(explanation.provider).toBe("gmail");
    expect(explanation.summaryKey).toBe("code.provider.gmail.5.7.26.meaning");
  });

  test("given provider applies to plain diagnostics", () => {
    const explanation = explainCodes({
      status: "5.7.509",
      provider: "office365",
      diagnostic: "550 5.7.509 Access denied",
    });
    expect(explanation.provider).toBe("office365");
    expect(explanation.providerEntry?.code).toBe("5.7.509");
  });

  test("other servers' text keeps the IANA meaning", () => {
    // Reported through Gmail, but written by a server that is not Gmail.
    const explanation = explainCodes({
      status: "5.7.27",
      replyCode: "550",
      provider: "gmail",
      diagnostic: "550 5.7.27 sender address has null MX",
    });
    expect(explanation.providerEntry).toBeNull();
    expect(explanation.summaryKey).toBe("code.enhanced.X.7.27.meaning");
  });

  test("IANA detail beats the reply code", () => {
    const explanation = explainCodes({ status: "5.1.1", replyCode: "550" });
    expect(explanation.summaryKey).toBe("code.enhanced.X.1.1.meaning");
    expect(explanation.reason).toBe("userunknown");
    expect(explanation.provider).toBeNull();
  });

  test("reply code entry beats X.0.0", () => {
    const explanation = explainCodes({ status: "5.0.0", replyCode: "552" });
    expect(explanation.summaryKey).toBe("code.basic.552.meaning");
    expect(explanation.reason).toBe("mailboxfull");
  });

  test("reply code entry beats a subject fallback", () => {
    const explanation = explainCodes({ status: "5.2.99", replyCode: "552" });
    expect(explanation.summaryKey).toBe("code.basic.552.meaning");
    expect(explanation.enhanced?.source).toBe("subject");
  });

  test("subject fallback beats reply digits", () => {
    const explanation = explainCodes({ status: "5.2.99", replyCode: "597" });
    expect(explanation.summaryKey).toBe("code.subject.2.meaning");
  });

  test("reply code alone is explained", () => {
    const explanation = explainCodes({ replyCode: "421" });
    expect(explanation.enhanced).toBeNull();
    expect(explanation.summaryKey).toBe("code.basic.421.meaning");
    expect(explanation.retry).toBe("later");
  });

  test("unknown reply code reads by digits", () => {
    const explanation = explainCodes({ replyCode: "439" });
    expect(explanation.summaryKey).toBe("code.basicClass.4.meaning");
  });

  test("Yahoo text without a code is explained", () => {
    const explanation = explainCodes({
      replyCode: "554",
      diagnostic:
        "554 delivery error: dd This user doesn't have a yahoo.com account",
    });
    expect(explanation.provider).toBe("yahoo");
    expect(explanation.providerEntry?.code).toBe("no-account");
    expect(explanation.reason).toBe("userunknown");
  });

  test("nothing known gives the unknown keys", () => {
    const explanation = explainCodes({});
    expect(explanation.summaryKey).toBe("code.summary.unknown");
    expect(explanation.whatToDoKey).toBe("code.action.unknown");
    expect(explanation.enhanced).toBeNull();
    expect(explanation.basic).toBeNull();
    expect(explanation.reason).toBeNull();
  });

  test("malformed codes give the unknown keys", () => {
    const explanation = explainCodes({
      status: "5.1",
      replyCode: "abc",
      provider: "nowhere",
      diagnostic: "",
    });
    expect(explanation.enhanced).toBeNull();
    expect(explanation.basic).toBeNull();
    expect(explanation.provider).toBeNull();
    expect(explanation.summaryKey).toBe("code.summary.unknown");
  });

  test("flags disagreeing classes", () => {
    expect(
      explainCodes({ status: "4.2.2", replyCode: "550" }).classMismatch,
    ).toBe(true);
    expect(
      explainCodes({ status: "5.2.2", replyCode: "552" }).classMismatch,
    ).toBe(false);
    expect(explainCodes({ status: "5.2.2" }).classMismatch).toBe(false);
  });

  test("success codes need nothing", () => {
    const explanation = explainCodes({ status: "2.0.0", replyCode: "250" });
    expect(explanation.retry).toBe("not-needed");
    expect(explanation.actor).toBe("nobody");
    expect(explanation.reason).toBe("delivered");
  });

  test("huge inputs do not throw", () => {
    const huge = "5.1.1 ".repeat(200_000);
    const explanation = explainCodes({
      status: huge,
      replyCode: huge,
      provider: huge,
      diagnostic: huge,
    });
    expect(explanation.summaryKey).toBe("code.summary.unknown");
  });

  test("arbitrary input never throws", () => {
    const field = fc.option(fc.string({ maxLength: 64 }), { nil: undefined });
    fc.assert(
      fc.property(
        field,
        field,
        field,
        field,
        (status, replyCode, provider, diagnostic) => {
          const explanation = explainCodes({
            status,
            replyCode,
            provider,
            diagnostic,
          });
          expect(explanation.summaryKey).toMatch(/^code\./);
          expect(explanation.whatToDoKey).toMatch(/^code\./);
        },
      ),
    );
  });

  test("arbitrary status codes resolve", () => {
    const code = fc
      .tuple(
        fc.constantFrom(2, 4, 5),
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 999 }),
      )
      .map(([cls, subject, detail]) => `${cls}.${subject}.${detail}`);
    const provider = fc.constantFrom("gmail", "office365", "yahoo", null);
    fc.assert(
      fc.property(code, provider, (status, providerId) => {
        const explanation = explainCodes({ status, provider: providerId });
        expect(explanation.enhanced).not.toBeNull();
      }),
    );
  });
});

describe("explainCodes with a bounce reason", () => {
  const coxSenderRefusal = {
    status: "5.1.0",
    replyCode: "550",
    diagnostic:
      "550 5.1.0 <bounce@mailer.example.com> sender rejected. AUP#CDRBL",
  };

  test("X.1.0 takes the reason's advice", () => {
    const explanation = explainCodes({
      ...coxSenderRefusal,
      reason: "blocked",
      action: "failed",
    });
    expect(explanation.summaryKey).toBe("code.reason.blocked.meaning");
    expect(explanation.whatToDoKey).toBe("code.reason.blocked.action");
    expect(explanation.actor).toBe("sender-admin");
    expect(explanation.reason).toBe("blocked");
    expect(explanation.enhanced?.detail?.code).toBe("X.1.0");
  });

  test("X.1.0 without a reason keeps its entry", () => {
    const explanation = explainCodes(coxSenderRefusal);
    expect(explanation.summaryKey).toBe("code.enhanced.X.1.0.meaning");
    expect(explanation.whatToDoKey).toBe("code.enhanced.X.1.0.action");
  });

  test.each([
    ["5.0.0", "550", "spamdetected"],
    ["5.7.1", "550", "filtered"],
    ["5.7.0", "554", "policyviolation"],
    ["5.9.99", null, "mailboxfull"],
    [null, "550", "suspend"],
    [null, "597", "ratelimited"],
    [null, null, "virusdetected"],
  ] as const)("catch-all %s %s explains %s", (status, replyCode, reason) => {
    const explanation = explainCodes({ status, replyCode, reason });
    expect(explanation.summaryKey).toBe(`code.reason.${reason}.meaning`);
    expect(explanation.whatToDoKey).toBe(`code.reason.${reason}.action`);
  });

  test("specific codes keep their entry", () => {
    const explanation = explainCodes({
      status: "5.2.2",
      replyCode: "552",
      reason: "filtered",
    });
    expect(explanation.summaryKey).toBe("code.enhanced.X.2.2.meaning");
    expect(explanation.reason).toBe("mailboxfull");
  });

  test("provider entries keep their entry", () => {
    const explanation = explainCodes({
      status: "5.7.26",
      replyCode: "550",
      provider: "gmail",
      reason: "blocked",
    });
    expect(explanation.summaryKey).toBe("code.provider.gmail.5.7.26.meaning");
  });

  test("vague reasons keep the code's entry", () => {
    const explanation = explainCodes({ status: "5.0.0", reason: "onhold" });
    expect(explanation.summaryKey).toBe("code.enhanced.X.0.0.meaning");
  });

  test("a value that is no reason is ignored", () => {
    const explanation = explainCodes({
      status: "5.1.0",
      reason: "toString" as BounceReason,
    });
    expect(explanation.summaryKey).toBe("code.enhanced.X.1.0.meaning");
    expect(explanation.actorKey).toBe("code.actor.sender");
  });

  test("an unknown user never succeeds on retry", () => {
    const explanation = explainCodes({
      status: "5.0.0",
      replyCode: "554",
      reason: "userunknown",
    });
    expect(explanation.retry).toBe("never");
    expect(explanation.retryKey).toBe("code.retry.never");
  });
});

describe("explainCodes with a DSN action", () => {
  const qmailGaveUp = {
    status: "4.4.3",
    diagnostic:
      "Unable to contact LDAP server. (#4.4.3)I'm not going to try again; " +
      "this message has been in the queue too long.",
  };

  test("failed turns later into resend-later", () => {
    const explanation = explainCodes({
      ...qmailGaveUp,
      reason: "systemerror",
      action: "failed",
    });
    expect(explanation.retry).toBe("resend-later");
    expect(explanation.retryKey).toBe("code.retry.resend-later");
  });

  test("delayed keeps later", () => {
    const explanation = explainCodes({ ...qmailGaveUp, action: "delayed" });
    expect(explanation.retry).toBe("later");
  });

  test("failed keeps other advice", () => {
    const explanation = explainCodes({ status: "5.1.1", action: "failed" });
    expect(explanation.retry).toBe("after-fix");
  });

  test("failed never yields later", () => {
    const status = fc
      .tuple(
        fc.constantFrom(2, 4, 5),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 30 }),
      )
      .map(([cls, subject, detail]) => `${cls}.${subject}.${detail}`);
    const replyCode = fc.option(fc.integer({ min: 200, max: 599 }), {
      nil: null,
    });
    fc.assert(
      fc.property(status, replyCode, (code, reply) => {
        const explanation = explainCodes({
          status: code,
          replyCode: reply === null ? null : String(reply),
          action: "failed",
        });
        expect(explanation.retry).not.toBe("later");
      }),
    );
  });
});
