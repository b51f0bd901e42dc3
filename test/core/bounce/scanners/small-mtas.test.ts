import { imailServerScanner } from "../../../../src/core/bounce/scanners/imailserver";
import { mailFoundryScanner } from "../../../../src/core/bounce/scanners/mailfoundry";
import { mimecastScanner } from "../../../../src/core/bounce/scanners/mimecast";
import { trendMicroScanner } from "../../../../src/core/bounce/scanners/trendmicro";
import { vtextScanner } from "../../../../src/core/bounce/scanners/vtext";
import { scanSpec } from "./build-message";

describe("imailServerScanner", () => {
  it("reads the reason line and the generated response", async () => {
    const result = await scanSpec(imailServerScanner, {
      from: "Postmaster <postmaster@example.net>",
      subject: "Undeliverable Mail",
      body: [
        "undeliverable to xena@example.com",
        "",
        "Body of message generated response:",
        "550-REJECTED - listed URL in message",
        "550 see the list operator",
        "",
        "Original message follows.",
      ].join("\n"),
    });

    expect(result?.recipients[0]?.address).toBe("xena@example.com");
    expect(result?.recipients[0]?.replyCode).toBe("550");
  });
});

describe("mailFoundryScanner", () => {
  it("reads the address and the failure reason", async () => {
    const result = await scanSpec(mailFoundryScanner, {
      from: "MAILER-DAEMON@example.net",
      subject: "Message delivery has failed",
      body: [
        "Unable to deliver message to: <yuri@example.com>",
        "Delivery failed for the following reason:",
        "Server mx.example.com[192.0.2.50] failed with: 550 <yuri@example.com> unknown",
        "",
        "This has been a permanent failure.  No further delivery attempts will be made.",
      ].join("\n"),
    });

    expect(result?.recipients[0]?.address).toBe("yuri@example.com");
    expect(result?.recipients[0]?.replyCode).toBe("550");
    expect(result?.recipients[0]?.remoteMta).toBe("mx.example.com");
  });
});

describe("mimecastScanner", () => {
  it("reads the dashed lines", async () => {
    const result = await scanSpec(mimecastScanner, {
      from: "postmaster <postmaster@example.net>",
      subject: "[Postmaster] Email Delivery Failure",
      body: [
        "An email that you attempted to send to the following address could not be delivered:",
        "",
        "-- zoe@example.com",
        "",
        "The problem appears to be :",
        "",
        "-- The address may be wrong",
        "",
        "Additional information follows :",
        "",
        "-- 5.1.1 recipient rejected",
      ].join("\n"),
    });

    expect(result?.recipients[0]?.address).toBe("zoe@example.com");
    expect(result?.recipients[0]?.status).toBe("5.1.1");
    expect(result?.recipients[0]?.diagnostic).toContain(
      "The address may be wrong",
    );
  });
});

describe("trendMicroScanner", () => {
  it("reads the InterScan notice", async () => {
    const result = await scanSpec(trendMicroScanner, {
      from: '"InterScan Notification" <postmaster@example.net>',
      subject: "Mail could not be delivered",
      body: [
        "****** Message from InterScan Messaging Security Suite ******",
        "Reason:  Unable to deliver message to <adam@example.com> (and other recipients in the same domain).",
      ].join("\n"),
    });
    expect(result?.recipients[0]?.address).toBe("adam@example.com");
  });
});

describe("vtextScanner", () => {
  it("reads the error and the RCPT TO line", async () => {
    const result = await scanSpec(vtextScanner, {
      from: "post_master@sms.example.com",
      subject: "Re: status",
      body: [
        "Error: Invalid user address",
        "",
        "Error message below:",
        "550 - Requested action not taken: no such user here",
        "",
        "Message details:",
        "  MAIL FROM: sender@example.org",
        "  RCPT TO: 5550100@sms.example.com",
      ].join("\n"),
    });

    expect(result?.recipients[0]?.address).toBe("5550100@sms.example.com");
    expect(result?.recipients[0]?.replyCode).toBe("550");
  });

  it("reads the MMS notice from the returned To field", async () => {
    const result = await scanSpec(vtextScanner, {
      from: "MMS NDR <sysadmin@mms.example.com>",
      subject: "Undeliverable Message",
      body: [
        "Message could not be delivered to mobile.",
        "Error: No valid recipients for this MM",
        "",
        "Original Message:",
        "From: sender@example.org",
        "To: 5550101@mms.example.com",
      ].join("\n"),
    });
    expect(result?.recipients[0]?.address).toBe("5550101@mms.example.com");
  });
});
