import { gmailScanner } from "../../../../src/core/bounce/scanners/gmail";
import { scanSpec } from "./build-message";

const FROM = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>";

describe("gmailScanner", () => {
  it("reads a permanent failure and the other server's reply", async () => {
    const result = await scanSpec(gmailScanner, {
      from: FROM,
      subject: "Delivery Status Notification (Failure)",
      body: [
        "Delivery to the following recipient failed permanently:",
        "",
        "     alice@example.com",
        "",
        "Technical details of permanent failure:",
        "Google tried to deliver your message, but the server for example.com",
        "refused it. The error that the other server returned was: 550 550 5.1.1",
        "no mailbox here by that name (state 14).",
        "",
        "----- Original message -----",
      ].join("\n"),
    });

    expect(result?.provider).toBe("gmail");
    expect(result?.recipients[0]?.address).toBe("alice@example.com");
    expect(result?.recipients[0]?.replyCode).toBe("550");
    expect(result?.recipients[0]?.status).toBe("5.1.1");
  });

  it("marks a delay as delayed", async () => {
    const result = await scanSpec(gmailScanner, {
      from: FROM,
      subject: "Delivery Status Notification (Delay)",
      body: [
        "Delivery to the following recipient has been delayed:",
        "",
        "     bob@example.com",
        "",
        "Message will be retried for 2 more day(s)",
        "",
        "----- Original message -----",
      ].join("\n"),
    });

    expect(result?.recipients[0]?.action).toBe("delayed");
    expect(result?.recipients[0]?.replyCode).toBeNull();
  });

  it("rejects the same words from another sender", async () => {
    const result = await scanSpec(gmailScanner, {
      from: "carol@example.com",
      subject: "quote",
      body: "Delivery to the following recipient failed permanently:\n\n  d@example.com\n",
    });
    expect(result).toBeNull();
  });
});
