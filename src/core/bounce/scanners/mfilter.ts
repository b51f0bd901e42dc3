import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import {
  addressOnlyLine,
  bodyLines,
  findLine,
  findLineStart,
  joinLines,
  makeRecipient,
  makeResult,
  senderHost,
} from "./common";

/** Heading of the server reply, and the headings that end it. */
const SERVER_MESSAGE = "-------server message";
const SECTION_END = ["-------smtp command", "-------original"];

/**
 * m-FILTER (Digital Arts) reports, written in Japanese: the failed
 * addresses, then the server's reply under "-------server message".
 */
export const mfilterScanner: BounceScanner = {
  family: "mfilter",
  scan(message: ParsedMessage): ScanResult | null {
    const lines = bodyLines(message);
    const serverMessage = findLineStart(lines, [SERVER_MESSAGE]);
    if (serverMessage < 0) {
      return null;
    }
    // The address list follows a line that ends in "送信に失敗しました"
    // ("sending failed").
    const heading = findLine(lines, ["送信に失敗しました", "m-filter"]);
    const addresses = lines
      .slice(heading < 0 ? 0 : heading + 1, serverMessage)
      .flatMap((line) => {
        const address = addressOnlyLine(line);
        return address === null ? [] : [address];
      });

    const end = findLineStart(lines, SECTION_END, serverMessage + 1);
    const diagnostic = joinLines(
      lines.slice(serverMessage + 1, end < 0 ? serverMessage + 10 : end),
    );
    const recipients = addresses.map((address) =>
      makeRecipient({ address, diagnostic }),
    );
    return makeResult(recipients, null, senderHost(message));
  },
};
