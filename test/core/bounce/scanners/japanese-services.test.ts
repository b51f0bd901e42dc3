import { ezwebScanner } from "../../../../src/core/bounce/scanners/ezweb";
import { kddiScanner } from "../../../../src/core/bounce/scanners/kddi";
import { mfilterScanner } from "../../../../src/core/bounce/scanners/mfilter";
import { scanSpec } from "./build-message";

describe("mfilterScanner", () => {
  it("reads the address and the server message", async () => {
    const result = await scanSpec(mfilterScanner, {
      from: "postmaster@example.net",
      subject: "failure notice",
      body: [
        "このメールは自動的に送信されています。",
        "以下のメールアドレスへの送信に失敗しました。",
        "uma@example.com",
        "",
        "-------server message",
        "550 5.1.1 <uma@example.com>: unknown user",
        "",
        "-------SMTP command",
        "RCPT TO",
        "",
        "-------original message",
      ].join("\n"),
    });

    expect(result?.recipients[0]?.address).toBe("uma@example.com");
    expect(result?.recipients[0]?.replyCode).toBe("550");
    expect(result?.recipients[0]?.status).toBe("5.1.1");
  });
});

describe("kddiScanner", () => {
  it("reads the address and the reason line", async () => {
    const result = await scanSpec(kddiScanner, {
      from: "no-reply@example.ne.jp",
      subject: "Mail",
      body: [
        "Your mail sent on: Mon, 1 Jan 2024 10:00:00 +0900",
        "     Could not be delivered to: <vera@example.ne.jp>",
        "     As their mailbox is full.",
      ].join("\n"),
    });

    expect(result?.recipients[0]?.address).toBe("vera@example.ne.jp");
    expect(result?.recipients[0]?.diagnostic).toBe("As their mailbox is full.");
  });
});

describe("ezwebScanner", () => {
  it("reads the recipient and the remote reply", async () => {
    const result = await scanSpec(ezwebScanner, {
      from: "Postmaster@ezweb.ne.jp",
      subject: "Mail System Error - Returned Mail",
      body: [
        "送信したメールは相手に届きませんでした。",
        "Each of the following recipients was rejected by a remote",
        "mail server.",
        "",
        "    Recipient: <wade@example.com>",
        "    >>> RCPT TO:<wade@example.com>",
        "    <<< 550 <wade@example.com>: unknown user",
      ].join("\n"),
    });

    expect(result?.recipients[0]?.address).toBe("wade@example.com");
    expect(result?.recipients[0]?.replyCode).toBe("550");
  });
});
