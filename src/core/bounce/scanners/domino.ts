import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import {
  addressOnlyLine,
  bodyLines,
  findLine,
  joinLines,
  makeRecipient,
  makeResult,
  senderHost,
} from "./common";

/**
 * IBM (Lotus) Domino reports: "was not delivered to:" with the addresses,
 * then "because:" with the reason.
 */
export const dominoScanner: BounceScanner = {
  family: "domino",
  scan(message: ParsedMessage): ScanResult | null {
    const lines = bodyLines(message);
    const start = findLine(lines, ["was not delivered to:"]);
    if (start < 0) {
      return null;
    }
    const because = findLine(lines, ["because:"], start + 1);
    const addresses = lines
      .slice(start + 1, because < 0 ? start + 20 : because)
      .flatMap((line) => {
        const address = addressOnlyLine(line);
        return address === null ? [] : [address];
      });

    const reason: string[] = [];
    if (because >= 0) {
      for (const line of lines.slice(because + 1)) {
        if (line.trim() === "" && reason.length > 0) {
          break;
        }
        reason.push(line);
      }
    }
    const diagnostic = joinLines(reason);
    const recipients = addresses.map((address) =>
      makeRecipient({ address, diagnostic }),
    );
    return makeResult(recipients, null, senderHost(message));
  },
};
