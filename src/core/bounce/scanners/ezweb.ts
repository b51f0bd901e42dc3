import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import {
  addressOnlyLine,
  bodyLines,
  firstAddress,
  fromContains,
  joinLines,
  makeRecipient,
  makeResult,
} from "./common";

/** Lines that start the returned message. */
const END_LINE = /^(?:-{3,}|original message|received:|return-path:)/i;

/**
 * au by KDDI (ezweb.ne.jp) reports: a Japanese notice, an English reason,
 * the addresses in angle brackets and, for remote rejections, the SMTP
 * dialogue (`>>> RCPT TO:`, `<<< 550 ...`).
 */
export const ezwebScanner: BounceScanner = {
  family: "ezweb",
  scan(message: ParsedMessage): ScanResult | null {
    if (!fromContains(message, ["ezweb.ne.jp", "au.com"])) {
      return null;
    }
    const report: string[] = [];
    for (const line of bodyLines(message)) {
      if (END_LINE.test(line.trim())) {
        break;
      }
      report.push(line);
    }

    const addresses: string[] = [];
    const notes: string[] = [];
    for (const line of report) {
      const trimmed = line.trim();
      const listed = /^recipient:\s*(.*)$/i.exec(trimmed);
      const address =
        listed !== null
          ? firstAddress(listed[1] ?? "")
          : addressOnlyLine(trimmed);
      if (address !== null) {
        if (!addresses.includes(address)) {
          addresses.push(address);
        }
      } else if (/^[\x20-\x7e]+$/.test(trimmed) && !trimmed.startsWith(">>>")) {
        notes.push(trimmed);
      }
    }

    const diagnostic = joinLines(notes);
    const replies = notes.filter((note) => note.startsWith("<<<"));
    const recipients = addresses.map((address) =>
      makeRecipient({
        address,
        diagnostic,
        codeText: replies.length > 0 ? joinLines(replies) : "",
      }),
    );
    return makeResult(recipients, "kddi", "ezweb.ne.jp");
  },
};
