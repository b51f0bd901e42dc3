import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import type { BounceRecipient } from "../types";
import {
  bodyLines,
  firstAddress,
  fromContains,
  makeRecipient,
  makeResult,
  subjectContains,
} from "./common";

/**
 * `user@example.com Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 text`
 */
const ERROR_CODE_LINE = /^(\S+@\S+)\s+([^,]*),\s*ERROR_CODE\s*:(.*)$/;

/** `[Status: Error, Address: <user@example.com>, ResponseCode 421, , text]` */
const STATUS_LINE = /^\[Status:\s*([^,]*),\s*Address:\s*<([^<>]+)>,\s*(.*)\]$/;

/** Zoho Mail reports, which name each recipient with ERROR_CODE fields. */
export const zohoScanner: BounceScanner = {
  family: "zoho",
  scan(message: ParsedMessage): ScanResult | null {
    if (!fromContains(message, ["zoho.com", "zoho.eu", "zohomail"])) {
      return null;
    }
    const delayed = subjectContains(message, ["(delay)"]);
    const recipients: BounceRecipient[] = [];

    for (const line of bodyLines(message)) {
      const trimmed = line.trim();
      const coded = ERROR_CODE_LINE.exec(trimmed);
      const status = coded === null ? STATUS_LINE.exec(trimmed) : null;
      const address = firstAddress(coded?.[1] ?? status?.[2] ?? "");
      if (address === null) {
        continue;
      }
      const detail =
        coded !== null
          ? `${coded[2] ?? ""}, ERROR_CODE :${coded[3] ?? ""}`
          : (status?.[3] ?? "");
      recipients.push(
        makeRecipient({
          address,
          diagnostic: detail,
          action: delayed ? "delayed" : "failed",
        }),
      );
    }

    return makeResult(recipients, "zoho", "mail.zoho.com");
  },
};
