import fc from "fast-check";
import { SCANNERS } from "../../../../src/core/bounce/scanners";
import type { ParsedMessage } from "../../../../src/core/mime/types";
import { buildMessage, type MessageSpec } from "./build-message";

/** Messages that mention delivery words but are not delivery reports. */
const NOT_BOUNCES: Array<[string, MessageSpec]> = [
  [
    "a personal message",
    {
      from: "Kate <kate@example.com>",
      subject: "Dinner on Friday",
      body: "Hi Leo,\n\nare we still on for Friday? Call me at 555 0100.\n\nKate\n",
    },
  ],
  [
    "a forwarded message",
    {
      from: "Leo <leo@example.com>",
      subject: "Fwd: the report",
      body: [
        "See below.",
        "",
        "---------- Forwarded message ---------",
        "From: Mia <mia@example.org>",
        "To: leo@example.com",
        "Subject: the report",
        "",
        "The server replied 550 last week, but it works now (version 5.1.1).",
      ].join("\n"),
    },
  ],
  [
    "a storage notice from a postmaster",
    {
      from: "postmaster@example.net",
      subject: "email bounce notification",
      body: [
        "This message tells you that a message you sent was discarded.",
        "",
        "reject reason: Mailbox full",
        "target mail address: noah@example.net",
      ].join("\n"),
    },
  ],
];

function messageWithText(
  text: string,
  from: string,
  subject: string,
): ParsedMessage {
  return {
    headers: [
      { name: "From", key: "from", value: from, raw: `From: ${from}` },
      {
        name: "Subject",
        key: "subject",
        value: subject,
        raw: `Subject: ${subject}`,
      },
    ],
    text,
    html: null,
    parts: [],
    subject,
    from,
    date: null,
    messageId: null,
  };
}

describe("SCANNERS", () => {
  it("has one scanner per family name", () => {
    const families = SCANNERS.map((scanner) => scanner.family);
    expect(new Set(families).size).toBe(families.length);
  });

  it.each(NOT_BOUNCES)("rejects %s", async (_name, spec) => {
    const message = await buildMessage(spec);
    for (const scanner of SCANNERS) {
      expect([scanner.family, scanner.scan(message)]).toEqual([
        scanner.family,
        null,
      ]);
    }
  });

  it("never throws on random text", () => {
    const lines = fc
      .array(
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.constantFrom(
            "The following address(es) failed:",
            "  someone@example.com",
            "<someone@example.com>:",
            "--- Below this line is a copy of the message.",
            "Hi. This is the qmail-send program at example.net.",
            "This is the mail system at host example.net.",
            "----- Transcript of session follows -----",
            "550 <a@example.com>... 550 no",
            "Diagnostic information for administrators:",
            "Generating server: x.outlook.com",
            "Delivery has failed to these recipients or groups:",
            '{"notificationType":"Bounce","bounce":{"bouncedRecipients":[1,null,{}]}}',
            "-------server message",
            "** Address not found **",
            "The response was:",
            "Technical details:",
          ),
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join("\n"));
    const senders = fc.constantFrom(
      "MAILER-DAEMON@example.net",
      "mailer-daemon@googlemail.com",
      "mailer-daemon@mail.zoho.com",
      "Postmaster@ezweb.ne.jp",
      "someone@example.com",
    );

    fc.assert(
      fc.property(
        lines,
        senders,
        fc.string({ maxLength: 40 }),
        (text, from, subject) => {
          const message = messageWithText(text, from, subject);
          for (const scanner of SCANNERS) {
            expect(() => scanner.scan(message)).not.toThrow();
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
