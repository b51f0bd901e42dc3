import { parseMessage } from "../../../src/core/mime";
import {
  messageFromHeadersAndText,
} from "../../../src/hosts/outlook/headers-and-text";

const headerBlock = [
  "Received: from mail.example.net",
  " by mx.example.net; Thu, 3 Dec 2026 11:20:41 +0000",
  "From: Mail Delivery System <MAILER-DAEMON@mail.example.net>",
  "Subject: Undelivered Mail Returned to Sender",
  "MIME-Version: 1.0",
  "Content-Type: multipart/report; report-type=delivery-status;",
  ' boundary="=_report_boundary"',
  "Content-Transfer-Encoding: 7bit",
  "",
].join("\r\n");

describe("messageFromHeadersAndText", () => {
  const message = messageFromHeadersAndText(
    headerBlock,
    "Delivery failed.\nSee below: ø\n",
  );

  test("drops the original body fields", () => {
    expect(message).not.toMatch(/multipart\/report/);
    expect(message).not.toMatch(/boundary=/);
    expect(message).not.toMatch(/7bit/);
  });

  test("keeps other fields and their folding", () => {
    expect(message).toContain(
      "Received: from mail.example.net\r\n by mx.example.net;",
    );
    expect(message).toContain("Subject: Undelivered Mail Returned to Sender");
  });

  test("declares the text as UTF-8 plain text", async () => {
    const parsed = await parseMessage(message);

    expect(parsed.subject).toBe("Undelivered Mail Returned to Sender");
    expect(parsed.text).toContain("See below: ø");
    expect(
      parsed.headers.filter((field) => field.key === "content-type"),
    ).toHaveLength(1);
    expect(
      parsed.headers.find((field) => field.key === "content-type")?.value,
    ).toBe("text/plain; charset=utf-8");
  });

  test("uses CRLF line ends in the body", () => {
    expect(message.endsWith("Delivery failed.\r\nSee below: ø\r\n")).toBe(
      true,
    );
  });
});
