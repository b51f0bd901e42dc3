import { analyzeBounce } from "../../../src/core/bounce";
import { reasonFromProviderCode } from "../../../src/core/bounce/classify-provider";
import { explanationText } from "../../../src/core/bounce/explanation-text";
import { findReturnedMessage } from "../../../src/core/bounce/returned-message";
import { enrichFromScan } from "../../../src/core/bounce/run-scanners";
import { findSmtpCommand } from "../../../src/core/bounce/smtp-command";
import type { BounceRecipient } from "../../../src/core/bounce/types";
import { parseMessage } from "../../../src/core/mime";

describe("findSmtpCommand", () => {
  test("reads Postfix's wrapped note", () => {
    const text =
      "<a@example.org>: host mx.example.org[192.0.2.1] said: 550 User unknown (in reply to\n    RCPT TO command)\n";
    expect(findSmtpCommand("a@example.org", null, text)).toBe("RCPT");
  });

  test("reads Exim's note in the diagnostic", () => {
    expect(
      findSmtpCommand(
        "a@example.org",
        "SMTP error from remote mail server after end of data: 550 rejected",
        "",
      ),
    ).toBe("DATA");
  });

  test("takes the last command of a transcript", () => {
    const text =
      "... while talking to mx.example.org.:\n>>> RCPT To:<a@example.org>\n<<< 250 ok\n>>> DATA\n<<< 554 refused\n";
    expect(findSmtpCommand("a@example.org", null, text)).toBe("DATA");
  });

  test("reads a pipelined RCPT reply after DATA", () => {
    const text = [
      "... while talking to mx.example.org.:",
      ">>> DATA",
      "<<< 550 5.0.0 <a@example.org>... User unknown",
      "550 5.1.1 <a@example.org>... User unknown",
      "<<< 503 5.0.0 Need RCPT (recipient)",
    ].join("\n");
    expect(findSmtpCommand("a@example.org", null, text)).toBe("RCPT");
  });

  test("keeps DATA when DATA's reply ends it", () => {
    const text = [
      "... while talking to mx.example.org.:",
      ">>> DATA",
      "<<< 554 delivery error: dd This user doesn't have an account (a@example.org)",
      "554 5.0.0 Service unavailable",
    ].join("\n");
    expect(findSmtpCommand("a@example.org", null, text)).toBe("DATA");
  });

  test("returns null without evidence", () => {
    expect(
      findSmtpCommand("a@example.org", "550 no", "a@example.org failed"),
    ).toBeNull();
    expect(findSmtpCommand("", null, "in reply to RCPT TO command")).toBeNull();
  });
});

describe("reasonFromProviderCode", () => {
  test("reads Orange error numbers", () => {
    expect(
      reasonFromProviderCode("550 5.1.1 Invalid recipient. OFR_416 [416]"),
    ).toBe("userunknown");
    expect(
      reasonFromProviderCode(
        "Client host blocked for spamming issues. OFR006_102",
      ),
    ).toBe("blocked");
  });

  test("reads Spectrum AUP numbers", () => {
    expect(
      reasonFromProviderCode(
        "550 5.1.0 <a@example.org> sender rejected. AUP#In-1310",
      ),
    ).toBe("ratelimited");
    expect(reasonFromProviderCode("554 rejected AUP#CDRBL")).toBeNull();
  });

  test("ignores unknown numbers and plain text", () => {
    expect(reasonFromProviderCode("LPN000_999 something")).toBeNull();
    expect(reasonFromProviderCode("550 User unknown")).toBeNull();
  });
});

describe("explanationText", () => {
  test("stops at the returned copy", () => {
    const text =
      "Mailbox full.\n\nReturn-Path: <a@example.com>\nSubject: spam offer\n";
    expect(explanationText(text)).toBe("Mailbox full.\n\n");
  });

  test("keeps text without a copy", () => {
    expect(explanationText("Delivery failed.\r\n")).toBe("Delivery failed.\n");
  });
});

async function analyze(raw: string) {
  return analyzeBounce(await parseMessage(raw));
}

describe("feedback report variants", () => {
  test("Hotmail complaint is an abuse report", async () => {
    const raw = [
      "From: staff@hotmail.example",
      "To: abuse@example.com",
      "Subject: complaint about message from 192.0.2.1",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="J"',
      "",
      "--J",
      "Content-Type: message/rfc822",
      "",
      "X-HmXmrOriginalRecipient: reader@example.org",
      "From: news@example.com",
      "Subject: Weekly news",
      "",
      "Body",
      "--J--",
      "",
    ].join("\r\n");
    const report = await analyze(raw);

    expect(report?.messageKind).toBe("feedback-report");
    expect(report?.feedbackType).toBe("abuse");
    expect(report?.recipients[0]?.address).toBe("reader@example.org");
  });

  test("Apple Mail unsubscribe is an opt-out", async () => {
    const raw = [
      "From: reader@example.org",
      "To: unsubscribe-42@example.com",
      "Subject: unsubscribe",
      "Auto-Submitted: auto-replied",
      "X-Apple-Unsubscribe: true",
      "",
      "Apple Mail sent this email to unsubscribe.",
      "",
    ].join("\n");
    const report = await analyze(raw);

    expect(report?.messageKind).toBe("feedback-report");
    expect(report?.feedbackType).toBe("opt-out");
    expect(report?.recipients[0]?.address).toBe("unsubscribe-42@example.com");
  });
});

describe("broken reports", () => {
  test("fields in the body of a report with a broken boundary", async () => {
    const raw = [
      "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>",
      "Subject: Returned mail",
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="X"',
      "",
      "--X",
      "Content-Type: text/plain",
      "",
      " --X",
      "content-type: text/plain",
      "",
      "Reporting-MTA: dns; mx.example.net",
      "",
      "Final-Recipient: rfc822; a@example.org",
      "Action: failed",
      "Status: 5.1.1",
      "Diagnostic-Code: smtp; 550 5.1.1 User unknown",
      "",
      "--X--",
      "",
    ].join("\n");
    const report = await analyze(raw);

    expect(report?.recipients[0]?.address).toBe("a@example.org");
    expect(report?.recipients[0]?.reason).toBe("userunknown");
  });

  test("delivery status part without recipients is not a bounce", async () => {
    const raw = [
      "From: someone@example.com",
      "Subject: odd",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="Y"',
      "",
      "--Y",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; mx.example.net",
      "",
      "--Y--",
      "",
    ].join("\n");
    expect(await analyze(raw)).toBeNull();
  });
});

describe("hostile input", () => {
  test("many quoted header lines finish", async () => {
    const raw = `From: a@example.com\nSubject: Automatic reply: x\n\n${"X-a: b\n\n".repeat(20_000)}`;
    const report = await analyze(raw);
    expect(report?.messageKind).toBe("auto-reply");
  });

  test("markup in a diagnostic stays text", async () => {
    const raw = [
      "From: MAILER-DAEMON@example.net",
      "Subject: failure",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="Z"',
      "",
      "--Z",
      "Content-Type: message/delivery-status",
      "",
      "Final-Recipient: rfc822; <script>@example.org",
      "Action: failed",
      "Diagnostic-Code: smtp; 550 <img src=x onerror=alert(1)>",
      "",
      "--Z--",
      "",
    ].join("\n");
    const report = await analyze(raw);
    expect(report?.recipients[0]?.diagnostic).toBe(
      "550 <img src=x onerror=alert(1)>",
    );
    expect(report?.recipients[0]?.replyCode).toBe("550");
  });
});

describe("findReturnedMessage", () => {
  test("reads headers quoted in plain text", async () => {
    const raw = [
      "From: MAILER-DAEMON@mx.example.net",
      "Subject: failure notice",
      "",
      "Sorry, we were unable to deliver your message.",
      "",
      "--- Below this line is a copy of the message.",
      "",
      "> Return-Path: <alice@example.com>",
      "> From: Alice <alice@example.com>",
      "> Subject: =?UTF-8?Q?Caf=C3=A9?=",
      "> Message-ID: <quoted-1@example.com>",
      "> Date: Mon, 2 Mar 2026 10:00:00 +0000",
      "",
      "> Hello",
      "",
    ].join("\n");
    const returned = findReturnedMessage(await parseMessage(raw));

    expect(returned?.subject).toBe("Café");
    expect(returned?.messageId).toBe("<quoted-1@example.com>");
    expect(returned?.from).toBe("Alice <alice@example.com>");
  });

  test("text without headers has none", async () => {
    const raw = "From: a@example.com\nSubject: hi\n\nJust text.\n";
    expect(findReturnedMessage(await parseMessage(raw))).toBeNull();
  });
});

describe("enrichFromScan", () => {
  const base: BounceRecipient = {
    address: "a@example.org",
    originalRecipient: null,
    action: "failed",
    status: "4.4.7",
    replyCode: null,
    diagnostic: "550 4.4.7 QUEUE.Expired; message expired",
    remoteMta: null,
    lastAttemptDate: null,
    willRetryUntil: null,
    reason: null,
    hardBounce: null,
  };

  test("skips an earlier attempt's reply code", () => {
    const scanned = { ...base, status: "4.4.1", replyCode: "441" };
    const [enriched] = enrichFromScan([base], [scanned]);
    expect(enriched?.replyCode).toBeNull();
    expect(enriched?.status).toBe("4.4.7");
  });

  test("takes the reply code of the same reply", () => {
    const scanned = { ...base, replyCode: "450" };
    const [enriched] = enrichFromScan([base], [scanned]);
    expect(enriched?.replyCode).toBe("450");
  });
});
