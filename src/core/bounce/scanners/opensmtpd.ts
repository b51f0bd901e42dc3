import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import {
  bodyLines,
  findLine,
  findLineStart,
  firstAddress,
  makeRecipient,
  makeResult,
  senderHost,
} from "./common";

/** Headings before the recipient list of OpenSMTPD reports. */
const START_FRAGMENTS = [
  "following list of recipients:",
  "list of recipients:",
];

/** Lines after the recipient list. */
const END_FRAGMENTS = [
  "below is a copy of the original message",
  "please note that this is only a temporary failure report",
];

/** OpenSMTPD reports: `user@example.com: reply` per recipient. */
export const opensmtpdScanner: BounceScanner = {
  family: "opensmtpd",
  scan(message: ParsedMessage): ScanResult | null {
    const lines = bodyLines(message);
    if (
      findLine(lines, ["this is the mailer-daemon, please do not reply"]) < 0
    ) {
      return null;
    }
    const start = findLine(lines, START_FRAGMENTS);
    if (start < 0) {
      return null;
    }
    const delayed =
      findLine(lines, ["temporary failure report", "is delayed for"]) >= 0;
    const end = findLineStart(lines, END_FRAGMENTS, start + 1);

    const recipients = lines
      .slice(start + 1, end < 0 ? lines.length : end)
      .map((line) => /^(\S+@\S+?):\s+(.*)$/.exec(line.trim()))
      .flatMap((match) => {
        const address = firstAddress(match?.[1] ?? "");
        return address === null
          ? []
          : [
              makeRecipient({
                address,
                diagnostic: match?.[2] ?? null,
                action: delayed ? "delayed" : "failed",
              }),
            ];
      });
    return makeResult(recipients, null, senderHost(message));
  },
};
