import { deliveryFailureNoticeScanner } from "../../../../src/core/bounce/scanners/delivery-failure-notice";
import { fmlScanner } from "../../../../src/core/bounce/scanners/fml";
import { messageLogScanner } from "../../../../src/core/bounce/scanners/message-log";
import { oneLineNoticeScanner } from "../../../../src/core/bounce/scanners/one-line-notice";
import { x3Scanner } from "../../../../src/core/bounce/scanners/x3";
import { x6Scanner } from "../../../../src/core/bounce/scanners/x6";
import { scanSpec } from "./build-message";

const DAEMON = "MAILER-DAEMON@example.net";

describe("x3Scanner", () => {
  it("reads starred addresses and technical details", async () => {
    const result = await scanSpec(x3Scanner, {
      from: DAEMON,
      subject: "Delivery status notification",
      body: [
        "=============================================",
        "Delevery to the following recipients failed permanently:",
        "   * bea@example.com",
        "=============================================",
        "                  Technical details:",
        "SMTP:RCPT host 192.0.2.60: 553 5.3.0 <bea@example.com>... no such user",
        "=============================================",
      ].join("\n"),
    });

    expect(result?.recipients[0]?.address).toBe("bea@example.com");
    expect(result?.recipients[0]?.replyCode).toBe("553");
    expect(result?.recipients[0]?.remoteMta).toBe("192.0.2.60");
  });
});

describe("x6Scanner", () => {
  it("reads recipients and the bracketed reply", async () => {
    const result = await scanSpec(x6Scanner, {
      from: DAEMON,
      subject: "There was an error sending your mail",
      body: "The following recipients returned permanent errors: cleo@example.com. Reason: SMTP Server <192.0.2.61> refused the message (DATA): [554 5.4.6 mail loop]\n",
    });

    expect(result?.recipients[0]?.address).toBe("cleo@example.com");
    expect(result?.recipients[0]?.status).toBe("5.4.6");
    expect(result?.recipients[0]?.remoteMta).toBe("192.0.2.61");
  });
});

describe("deliveryFailureNoticeScanner", () => {
  it("reads the Delivery failed lines", async () => {
    const result = await scanSpec(deliveryFailureNoticeScanner, {
      from: DAEMON,
      subject: "Delivery failure",
      body: [
        "NOTICE: Delivery Failure.",
        "",
        "Delivery failed: dora@example.com",
        "192.0.2.62 failed after I sent the message.",
        "Remote host said[Response Message]: 554 5.4.14 hop count exceeded",
        "STEP: DATA SEND",
      ].join("\n"),
    });

    expect(result?.recipients[0]?.address).toBe("dora@example.com");
    expect(result?.recipients[0]?.status).toBe("5.4.14");
  });
});

describe("fmlScanner", () => {
  it("names the list the sender may not post to", async () => {
    const result = await scanSpec(fmlScanner, {
      from: "list-admin@example.org",
      subject: "You are not member",
      body: "You are not a member of this mailing list <club@example.org>.\n",
    });
    expect(result?.recipients[0]?.address).toBe("club@example.org");
  });
});

describe("messageLogScanner", () => {
  it("reads the failed addresses section", async () => {
    const result = await scanSpec(messageLogScanner, {
      from: DAEMON,
      subject: "mail failed, returning to sender",
      body: [
        "|------------------------- Message log follows: -------------------------|",
        " no valid recipients were found for this message",
        "|------------------------- Failed addresses follow: ---------------------|",
        " emil@unknown.example.com ... unknown host",
        "|------------------------- Message text follows: ------------------------|",
      ].join("\n"),
    });

    expect(result?.recipients[0]?.address).toBe("emil@unknown.example.com");
    expect(result?.recipients[0]?.diagnostic).toMatch(/^unknown host/);
  });
});

describe("oneLineNoticeScanner", () => {
  it("reads the reason and address line", async () => {
    const result = await scanSpec(oneLineNoticeScanner, {
      from: DAEMON,
      subject: "Returned mail: status",
      body: "Mailbox quota exceeded: <finn@example.com>\nUnable to deliver mail.\n",
    });

    expect(result?.recipients[0]?.address).toBe("finn@example.com");
    expect(result?.recipients[0]?.diagnostic).toBe("Mailbox quota exceeded");
  });

  it("rejects a notice without the closing line", async () => {
    const result = await scanSpec(oneLineNoticeScanner, {
      from: DAEMON,
      subject: "Returned mail: status",
      body: "Mailbox quota exceeded: <finn@example.com>\nPlease try later.\n",
    });
    expect(result).toBeNull();
  });
});
