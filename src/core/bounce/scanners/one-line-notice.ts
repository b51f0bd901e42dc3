import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import {
  bodyLines,
  firstAddress,
  fromContains,
  makeRecipient,
  makeResult,
  senderHost,
  subjectContains,
} from "./common";

/** `Reason text: <user@example.com>` as the first line of the body. */
const NOTICE_LINE = /^([^<>:]{3,80}):\s*<([^<>\s]+@[^<>\s]+)>$/;

/**
 * Minimal "Returned mail" notices from a mailer daemon: one line with the
 * reason and the address, then "Unable to deliver mail.".
 */
export const oneLineNoticeScanner: BounceScanner = {
  family: "notice",
  scan(message: ParsedMessage): ScanResult | null {
    if (
      !fromContains(message, ["mailer-daemon"]) ||
      !subjectContains(message, ["returned mail"])
    ) {
      return null;
    }
    const lines = bodyLines(message)
      .map((line) => line.trim())
      .filter((line) => line !== "");
    const match = NOTICE_LINE.exec(lines[0] ?? "");
    const address = firstAddress(match?.[2] ?? "");
    if (match === null || address === null) {
      return null;
    }
    if (!/^unable to deliver mail\.?$/i.test(lines[1] ?? "")) {
      return null;
    }
    return makeResult(
      [makeRecipient({ address, diagnostic: match[1] ?? null })],
      null,
      senderHost(message),
    );
  },
};
