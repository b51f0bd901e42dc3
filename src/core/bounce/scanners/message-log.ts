import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import {
  bodyLines,
  findAddresses,
  joinLines,
  makeRecipient,
  makeResult,
  senderHost,
  sliceBetween,
} from "./common";

/**
 * Reports framed by `|---- Message log follows: ----|` and
 * `|---- Failed addresses follow: ----|` rules (as written by MMDF and
 * PMDF-style agents): one `address ... reason` line per recipient.
 */
export const messageLogScanner: BounceScanner = {
  family: "messagelog",
  scan(message: ParsedMessage): ScanResult | null {
    const lines = bodyLines(message);
    const failed = sliceBetween(lines, ["failed addresses follow:"], ["|---"]);
    const log = sliceBetween(lines, ["message log follows:"], ["|---"]);

    const recipients = failed.flatMap((line) => {
      const address = findAddresses(line)[0];
      if (address === undefined) {
        return [];
      }
      const reason = line.slice(line.indexOf(address) + address.length);
      const diagnostic = joinLines([
        reason.replace(/^\s*\.\.\.\s*/, ""),
        ...log,
      ]);
      return [makeRecipient({ address, diagnostic })];
    });
    return makeResult(recipients, null, senderHost(message));
  },
};
