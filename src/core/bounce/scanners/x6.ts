import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import {
  bodyLines,
  findAddresses,
  makeRecipient,
  makeResult,
  senderHost,
} from "./common";

/** `The following recipients returned permanent errors: a@b. Reason: text` */
const ERRORS_LINE =
  /^the following recipients returned (permanent|temporary) errors: (.*?)\.\s+reason:\s*(.*)$/i;

/** Reports that list recipients and the reason on one line. */
export const x6Scanner: BounceScanner = {
  family: "x6",
  scan(message: ParsedMessage): ScanResult | null {
    const recipients = bodyLines(message).flatMap((line) => {
      const match = ERRORS_LINE.exec(line.trim());
      if (match === null) {
        return [];
      }
      const reason = match[3] ?? "";
      const bracketed = /\[([^\]]*)\]\s*$/.exec(reason);
      const server = /server <([^<>]+)>/i.exec(reason);
      const temporary = (match[1] ?? "").toLowerCase() === "temporary";
      return findAddresses(match[2] ?? "").map((address) =>
        makeRecipient({
          address,
          diagnostic: reason,
          codeText: bracketed?.[1] ?? reason,
          remoteMta: server?.[1] ?? null,
          action: temporary ? "delayed" : "failed",
        }),
      );
    });
    return makeResult(recipients, null, senderHost(message));
  },
};
