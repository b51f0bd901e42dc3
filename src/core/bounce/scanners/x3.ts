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
} from "./common";

/**
 * Reports framed by lines of `=` signs: "Delivery to the following
 * recipients failed permanently" (often misspelt "Delevery"), `* address`
 * lines, then "Technical details" with the SMTP reply when there is one.
 */
export const x3Scanner: BounceScanner = {
  family: "x3",
  scan(message: ParsedMessage): ScanResult | null {
    const lines = bodyLines(message);
    const start = findLine(lines, [
      "delevery to the following recipients failed",
      "delivery to the following recipients failed",
    ]);
    if (start < 0) {
      return null;
    }
    const technical = findLine(lines, ["technical details:"], start + 1);
    const listEnd =
      technical < 0 ? findLine(lines, ["====="], start + 1) : technical;
    const details: string[] = [];
    for (const line of technical < 0 ? [] : lines.slice(technical + 1)) {
      if (/^={5,}/.test(line.trim())) {
        break;
      }
      details.push(line);
    }
    const diagnostic = joinLines(details);
    const host = /\bhost ([A-Za-z0-9.:-]+):/.exec(diagnostic);

    const listed = lines.slice(start + 1, listEnd < 0 ? lines.length : listEnd);
    const recipients = listed.flatMap((line) => {
      const match = /^\s*\*\s+(\S+)/.exec(line);
      const address = firstAddress(match?.[1] ?? "");
      return address === null
        ? []
        : [
            makeRecipient({
              address,
              diagnostic,
              remoteMta: host?.[1] ?? null,
            }),
          ];
    });
    return makeResult(recipients, null, senderHost(message));
  },
};
