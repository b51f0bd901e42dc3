import { MimeParseError, parseHeaderBlock, parseMessage } from "../../../src/core/mime";

const REPORT = [
  "Received: from mx2.example.net by mx1.example.net; Tue, 1 Dec 2026 10:00:02 +0000",
  "Received: from relay.example.org by mx2.example.net; Tue, 1 Dec 2026 10:00:01 +0000",
  "Authentication-Results: mx1.example.net;",
  "  spf=pass smtp.mailfrom=example.org",
  "Authentication-Results: forged.example.org; dkim=pass",
  "From: Mail Delivery System <MAILER-DAEMON@example.net>",
  "To: sender@example.org",
  "Subject: =?utf-8?q?Undelivered_Mail_Returned_to_Sender?=",
  "Date: Tue, 1 Dec 2026 10:00:03 +0000",
  "Message-ID: <report-1@example.net>",
  "MIME-Version: 1.0",
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
  "",
  "--b1",
  "Content-Type: text/plain; charset=us-ascii",
  "",
  "Your message could not be delivered.",
  "--b1",
  "Content-Type: message/delivery-status",
  "",
  "Reporting-MTA: dns; mx1.example.net",
  "",
  "Final-Recipient: rfc822; nobody@example.net",
  "Action: failed",
  "Status: 5.1.1",
  "--b1",
  "Content-Type: message/global-delivery-status",
  "",
  "Final-Recipient: utf-8; jörg@example.net",
  "--b1",
  "Content-Type: text/rfc822-headers",
  "",
  "Subject: Quarterly figures",
  "Message-ID: <orig-1@example.org>",
  "--b1",
  "Content-Type: message/rfc822",
  "",
  "Subject: Quarterly figures",
  "From: sender@example.org",
  "",
  "Body of the returned message.",
  "--b1--",
  "",
];

function withEndings(lines: string[], eol: string): string {
  return lines.join(eol);
}

describe("parseMessage", () => {
  test("keeps header order and duplicates", async () => {
    const message = await parseMessage(withEndings(REPORT, "\r\n"));
    const keys = message.headers.map((field) => field.key);

    expect(keys.slice(0, 5)).toEqual([
      "received",
      "received",
      "authentication-results",
      "authentication-results",
      "from",
    ]);
  });

  test("unfolds values and keeps the raw field", async () => {
    const message = await parseMessage(withEndings(REPORT, "\r\n"));
    const field = message.headers[2];

    expect(field?.name).toBe("Authentication-Results");
    expect(field?.value).toBe("mx1.example.net;  spf=pass smtp.mailfrom=example.org");
    expect(field?.raw).toContain("\n  spf=pass");
  });

  test("lists report parts by media type", async () => {
    const message = await parseMessage(withEndings(REPORT, "\r\n"));
    const types = message.parts.map((part) => part.contentType);

    expect(types).toEqual([
      "message/delivery-status",
      "message/global-delivery-status",
      "text/rfc822-headers",
      "message/rfc822",
    ]);
    expect(message.text).toContain("could not be delivered");
    expect(message.text).not.toContain("Body of the returned message");
  });

  test("decodes part text and UTF-8 addresses", async () => {
    const message = await parseMessage(withEndings(REPORT, "\n"));
    const global = message.parts.find(
      (part) => part.contentType === "message/global-delivery-status",
    );

    expect(global?.text).toContain("jörg@example.net");
  });

  test("returns the header block of a returned message", async () => {
    const message = await parseMessage(withEndings(REPORT, "\r\n"));
    const returned = message.parts.find((part) => part.contentType === "message/rfc822");

    expect(returned?.headerText()).toContain("Subject: Quarterly figures");
    expect(returned?.headerText()).not.toContain("Body of the returned");
  });

  test.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["CR", "\r"],
  ])("reads %s line endings alike", async (_name, eol) => {
    const message = await parseMessage(withEndings(REPORT, eol));

    expect(message.headers).toHaveLength(11);
    expect(message.subject).toBe("Undelivered Mail Returned to Sender");
    expect(message.parts).toHaveLength(4);
    expect(message.parts[0]?.text).toContain("Status: 5.1.1");
  });

  test("fills the summary fields", async () => {
    const message = await parseMessage(withEndings(REPORT, "\r\n"));

    expect(message.from).toBe("Mail Delivery System <MAILER-DAEMON@example.net>");
    expect(message.messageId).toBe("<report-1@example.net>");
    expect(message.date).toBe("2026-12-01T10:00:03.000Z");
  });

  test("accepts bytes and ArrayBuffer", async () => {
    const bytes = new TextEncoder().encode(withEndings(REPORT, "\n"));
    const fromBytes = await parseMessage(bytes);
    const fromBuffer = await parseMessage(bytes.slice().buffer);

    expect(fromBytes.headers).toHaveLength(11);
    expect(fromBuffer.headers).toHaveLength(11);
  });

  test("rejects an empty message", async () => {
    await expect(parseMessage("")).rejects.toBeInstanceOf(MimeParseError);
  });

  test("reads text without headers as a body", async () => {
    const message = await parseMessage("just some pasted words\nand more");

    expect(message.headers).toEqual([]);
    expect(message.text).toContain("just some pasted words");
  });

  test("reports a limit breach as MimeParseError", async () => {
    const deep =
      Array.from({ length: 300 }, (_, i) =>
        `Content-Type: multipart/mixed; boundary="n${i}"\n\n--n${i}\n`,
      ).join("") + "x\n";

    await expect(parseMessage(deep)).rejects.toMatchObject({
      name: "MimeParseError",
      code: "EMAXNESTINGDEPTH",
    });
  });
});

describe("parseHeaderBlock", () => {
  test("parses Outlook's header block", async () => {
    const block = "Received: a\r\nAuthentication-Results: mx.example.net;\r\n dkim=pass\r\nSubject: hi\r\n";
    const fields = await parseHeaderBlock(block);

    expect(fields.map((field) => field.key)).toEqual([
      "received",
      "authentication-results",
      "subject",
    ]);
    expect(fields[1]?.value).toBe("mx.example.net; dkim=pass");
  });

  test("returns no fields for an empty block", async () => {
    expect(await parseHeaderBlock("\r\n")).toEqual([]);
  });
});

describe("parseMessage on damaged multiparts", () => {
  const header = [
    "From: postmaster@example.net",
    "Subject: Delivery failure",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="declared"',
    "",
  ];

  test("follows the delimiter the body uses", async () => {
    const message = await parseMessage(
      [
        ...header,
        "--actual",
        "Content-Type: text/plain",
        "",
        "Delivery to nobody@example.net failed.",
        "--actual",
        "Content-Type: message/delivery-status",
        "",
        "Final-Recipient: rfc822; nobody@example.net",
        "--actual--",
        "",
      ].join("\n"),
    );

    expect(message.text).toBe("Delivery to nobody@example.net failed.");
    expect(message.parts.map((part) => part.contentType)).toEqual([
      "message/delivery-status",
    ]);
  });

  test("falls back to the body text without delimiters", async () => {
    const message = await parseMessage(
      [...header, "The message to nobody@example.net could not be delivered.", ""].join("\r\n"),
    );

    expect(message.text).toBe("The message to nobody@example.net could not be delivered.");
    expect(message.parts).toEqual([]);
  });
});
