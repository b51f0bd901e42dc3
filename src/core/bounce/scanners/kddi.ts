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
 * au (KDDI) reports: "Could not be delivered to: <address>", then a line
 * with the reason.
 */
export const kddiScanner: BounceScanner = {
  family: "kddi",
  scan(message: ParsedMessage): ScanResult | null {
    const lines = bodyLines(message);
    const target = findLine(lines, ["could not be delivered to: <"]);
    if (target < 0) {
      return null;
    }
    const address = firstAddress(lines[target] ?? "");
    if (address === null) {
      return null;
    }
    const detail: string[] = [];
    for (const line of lines.slice(target + 1)) {
      if (line.trim() === "") {
        break;
      }
      detail.push(line);
    }
    return makeResult(
      [makeRecipient({ address, diagnostic: joinLines(detail) })],
      "kddi",
      senderHost(message),
    );
  },
};
