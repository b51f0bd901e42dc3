import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import type { DsnAction } from "../types";
import {
  addressOnlyLine,
  bodyLines,
  findLine,
  findLineStart,
  fromContains,
  joinLines,
  makeRecipient,
  makeResult,
} from "./common";

/** Headings before the failed or delayed addresses. */
const PERMANENT_FRAGMENTS = [
  "delivery to the following recipient failed permanently",
  "delivery to the following recipients failed permanently",
];
const DELAYED_FRAGMENTS = [
  "delivery to the following recipient has been delayed",
  "delivery to the following recipients have been delayed",
];

/** Line that starts the returned message. */
const END_FRAGMENTS = [
  "----- original message -----",
  "----- message header follows",
];

/** Gmail (consumer) reports in the older plain-text layout. */
export const gmailScanner: BounceScanner = {
  family: "gmail",
  scan(message: ParsedMessage): ScanResult | null {
    if (
      !fromContains(message, ["@googlemail.com", "@google.com", "@gmail.com"])
    ) {
      return null;
    }
    const lines = bodyLines(message);
    let start = findLine(lines, PERMANENT_FRAGMENTS);
    let action: DsnAction = "failed";
    if (start < 0) {
      start = findLine(lines, DELAYED_FRAGMENTS);
      action = "delayed";
    }
    if (start < 0) {
      return null;
    }

    const end = findLineStart(lines, END_FRAGMENTS, start + 1);
    const section = lines.slice(start + 1, end < 0 ? lines.length : end);
    const addresses: string[] = [];
    let index = 0;
    for (; index < section.length; index += 1) {
      const line = section[index] ?? "";
      const address = addressOnlyLine(line);
      if (address !== null) {
        addresses.push(address);
      } else if (line.trim() !== "" && addresses.length > 0) {
        break;
      }
    }

    const details = section.slice(index);
    const technical = details.findIndex((line) =>
      /^technical details of/i.test(line.trim()),
    );
    const diagnostic = joinLines(
      technical < 0 ? [] : details.slice(technical + 1),
    );
    const returned =
      /(?:other server returned was|server returned):?\s*(.*)$/i.exec(
        diagnostic,
      );
    const remote = /\bby ([A-Za-z0-9.-]+\.[A-Za-z]{2,})\.? \[/.exec(diagnostic);

    const recipients = addresses.map((address) =>
      makeRecipient({
        address,
        diagnostic,
        codeText: returned?.[1] ?? diagnostic,
        remoteMta: remote?.[1] ?? null,
        action,
      }),
    );
    return makeResult(recipients, "gmail", "googlemail.com");
  },
};
