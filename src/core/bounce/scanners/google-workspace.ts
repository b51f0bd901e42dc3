import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import {
  bodyLines,
  findAddresses,
  findLine,
  fromContains,
  headerValue,
  joinLines,
  makeRecipient,
  makeResult,
} from "./common";

/** Headings such as `** Address not found **` that open the current layout. */
const HEADING = /^\*\* [^*]+ \*\*$/;

/** Lines after which the remote server's reply follows. */
const RESPONSE_FRAGMENTS = [
  "the response was:",
  "the response from the remote server was:",
];

/**
 * Gmail and Google Workspace reports in the current layout: a `** ... **`
 * heading, an explanation, and the remote reply after "The response was:".
 * The failed address is in X-Failed-Recipients, or in the sentence
 * "Your message wasn't delivered to ...".
 */
export const googleWorkspaceScanner: BounceScanner = {
  family: "googleworkspace",
  scan(message: ParsedMessage): ScanResult | null {
    if (
      !fromContains(message, ["@googlemail.com", "@google.com", "@gmail.com"])
    ) {
      return null;
    }
    const lines = bodyLines(message);
    const heading = lines.findIndex((line) => HEADING.test(line.trim()));
    if (heading < 0) {
      return null;
    }

    const failed = headerValue(message, "x-failed-recipients");
    const sentence = findLine(lines, [
      "wasn't delivered to",
      "was not delivered to",
    ]);
    const addresses =
      failed !== null
        ? findAddresses(failed)
        : findAddresses(sentence < 0 ? "" : (lines[sentence] ?? ""));

    const response = findLine(lines, RESPONSE_FRAGMENTS, heading);
    const reply: string[] = [];
    for (const line of response < 0 ? [] : lines.slice(response + 1)) {
      if (line.trim() === "" && reply.length > 0) {
        break;
      }
      reply.push(line);
    }
    const explanation = joinLines(
      lines.slice(heading + 1, response < 0 ? heading + 4 : response),
    );
    const delayed = /incomplete|delayed/i.test(lines[heading] ?? "");

    const recipients = addresses.map((address) =>
      makeRecipient({
        address,
        diagnostic: joinLines([explanation, ...reply]),
        codeText: joinLines(reply),
        action: delayed ? "delayed" : "failed",
      }),
    );
    return makeResult(recipients, "gmail", "googlemail.com");
  },
};
