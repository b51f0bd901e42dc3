import { dragonflyScanner } from "../../../../src/core/bounce/scanners/dragonfly";
import { opensmtpdScanner } from "../../../../src/core/bounce/scanners/opensmtpd";
import { scanSpec } from "./build-message";

describe("dragonflyScanner", () => {
  it("reads the recipient and the remote reply", async () => {
    const result = await scanSpec(dragonflyScanner, {
      from: "MAILER-DAEMON",
      subject: "Mail delivery failed",
      body: [
        "This is the DragonFly Mail Agent v0.13 at dma.example.net.",
        "",
        "There was an error delivering your mail to <rita@example.com>.",
        "",
        "mx.example.com [192.0.2.44] did not like our RCPT TO:",
        "550 5.1.1 <rita@example.com>: unknown mailbox",
        "",
        "Message headers follow.",
      ].join("\n"),
    });

    expect(result?.reportingMta).toBe("dma.example.net");
    expect(result?.recipients[0]?.address).toBe("rita@example.com");
    expect(result?.recipients[0]?.remoteMta).toBe("mx.example.com");
    expect(result?.recipients[0]?.status).toBe("5.1.1");
  });
});

describe("opensmtpdScanner", () => {
  it("reads one line per recipient", async () => {
    const result = await scanSpec(opensmtpdScanner, {
      from: "Mailer Daemon <MAILER-DAEMON@smtpd.example.net>",
      subject: "Delivery status notification: error",
      body: [
        "    Hi!",
        "",
        "    This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.",
        "",
        "    An error has occurred while attempting to deliver a message for",
        "    the following list of recipients:",
        "",
        "sam@example.com: 550 5.1.1 <sam@example.com>: no such user",
        "tina@example.com: 552 5.2.2 <tina@example.com>: quota exceeded",
        "",
        "    Below is a copy of the original message:",
      ].join("\n"),
    });

    expect(result?.recipients.map((recipient) => recipient.status)).toEqual([
      "5.1.1",
      "5.2.2",
    ]);
    expect(result?.recipients[1]?.replyCode).toBe("552");
  });
});
