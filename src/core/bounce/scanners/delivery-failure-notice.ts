import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import type { BounceRecipient } from "../types";
import {
  bodyLines,
  findLine,
  firstAddress,
  joinLines,
  makeRecipient,
  makeResult,
  senderHost,
} from "./common";

/**
 * Reports headed "NOTICE: Delivery Failure." with one "Delivery failed:
 * address" line per recipient, the remote reply after "Remote host said",
 * and a "STEP:" line naming the SMTP command.
 */
export const deliveryFailureNoticeScanner: BounceScanner = {
  family: "x2",
  scan(message: ParsedMessage): ScanResult | null {
    const lines = bodyLines(message);
    if (findLine(lines, ["notice: delivery failure"]) < 0) {
      return null;
    }

    const recipients: BounceRecipient[] = [];
    let current: { address: string; lines: string[] } | null = null;
    const flush = (): void => {
      if (current !== null) {
        recipients.push(
          makeRecipient({
            address: current.address,
            diagnostic: joinLines(current.lines),
          }),
        );
      }
      current = null;
    };

    for (const line of lines) {
      const match = /^delivery failed:\s*(\S+)/i.exec(line.trim());
      const address = match === null ? null : firstAddress(match[1] ?? "");
      if (address !== null) {
        flush();
        current = { address, lines: [] };
      } else if (current !== null) {
        if (line.trim() === "" || /^step:/i.test(line.trim())) {
          flush();
        } else {
          current.lines.push(
            line.replace(/^remote host said\[response message\]:/i, ""),
          );
        }
      }
    }
    flush();
    return makeResult(recipients, null, senderHost(message));
  },
};
