import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import {
  bodyLines,
  findLine,
  firstAddress,
  makeRecipient,
  makeResult,
  senderHost,
} from "./common";

/**
 * fml mailing list manager rejections: the sender is not a member of the
 * list, so the list address is the recipient that failed.
 */
export const fmlScanner: BounceScanner = {
  family: "fml",
  scan(message: ParsedMessage): ScanResult | null {
    const lines = bodyLines(message);
    const notMember = findLine(lines, [
      "you are not a member of this mailing list",
    ]);
    const line = lines[notMember] ?? "";
    const address = firstAddress(line);
    if (notMember < 0 || address === null) {
      return null;
    }
    return makeResult(
      [makeRecipient({ address, diagnostic: line.trim() })],
      null,
      senderHost(message),
    );
  },
};
