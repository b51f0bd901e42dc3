import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import {
  bodyText,
  findAddresses,
  fromContains,
  headerValue,
  joinLines,
  makeRecipient,
  makeResult,
} from "./common";

/**
 * Google Groups rejections: the group may not exist, or the sender may not
 * post to it. The notice is written in the sender's language, so only the
 * X-Failed-Recipients field and the help link identify it.
 */
export const googleGroupsScanner: BounceScanner = {
  family: "googlegroups",
  scan(message: ParsedMessage): ScanResult | null {
    if (!fromContains(message, ["@googlemail.com", "@google.com"])) {
      return null;
    }
    const text = bodyText(message);
    if (
      !text.includes("groups.google.com") &&
      !text.includes("Google Groups")
    ) {
      return null;
    }
    const failed = headerValue(message, "x-failed-recipients");
    if (failed === null) {
      return null;
    }

    const notice = text.split("----- Original message -----")[0] ?? "";
    const diagnostic = joinLines(notice.split(/\r\n|\r|\n/)).slice(0, 1000);
    const recipients = findAddresses(failed).map((address) =>
      makeRecipient({ address, diagnostic, codeText: "" }),
    );
    return makeResult(recipients, "gmail", "googlegroups.com");
  },
};
