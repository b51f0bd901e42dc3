import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import {
  bodyLines,
  findLine,
  firstAddress,
  joinLines,
  makeRecipient,
  makeResult,
  remoteHostOf,
  senderHost,
} from "./common";

/** MailFoundry reports: "Unable to deliver message to: <address>". */
export const mailFoundryScanner: BounceScanner = {
  family: "mailfoundry",
  scan(message: ParsedMessage): ScanResult | null {
    const lines = bodyLines(message);
    const target = findLine(lines, ["unable to deliver message to: <"]);
    const reason = findLine(lines, [
      "delivery failed for the following reason",
    ]);
    if (target < 0 || reason < 0) {
      return null;
    }
    const address = firstAddress(lines[target] ?? "");
    if (address === null) {
      return null;
    }

    const detail: string[] = [];
    for (const line of lines.slice(reason + 1)) {
      if (/^this has been a (permanent|temporary) failure/i.test(line.trim())) {
        break;
      }
      detail.push(line);
    }
    const diagnostic = joinLines(detail);
    const server = /^(?:server\s+)?([A-Za-z0-9.-]+)\[/i.exec(diagnostic);
    return makeResult(
      [
        makeRecipient({
          address,
          diagnostic,
          remoteMta: server?.[1] ?? remoteHostOf(diagnostic),
        }),
      ],
      null,
      senderHost(message),
    );
  },
};
