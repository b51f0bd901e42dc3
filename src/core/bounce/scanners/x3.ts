import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import {
  bodyText,
  findLine,
  firstAddress,
  joinLines,
  makeRecipient,
  makeResult,
  senderHost,
  splitLines,
} from "./common";

/**
 * Reports framed by lines of `=` signs: "Delivery to the following
 * recipients failed permanently" (often misspelt "Delevery"), `* address`
 * lines, then "Technical details" with the SMTP reply.
 */
export const x3Scanner: BounceScanner = {
  family: "x3",
  scan(message: ParsedMessage): ScanResult | null {
    const lines = splitLines(bodyText(message));
    const start = findLine(lines, [
      "delevery to the following recipients failed",
      "delivery to the following recipients failed",
    ]);
    const technical = findLine(lines, ["technical details:"], start + 1);
    if (start < 0 || technical < 0) {
      return null;
    }
    const details: string[] = [];
    for (const line of lines.slice(technical + 1)) {
      if (/^={5,}/.test(line.trim())) {
        break;
      }
      details.push(line);
    }
    const diagnostic = joinLines(details);
    const host = /\bhost ([A-Za-z0-9.:-]+):/.exec(diagnostic);

    const recipients = lines.slice(start + 1, technical).flatMap((line) => {
      const match = /^\s*\*\s+(\S+)/.exec(line);
      const address = firstAddress(match?.[1] ?? "");
      return address === null
        ? []
        : [makeRecipient({ address, diagnostic, remoteMta: host?.[1] ?? null })];
    });
    return makeResult(recipients, null, senderHost(message));
  },
};
