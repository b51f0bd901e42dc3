// Bounces that list hundreds of recipients: every recipient must come out
// whole. The benchmark times the same messages, since per-recipient work
// that searches the whole report grows with the square of the count.
import { analyzeMessage } from "../../src/core/analyze";
import type { BounceRecipient } from "../../src/core/bounce";
import {
  bounceWithRecipients,
  sendmailBounceWithRecipients,
  textBounceWithRecipients,
} from "../../bench/messages";

const COUNT = 500;

const REPORTS: [string, string, (count: number) => string][] = [
  ["RFC 3464 report", "rfc3464", bounceWithRecipients],
  ["Postfix text report", "postfix", textBounceWithRecipients],
  ["Sendmail text report", "sendmail", sendmailBounceWithRecipients],
];

async function recipientsOf(
  build: (count: number) => string,
): Promise<BounceRecipient[]> {
  const analysis = await analyzeMessage(build(COUNT));
  return analysis.bounce?.recipients ?? [];
}

describe("bounces with 500 recipients", () => {
  test.each(REPORTS)(
    "%s lists every recipient",
    async (_name, format, build) => {
      const analysis = await analyzeMessage(build(COUNT));
      expect(analysis.bounce?.format).toBe(format);

      const recipients = analysis.bounce?.recipients ?? [];
      expect(recipients).toHaveLength(COUNT);
      const addresses = new Set(
        recipients.map((recipient) => recipient.address),
      );
      expect(addresses.size).toBe(COUNT);
      expect(
        addresses.has(`user${COUNT - 1}@host${(COUNT - 1) % 37}.example.org`),
      ).toBe(true);
    },
  );

  test.each(REPORTS)(
    "%s classifies every recipient",
    async (_name, _format, build) => {
      for (const recipient of await recipientsOf(build)) {
        expect(recipient.status).toBe("5.1.1");
        expect(recipient.replyCode).toBe("550");
        expect(recipient.reason).toBe("userunknown");
        expect(recipient.hardBounce).toBe(true);
      }
    },
  );

  test.each(REPORTS)(
    "%s keeps every SMTP command",
    async (_name, _format, build) => {
      const commands = (await recipientsOf(build)).map(
        (recipient) => recipient.smtpCommand,
      );
      expect(commands).toEqual(Array<string>(COUNT).fill("RCPT"));
    },
  );
});
