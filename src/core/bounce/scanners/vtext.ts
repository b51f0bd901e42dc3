import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import {
  bodyLines,
  findLine,
  findLineStart,
  firstAddress,
  joinLines,
  makeRecipient,
  makeResult,
  senderHost,
} from "./common";

/**
 * Verizon (vtext.com SMS gateway, built on Apache James) and its MMS
 * gateway: "Error message below:" with the reply, and the recipient in
 * "RCPT TO:" or in the returned message's To field.
 */
export const vtextScanner: BounceScanner = {
  family: "verizon",
  scan(message: ParsedMessage): ScanResult | null {
    const lines = bodyLines(message);
    const errorBelow = findLine(lines, ["error message below:"]);
    const mms = findLine(lines, ["message could not be delivered to mobile"]);
    if (errorBelow < 0 && mms < 0) {
      return null;
    }

    if (errorBelow >= 0) {
      const details = findLineStart(
        lines,
        ["message details:"],
        errorBelow + 1,
      );
      const rcpt = findLineStart(lines, ["rcpt to:"], Math.max(details, 0));
      const address = firstAddress(lines[rcpt] ?? "");
      if (address === null) {
        return null;
      }
      const error = findLineStart(lines, ["error:"]);
      const diagnostic = joinLines([
        error < 0 ? "" : (lines[error] ?? "").replace(/^\s*error:\s*/i, ""),
        ...lines.slice(errorBelow + 1, details < 0 ? errorBelow + 3 : details),
      ]);
      return makeResult(
        [makeRecipient({ address, diagnostic })],
        "verizon",
        senderHost(message),
      );
    }

    const original = findLineStart(lines, ["original message:"], mms);
    const to = findLineStart(lines, ["to:"], Math.max(original, 0));
    const address = firstAddress(lines[to] ?? "");
    if (original < 0 || address === null) {
      return null;
    }
    return makeResult(
      [
        makeRecipient({
          address,
          diagnostic: joinLines(lines.slice(mms, original)),
        }),
      ],
      "verizon",
      senderHost(message),
    );
  },
};
