import { readFileSync } from "node:fs";
import path from "node:path";
import { analyzeBounce } from "../../../src/core/bounce";
import type { BounceReport } from "../../../src/core/bounce/types";
import { parseMessage } from "../../../src/core/mime";

function fixture(name: string): string {
  return readFileSync(path.join(__dirname, "fixtures", name), "utf8");
}

async function analyze(raw: string): Promise<BounceReport | null> {
  return analyzeBounce(await parseMessage(raw));
}

describe("RFC 3464 failure with several recipients", () => {
  let report: BounceReport | null;

  beforeAll(async () => {
    report = await analyze(fixture("rfc3464-failure.eml"));
  });

  test("reads the per-message fields", () => {
    expect(report?.messageKind).toBe("bounce");
    expect(report?.format).toBe("rfc3464");
    expect(report?.reportingMta).toBe("mx.example.net");
    expect(report?.arrivalDate).toBe("Mon,  2 Mar 2026 10:00:01 +0000 (UTC)");
  });

  test("lists recipients in report order", () => {
    expect(report?.recipients.map((recipient) => recipient.address)).toEqual([
      "nobody@example.org",
      "full@example.org",
      "bob@example.net",
    ]);
  });

  test("unfolds and strips the diagnostic type", () => {
    const first = report?.recipients[0];
    expect(first?.diagnostic).toBe(
      "550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in local recipient table",
    );
    expect(first?.originalRecipient).toBe("nobody@example.org");
    expect(first?.remoteMta).toBe("mx.example.org");
  });

  test("takes status and reply code per recipient", () => {
    const codes = report?.recipients.map((recipient) => [
      recipient.status,
      recipient.replyCode,
    ]);
    expect(codes).toEqual([
      ["5.1.1", "550"],
      ["5.2.2", "552"],
      ["5.7.1", "550"],
    ]);
  });

  test("classifies reasons and hard bounces", () => {
    const first = report?.recipients[0];
    const second = report?.recipients[1];
    const third = report?.recipients[2];
    expect(first?.reason).toBe("userunknown");
    expect(first?.hardBounce).toBe(true);
    expect(second?.reason).toBe("mailboxfull");
    expect(second?.hardBounce).toBe(false);
    expect(third?.reason).toBe("policyviolation");
    expect(third?.lastAttemptDate).toBe(
      "Mon,  2 Mar 2026 10:00:04 +0000 (UTC)",
    );
  });

  test("finds the rejected SMTP command", () => {
    expect(report?.recipients[0]?.smtpCommand).toBe("RCPT");
    expect(report?.recipients[2]?.smtpCommand).toBe("DATA");
  });

  test("reads the returned message", () => {
    expect(report?.returnedMessage).toEqual({
      subject: "Quarterly réport",
      messageId: "<original-1@example.com>",
      date: "Mon, 2 Mar 2026 10:00:00 +0000",
      from: "Alice Example <alice@example.com>",
    });
  });
});

describe("RFC 3464 delay", () => {
  test("is a bounce with a delayed recipient", async () => {
    const report = await analyze(fixture("rfc3464-delay.eml"));
    const recipient = report?.recipients[0];

    expect(report?.messageKind).toBe("bounce");
    expect(recipient?.address).toBe("carol@slow.example.org");
    expect(recipient?.action).toBe("delayed");
    expect(recipient?.status).toBe("4.4.1");
    expect(recipient?.replyCode).toBe("421");
    expect(recipient?.willRetryUntil).toBe("Sat, 7 Mar 2026 04:00:00 +0000");
    expect(recipient?.hardBounce).toBe(false);
  });

  test("retry text marks a missing Action", async () => {
    const raw = fixture("rfc3464-delay.eml").replace("Action: delayed\n", "");
    const report = await analyze(raw);

    expect(report?.recipients[0]?.action).toBe("delayed");
  });

  test("reads returned headers from text/rfc822-headers", async () => {
    const report = await analyze(fixture("rfc3464-delay.eml"));
    expect(report?.returnedMessage?.subject).toBe("Meeting notes");
    expect(report?.returnedMessage?.messageId).toBe("<notes-7@example.com>");
  });
});

describe("success DSN", () => {
  test("is a delivery-success report", async () => {
    const report = await analyze(fixture("rfc3464-success.eml"));
    const recipient = report?.recipients[0];

    expect(report?.messageKind).toBe("delivery-success");
    expect(recipient?.action).toBe("delivered");
    expect(recipient?.status).toBe("2.0.0");
    expect(recipient?.replyCode).toBe("250");
    expect(recipient?.reason).toBe("delivered");
    expect(recipient?.hardBounce).toBe(false);
  });
});

describe("RFC 6533 global DSN", () => {
  let report: BounceReport | null;

  beforeAll(async () => {
    report = await analyze(fixture("rfc6533-global.eml"));
  });

  test("reads a UTF-8 final recipient", () => {
    expect(report?.format).toBe("rfc6533");
    expect(report?.recipients[0]?.address).toBe("jürgen@example.org");
  });

  test("decodes unitext escapes in the original recipient", () => {
    expect(report?.recipients[0]?.originalRecipient).toBe("jürgen@example.org");
  });

  test("classifies the failure", () => {
    expect(report?.recipients[0]?.status).toBe("5.1.1");
    expect(report?.recipients[0]?.reason).toBe("userunknown");
  });

  test("reads message/global-headers", () => {
    expect(report?.returnedMessage?.subject).toBe("Grüße aus Köln");
  });
});

describe("ARF feedback report", () => {
  test("reads Feedback-Type and the reported recipient", async () => {
    const report = await analyze(fixture("arf-abuse.eml"));

    expect(report?.messageKind).toBe("feedback-report");
    expect(report?.feedbackType).toBe("abuse");
    expect(report?.reportingMta).toBe("fbl.isp.example.net");
    expect(report?.recipients.map((recipient) => recipient.address)).toEqual([
      "erin@isp.example.net",
    ]);
    expect(report?.recipients[0]?.reason).toBe("feedback");
    expect(report?.returnedMessage?.subject).toBe("March offers");
  });
});

describe("RFC 3834 auto-reply", () => {
  test("is an auto-reply from the away mailbox", async () => {
    const report = await analyze(fixture("auto-reply.eml"));

    expect(report?.messageKind).toBe("auto-reply");
    expect(report?.recipients[0]?.address).toBe("frank@example.org");
    expect(report?.recipients[0]?.reason).toBe("vacation");
    expect(report?.recipients[0]?.hardBounce).toBe(false);
  });

  test("mailbox no longer in use is a bounce", async () => {
    const raw = fixture("auto-reply.eml").replace(
      "I am away until 16 March and will read your message when I am back.",
      "This mailbox is no longer in use. Please write to the front desk.",
    );
    const report = await analyze(raw);

    expect(report?.messageKind).toBe("bounce");
    expect(report?.recipients[0]?.reason).toBe("suspend");
  });
});

describe("messages that are not reports", () => {
  test("personal message is not a bounce", async () => {
    expect(await analyze(fixture("not-bounce.eml"))).toBeNull();
  });

  test("vacation subject alone is no auto-reply", async () => {
    const raw = fixture("not-bounce.eml").replace(
      "Subject: Lunch on Tuesday?",
      "Subject: Vacation photos",
    );
    expect(await analyze(raw)).toBeNull();
  });

  test("headers only message is not a bounce", async () => {
    expect(
      await analyze("Subject: hi\r\nFrom: a@example.com\r\n\r\n"),
    ).toBeNull();
  });
});

describe("line endings", () => {
  const names = [
    "rfc3464-failure.eml",
    "rfc3464-delay.eml",
    "rfc6533-global.eml",
    "arf-abuse.eml",
    "auto-reply.eml",
  ];

  test.each(names)("%s reads the same with CRLF and CR", async (name) => {
    const lf = fixture(name);
    const expected = await analyze(lf);
    const crlf = await analyze(lf.replace(/\n/g, "\r\n"));
    const cr = await analyze(lf.replace(/\n/g, "\r"));

    expect(expected).not.toBeNull();
    expect(crlf).toEqual(expected);
    expect(cr).toEqual(expected);
  });
});
