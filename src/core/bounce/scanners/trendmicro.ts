import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import {
  bodyLines,
  findAddresses,
  findLine,
  makeRecipient,
  makeResult,
  senderHost,
} from "./common";

/** Trend Micro InterScan Messaging Security Suite notices. */
export const trendMicroScanner: BounceScanner = {
  family: "trendmicro",
  scan(message: ParsedMessage): ScanResult | null {
    const lines = bodyLines(message);
    if (findLine(lines, ["interscan messaging security suite"]) < 0) {
      return null;
    }
    const target = findLine(lines, ["unable to deliver message to <"]);
    if (target < 0) {
      return null;
    }
    const line = (lines[target] ?? "").trim().replace(/^reason:\s*/i, "");
    const recipients = findAddresses(line).map((address) =>
      makeRecipient({ address, diagnostic: line }),
    );
    return makeResult(recipients, null, senderHost(message));
  },
};
