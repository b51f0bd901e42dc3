import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import {
  bodyLines,
  findLine,
  findLineStart,
  firstAddress,
  fromContains,
  joinLines,
  makeRecipient,
  makeResult,
  senderHost,
  splitRecipientBlocks,
} from "./common";

/**
 * Opening lines of qmail-send reports and of services that copy its layout
 * (`<address>:` lines, then the remote reply).
 */
const START_FRAGMENTS = [
  "this is the qmail-send program",
  "i'm afraid i wasn't able to deliver your message",
  "we were unable to deliver your message to the following address",
  "unable to deliver message to the following address",
  "could not be delivered. this",
  "following address(es) could not be delivered",
];

/** Lines that start the returned message. */
const END_FRAGMENTS = [
  "--- below this line is a copy of the message",
  "--- enclosed is a copy of the message",
  "--- original message follows",
];

/**
 * The remote server as qmail names it: `Connected to 192.0.2.1 but ...`,
 * `remote host 192.0.2.1 said:`, `192.0.2.1 does not like recipient.` or
 * `192.0.2.1 failed after I sent the message.`
 */
const REMOTE_HOST =
  /(?:^|\s)([0-9]{1,3}(?:\.[0-9]{1,3}){3}|[0-9A-Fa-f]*:[0-9A-Fa-f:]+) (?:but |does not like |failed after |said:)/;

/** A recipient line: `<user@example.com>:`, the address at column 0. */
function recipientOfLine(line: string): string | null {
  const match = /^<([^<>\s]+@[^<>\s]+)>:/.exec(line);
  return match?.[1] === undefined ? null : firstAddress(match[1]);
}

function providerOf(message: ParsedMessage): string | null {
  return fromContains(message, ["yahoo."]) ? "yahoo" : null;
}

/** qmail, and the Yahoo and other reports written in its layout. */
export const qmailScanner: BounceScanner = {
  family: "qmail",
  scan(message: ParsedMessage): ScanResult | null {
    const lines = bodyLines(message);
    const start = findLine(lines, START_FRAGMENTS);
    if (start < 0) {
      return null;
    }
    const end = findLineStart(lines, END_FRAGMENTS, start + 1);
    if (end < 0) {
      return null;
    }

    const recipients = splitRecipientBlocks(
      lines.slice(start + 1, end),
      recipientOfLine,
    ).map((block) => {
      const sameLine = block.first.slice(block.first.indexOf(">:") + 2);
      const diagnostic = joinLines([sameLine, ...block.lines]);
      const remote = REMOTE_HOST.exec(diagnostic);
      return makeRecipient({
        address: block.address,
        diagnostic,
        remoteMta: remote?.[1] ?? null,
      });
    });

    return makeResult(recipients, providerOf(message), senderHost(message));
  },
};
