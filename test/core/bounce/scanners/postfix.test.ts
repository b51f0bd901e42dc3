import { postfixScanner } from "../../../../src/core/bounce/scanners/postfix";
import { parseMessage } from "../../../../src/core/mime";
import { scanSpec } from "./build-message";

describe("postfixScanner", () => {
  it("reads recipients and wrapped diagnostics", async () => {
    const result = await scanSpec(postfixScanner, {
      from: "Mail Delivery System <MAILER-DAEMON@out.example.net>",
      subject: "Undelivered Mail Returned to Sender",
      body: [
        "This is the mail system at host out.example.net.",
        "",
        "I'm sorry to have to inform you that your message could not",
        "be delivered to one or more recipients.",
        "",
        "                   The mail system",
        "",
        "<peggy@example.com>: host mx.example.com[192.0.2.30] said: 550",
        "    5.1.1 <peggy@example.com>: unknown recipient (in reply to RCPT TO",
        "    command)",
        "",
        "<trent@example.com> (expanded from <team@example.net>): host",
        "    mx.example.com[192.0.2.30] said: 452 4.2.2 mailbox full",
      ].join("\n"),
    });

    expect(result?.recipients.map((recipient) => recipient.address)).toEqual([
      "peggy@example.com",
      "trent@example.com",
    ]);
    expect(result?.recipients[0]?.replyCode).toBe("550");
    expect(result?.recipients[0]?.status).toBe("5.1.1");
    expect(result?.recipients[0]?.remoteMta).toBe("mx.example.com");
    expect(result?.recipients[1]?.status).toBe("4.2.2");
  });

  it("takes the status from pasted delivery-status fields", async () => {
    const result = await scanSpec(postfixScanner, {
      from: "MAILER-DAEMON@out.example.net",
      subject: "Delayed Mail (still being retried)",
      body: [
        "This is the mail system at host out.example.net.",
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #",
        "",
        "<victor@example.com>: connect to mx.example.com[192.0.2.31]:25: timed out",
        "",
        "Reporting-MTA: dns; out.example.net",
        "",
        "Final-Recipient: rfc822; victor@example.com",
        "Action: delayed",
        "Status: 4.4.1",
      ].join("\n"),
    });

    expect(result?.recipients[0]?.status).toBe("4.4.1");
    expect(result?.recipients[0]?.action).toBe("delayed");
  });

  it("rejects other text", async () => {
    const result = await scanSpec(postfixScanner, {
      from: "walter@example.com",
      subject: "lunch",
      body: "<victor@example.com>: see you at noon\n",
    });
    expect(result).toBeNull();
  });

  it.each(["message/rfc822", "text/rfc822-headers"])(
    "takes recipients from a returned %s when no report is given",
    async (returnedType) => {
      const raw = [
        "From: MAILER-DAEMON@out.example.net",
        "To: sender@example.org",
        "Subject: Undelivered Mail Returned to Sender",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="outer"',
        "",
        "--outer",
        "Content-Type: text/plain",
        "",
        "This is the mail system at host out.example.net.",
        "",
        "Delivery report unavailable",
        "",
        "--outer",
        `Content-Type: ${returnedType}`,
        "",
        "From: sender@example.org",
        "To: walter@example.com,",
        "  <victor@example.com>",
        "Subject: quarterly figures",
        "",
        "Figures attached.",
        "--outer--",
        "",
      ].join("\r\n");
      const result = postfixScanner.scan(await parseMessage(raw));

      expect(result?.recipients.map((recipient) => recipient.address)).toEqual(
        ["walter@example.com", "victor@example.com"],
      );
    },
  );
});
