import { sendmailScanner } from "../../../../src/core/bounce/scanners/sendmail";
import { scanSpec } from "./build-message";

const FROM = "Mail Delivery Subsystem <MAILER-DAEMON@gw.example.net>";

describe("sendmailScanner", () => {
  it("reads the address list and the reason", async () => {
    const result = await scanSpec(sendmailScanner, {
      from: FROM,
      subject: "Returned mail: see transcript for details",
      body: [
        "The original message was received at Mon, 1 Jan 2024 10:00:00 +0000",
        "",
        "   ----- The following addresses had permanent fatal errors -----",
        "<alice@example.com>",
        "    (reason: 550 5.1.1 <alice@example.com>... no such user)",
        "",
        "   ----- Transcript of session follows -----",
        "... while talking to mx.example.com.:",
        ">>> RCPT To:<alice@example.com>",
        "<<< 550 5.1.1 <alice@example.com>... no such user",
      ].join("\n"),
    });

    expect(result?.recipients).toHaveLength(1);
    expect(result?.recipients[0]?.address).toBe("alice@example.com");
    expect(result?.recipients[0]?.replyCode).toBe("550");
    expect(result?.recipients[0]?.status).toBe("5.1.1");
  });

  it("reads a version 5 transcript without an address list", async () => {
    const result = await scanSpec(sendmailScanner, {
      from: FROM,
      subject: "Returned mail: Host unknown",
      body: [
        "   ----- Transcript of session follows -----",
        "550 example.org (smtp)... 550 Host unknown",
        "554 <bob@example.org>... 550 Host unknown (authoritative answer)",
        "While talking to mx.example.com:",
        ">>> RCPT To:<carol@example.com>",
        "<<< 553 <carol@example.com>... mailbox name not allowed",
        "554 <carol@example.com>... Remote protocol error",
        "   ----- Unsent message follows -----",
      ].join("\n"),
    });

    expect(result?.recipients.map((recipient) => recipient.address)).toEqual([
      "bob@example.org",
      "carol@example.com",
    ]);
    expect(result?.recipients[0]?.replyCode).toBe("550");
    expect(result?.recipients[1]?.replyCode).toBe("553");
    expect(result?.recipients[1]?.diagnostic).toBe(
      "553 <carol@example.com>... mailbox name not allowed",
    );
  });

  it("keeps a summary line that has its own code", async () => {
    const result = await scanSpec(sendmailScanner, {
      from: FROM,
      subject: "Returned mail: Host unknown",
      body: [
        "   ----- Transcript of session follows -----",
        "While talking to mx.example.com:",
        ">>> MAIL From:<dan@example.net>",
        "<<< 550 Insecure Mail Relay",
        "554 <bob@example.org>... Remote protocol error",
        "554 <erin@example.org>... 550 Host unknown (authoritative answer)",
        "   ----- Unsent message follows -----",
      ].join("\n"),
    });

    expect(result?.recipients[0]?.diagnostic).toBe("550 Insecure Mail Relay");
    expect(result?.recipients[1]?.diagnostic).toBe(
      "550 Host unknown (authoritative answer)",
    );
  });

  it("reads a report forwarded with quote marks", async () => {
    const result = await scanSpec(sendmailScanner, {
      from: "dan@example.org",
      subject: "Fwd: Returned mail",
      body: [
        "> ----- The following addresses had permanent fatal errors -----",
        "> <erin@example.com>",
        ">     (reason: 552 5.2.2 over quota)",
        ">",
        "> ----- Transcript of session follows -----",
        "> 552 5.2.2 <erin@example.com>... over quota",
      ].join("\n"),
    });

    expect(result?.recipients[0]?.address).toBe("erin@example.com");
    expect(result?.recipients[0]?.status).toBe("5.2.2");
  });

  it("rejects text without a transcript or address list", async () => {
    const result = await scanSpec(sendmailScanner, {
      from: FROM,
      subject: "Returned mail",
      body: "Something went wrong with <frank@example.com>.\n",
    });
    expect(result).toBeNull();
  });
});
