import { qmailScanner } from "../../../../src/core/bounce/scanners/qmail";
import { scanSpec } from "./build-message";

describe("qmailScanner", () => {
  it("reads each recipient and the codes in its paragraph", async () => {
    const result = await scanSpec(qmailScanner, {
      from: "MAILER-DAEMON@mx.example.net",
      subject: "failure notice",
      body: [
        "Hi. This is the qmail-send program at mx.example.net.",
        "I'm afraid I wasn't able to deliver your message to the following addresses.",
        "This is a permanent error; I've given up. Sorry it didn't work out.",
        "",
        "<ivan@example.com>:",
        "192.0.2.40 does not like recipient.",
        "Remote host said: 550 5.1.1 <ivan@example.com>: no such user",
        "Giving up on 192.0.2.40.",
        "",
        "<judy@example.com>:",
        "Sorry, I couldn't find any host named example.com. (#5.1.2)",
        "",
        "--- Below this line is a copy of the message.",
        "",
        "To: ivan@example.com",
      ].join("\n"),
    });

    expect(result?.recipients.map((recipient) => recipient.address)).toEqual([
      "ivan@example.com",
      "judy@example.com",
    ]);
    expect(result?.recipients[0]?.replyCode).toBe("550");
    expect(result?.recipients[0]?.status).toBe("5.1.1");
    expect(result?.recipients[0]?.remoteMta).toBe("192.0.2.40");
    expect(result?.recipients[1]?.replyCode).toBeNull();
    expect(result?.recipients[1]?.status).toBe("5.1.2");
  });

  it("reads Yahoo's layout and names Yahoo", async () => {
    const result = await scanSpec(qmailScanner, {
      from: "MAILER-DAEMON@yahoo.com",
      subject: "Failure Notice",
      body: [
        "Sorry, we were unable to deliver your message to the following address.",
        "",
        "<mallory@example.com>:",
        "Remote host said:",
        "552 5.2.2 mailbox over quota",
        "",
        "--- Below this line is a copy of the message.",
      ].join("\n"),
    });

    expect(result?.provider).toBe("yahoo");
    expect(result?.recipients[0]?.replyCode).toBe("552");
    expect(result?.recipients[0]?.status).toBe("5.2.2");
  });

  it("rejects text without the returned-message line", async () => {
    const result = await scanSpec(qmailScanner, {
      from: "MAILER-DAEMON@mx.example.net",
      subject: "failure notice",
      body: "Hi. This is the qmail-send program at mx.example.net.\n<oscar@example.com>:\n",
    });
    expect(result).toBeNull();
  });
});
