import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import {
  bodyLines,
  findLine,
  firstAddress,
  joinLines,
  makeRecipient,
  makeResult,
  senderHost,
  splitRecipientBlocks,
} from "./common";

/** `user@example.com on Thu, 29 Apr 2010 00:00:00 -0000`, at column 0. */
const RECIPIENT_LINE = /^(\S+@\S+) on \w/;

/**
 * Exchange Server 2003 and earlier: "did not reach the following
 * recipient(s)", then one line per recipient with indented reasons.
 */
export const exchange2003Scanner: BounceScanner = {
  family: "exchange2003",
  scan(message: ParsedMessage): ScanResult | null {
    const lines = bodyLines(message);
    const start = findLine(lines, ["did not reach the following recipient"]);
    if (start < 0) {
      return null;
    }

    const blocks = splitRecipientBlocks(lines.slice(start + 1), (line) => {
      const match = RECIPIENT_LINE.exec(line);
      return match?.[1] === undefined ? null : firstAddress(match[1]);
    });
    const recipients = blocks.map((block) => {
      // A recipient's details run to the first blank line. Unindented lines
      // before it continue a wrapped MTS-ID or MSEXCH diagnostic.
      const blank = block.lines.findIndex((line) => line.trim() === "");
      const detail = blank < 0 ? block.lines : block.lines.slice(0, blank);
      return makeRecipient({
        address: block.address,
        diagnostic: joinLines(detail),
      });
    });
    return makeResult(recipients, null, senderHost(message));
  },
};
