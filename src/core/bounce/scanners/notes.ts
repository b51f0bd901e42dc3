import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import {
  addressOnlyLine,
  bodyLines,
  joinLines,
  makeRecipient,
  makeResult,
  senderHost,
  sliceBetween,
} from "./common";

/**
 * Lotus Notes SMTP gateway reports: a "Failure Reasons" section with the
 * reason and then the address, before the "Returned Message" section.
 */
export const notesScanner: BounceScanner = {
  family: "notes",
  scan(message: ParsedMessage): ScanResult | null {
    const section = sliceBetween(
      bodyLines(message),
      ["------- failure reasons"],
      ["------- returned message"],
    );

    const reasons: string[] = [];
    const recipients = section.flatMap((line) => {
      const address = addressOnlyLine(line);
      if (address === null) {
        if (line.trim() !== "") {
          reasons.push(line);
        }
        return [];
      }
      const diagnostic = joinLines(reasons);
      reasons.length = 0;
      return [makeRecipient({ address, diagnostic })];
    });
    return makeResult(recipients, null, senderHost(message));
  },
};
