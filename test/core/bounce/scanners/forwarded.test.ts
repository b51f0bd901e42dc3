import { eximScanner } from "../../../../src/core/bounce/scanners/exim";
import { gmailScanner } from "../../../../src/core/bounce/scanners/gmail";
import { scanSpec } from "./build-message";

describe("forwarded reports", () => {
  it("reads a Gmail report forwarded inline", async () => {
    const result = await scanSpec(gmailScanner, {
      from: "Pia <pia@example.org>",
      subject: "Fwd: Delivery Status Notification (Failure)",
      body: [
        "Can you check this?",
        "",
        "---------- Forwarded message ---------",
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Date: Mon, 1 Jan 2024 at 10:00",
        "Subject: Delivery Status Notification (Failure)",
        "To: <pia@example.org>",
        "",
        "Delivery to the following recipient failed permanently:",
        "",
        "     rudi@example.com",
        "",
        "Technical details of permanent failure:",
        "The error that the other server returned was: 550 5.1.1 unknown user",
      ].join("\n"),
    });

    expect(result?.recipients[0]?.address).toBe("rudi@example.com");
    expect(result?.recipients[0]?.status).toBe("5.1.1");
  });

  it("reads a quoted Exim delay warning", async () => {
    const result = await scanSpec(eximScanner, {
      from: "Pia <pia@example.org>",
      subject: "Fwd: warning",
      body: [
        "> From: Mail Delivery System <Mailer-Daemon@relay.example.net>",
        "> Subject: Warning: message 1abc delayed 24 hours",
        ">",
        "This message was created automatically by mail delivery software.",
        "The address to which the message has not yet been delivered is:",
        "",
        "  sven@example.com",
        "    Delay reason: 451 try again later",
        "",
        "No action is required on your part.",
      ].join("\n"),
    });

    expect(result?.recipients[0]?.address).toBe("sven@example.com");
    expect(result?.recipients[0]?.action).toBe("delayed");
  });

  it("ignores From lines of an ordinary forward", async () => {
    const result = await scanSpec(gmailScanner, {
      from: "Pia <pia@example.org>",
      subject: "Fwd: hello",
      body: [
        "---------- Forwarded message ---------",
        "From: Tom <tom@example.com>",
        "Subject: hello",
        "",
        "Delivery to the following recipient failed permanently:",
        "     ulla@example.com",
      ].join("\n"),
    });
    expect(result).toBeNull();
  });
});
