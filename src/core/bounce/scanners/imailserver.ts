import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import {
  bodyLines,
  findAddresses,
  findLine,
  joinLines,
  makeRecipient,
  makeResult,
  senderHost,
  subjectContains,
} from "./common";

/** Lines that name a failed address and the reason in one sentence. */
const REASON_LINE =
  /^(unknown user|user mailbox exceeds allowed size|undeliverable to|mailbox does not exist)\b/i;

/**
 * Ipswitch IMail Server reports ("Undeliverable Mail"): one line with the
 * reason and the address, then optionally the response of the remote server.
 */
export const imailServerScanner: BounceScanner = {
  family: "imailserver",
  scan(message: ParsedMessage): ScanResult | null {
    if (!subjectContains(message, ["undeliverable mail"])) {
      return null;
    }
    const lines = bodyLines(message);
    const end = findLine(lines, ["original message follows"]);
    const report = lines.slice(0, end < 0 ? lines.length : end);

    const recipients = report.flatMap((line, index) => {
      const match = REASON_LINE.exec(line.trim());
      const address = match === null ? undefined : findAddresses(line)[0];
      if (match === null || address === undefined) {
        return [];
      }
      const response = findLine(report, ["generated response:"], index + 1);
      const detail =
        response < 0
          ? []
          : report.slice(response + 1).filter((item) => item.trim() !== "");
      return [
        makeRecipient({
          address,
          diagnostic: joinLines([match[1] ?? "", ...detail]),
        }),
      ];
    });
    return makeResult(recipients, null, senderHost(message));
  },
};
