import fc from "fast-check";
import { analyzeBounce } from "../../../src/core/bounce";
import { parseDeliveryStatus } from "../../../src/core/bounce/delivery-status";
import { parseMessage } from "../../../src/core/mime";

/** Lines that appear in delivery reports, combined at random. */
const REPORT_LINES = [
  "Final-Recipient: rfc822; a@example.org",
  "Final-Recipient: utf-8; j\\x{FC}rgen@example.org",
  "Original-Recipient: utf-8-addr-xtext; b+2B@example.org",
  "Action: failed",
  "Action: delayed",
  "Status: 5.1.1",
  "Status: 4.0.0 (comment",
  "Diagnostic-Code: smtp; 550-5.7.1 multi",
  "  continued 550 5.7.1 line",
  "Diagnostic-Code: X-Unix; 255",
  "Remote-MTA: dns;",
  ">>> DATA",
  "<<< 550 : User unknown",
  "",
  "Content-Type: message/delivery-status",
  "--B",
];

describe("bounce analysis on random input", () => {
  test("delivery status parser never throws", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...REPORT_LINES), fc.string()), {
          maxLength: 40,
        }),
        (lines) => {
          const status = parseDeliveryStatus(lines.join("\n"));
          expect(Array.isArray(status.recipients)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("whole reports never throw", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.constantFrom(...REPORT_LINES), fc.string()), {
          maxLength: 30,
        }),
        async (lines) => {
          const raw = [
            "From: MAILER-DAEMON@example.net",
            "Subject: Undelivered Mail",
            'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
            "",
            "--B",
            "Content-Type: message/delivery-status",
            "",
            ...lines,
            "--B--",
            "",
          ].join("\r\n");
          const report = analyzeBounce(await parseMessage(raw));
          if (report !== null) {
            expect(report.recipients.every((r) => r.reason !== null)).toBe(
              true,
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
