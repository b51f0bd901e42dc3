import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import type { DsnAction } from "../types";
import {
  bodyLines,
  findLine,
  firstAddress,
  joinLines,
  makeRecipient,
  makeResult,
  splitRecipientBlocks,
} from "./common";

/** Headings of the recipient list, by the kind of notification. */
const FAILED_HEADING = "following recipients cannot be delivered";
const DELAYED_HEADING = "following recipients has been delayed";

/** `<user@example.com>:` at column 0 starts a recipient. */
function recipientOfLine(line: string): string | null {
  const match = /^<([^<>\s]+@[^<>\s]+)>:/.exec(line);
  return match?.[1] === undefined ? null : firstAddress(match[1]);
}

/**
 * Courier mail server notifications: each `<address>:` line is followed by
 * the remote host and the SMTP dialogue (`>>> RCPT TO:`, `<<< 550 ...`).
 */
export const courierScanner: BounceScanner = {
  family: "courier",
  scan(message: ParsedMessage): ScanResult | null {
    const lines = bodyLines(message);
    const intro = findLine(lines, ["running the courier mail server"]);
    if (intro < 0) {
      return null;
    }
    let start = findLine(lines, [FAILED_HEADING], intro);
    let action: DsnAction = "failed";
    if (start < 0) {
      start = findLine(lines, [DELAYED_HEADING], intro);
      action = "delayed";
    }
    if (start < 0) {
      return null;
    }

    // A rule of dashes closes the list of recipients.
    const rule = lines.findIndex(
      (line, index) => index > start && /^-{20,}$/.test(line.trim()),
    );
    const section = lines.slice(start + 1, rule < 0 ? lines.length : rule);
    const recipients = splitRecipientBlocks(section, recipientOfLine).map(
      (block) => {
        const host = /^\s+([A-Za-z0-9.-]+) \[[0-9A-Fa-f.:]+\]:\s*$/.exec(
          block.lines.find((line) => /^\s+\S+ \[/.test(line)) ?? "",
        );
        const replies = block.lines
          .filter((line) => line.startsWith("<<<"))
          .map((line) => line.slice(3));
        return makeRecipient({
          address: block.address,
          diagnostic: joinLines(replies),
          remoteMta: host?.[1] ?? null,
          action,
        });
      },
    );

    const server = /notification from ([A-Za-z0-9.-]+?),?$/.exec(
      (lines[intro - 1] ?? "").trim(),
    );
    return makeResult(recipients, null, server?.[1] ?? null);
  },
};
