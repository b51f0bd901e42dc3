import { courierScanner } from "../../../../src/core/bounce/scanners/courier";
import { scanSpec } from "./build-message";

const RULE = "-".repeat(75);

describe("courierScanner", () => {
  it("reads recipients, remote hosts and replies", async () => {
    const result = await scanSpec(courierScanner, {
      from: "Courier mail server at mail.example.net <@>",
      subject: "NOTICE: mail delivery status.",
      body: [
        "This is a delivery status notification from mail.example.net,",
        "running the Courier mail server, version 1.1.",
        "",
        RULE,
        "",
        "                           UNDELIVERABLE MAIL",
        "",
        "Your message to the following recipients cannot be delivered:",
        "",
        "<lena@example.com>:",
        "    mx.example.com [192.0.2.70]:",
        ">>> RCPT TO:<lena@example.com>",
        "<<< 550 5.1.1 <lena@example.com>: no such mailbox",
        "",
        "<max@example.org>:",
        "<<< No such domain.",
        "",
        RULE,
      ].join("\n"),
    });

    expect(result?.reportingMta).toBe("mail.example.net");
    expect(result?.recipients.map((recipient) => recipient.address)).toEqual([
      "lena@example.com",
      "max@example.org",
    ]);
    expect(result?.recipients[0]?.remoteMta).toBe("mx.example.com");
    expect(result?.recipients[0]?.replyCode).toBe("550");
    expect(result?.recipients[0]?.status).toBe("5.1.1");
    expect(result?.recipients[1]?.diagnostic).toBe("No such domain.");
  });

  it("rejects text from other servers", async () => {
    const result = await scanSpec(courierScanner, {
      from: "MAILER-DAEMON@example.net",
      subject: "failure",
      body: "Your message to the following recipients cannot be delivered:\n<a@example.com>:\n",
    });
    expect(result).toBeNull();
  });
});
