import type { ParsedMessage } from "../../mime/types";
import { parseDeliveryStatus } from "../delivery-status";
import { partHeaderText } from "../message-headers";
import type { BounceScanner, ScanResult } from "../scanner";
import type { BounceRecipient } from "../types";
import {
  bodyLines,
  bodyText,
  findAddresses,
  findLine,
  firstAddress,
  joinLines,
  makeRecipient,
  makeResult,
  remoteHostOf,
  senderHost,
} from "./common";

/** Opening lines of Postfix bounce and delay reports. */
const START_FRAGMENTS = [
  "this is the postfix program at host",
  "this is the mail system at host",
];

/**
 * A recipient line: `<user@example.com>: text` or
 * `<user@example.com> (expanded from <list@example.com>): text`.
 */
const RECIPIENT_LINE =
  /^<([^<>\s]+@[^<>\s]+)>(?: \(expanded from [^)]*\))?:\s?(.*)$/;

/** Postfix reports whose delivery-status part was lost or never attached. */
export const postfixScanner: BounceScanner = {
  family: "postfix",
  scan(message: ParsedMessage): ScanResult | null {
    const lines = bodyLines(message);
    const start = findLine(lines, START_FRAGMENTS);
    if (start < 0) {
      return null;
    }

    const recipients: BounceRecipient[] = [];
    let current: { address: string; lines: string[] } | null = null;
    const flush = (): void => {
      if (current === null) {
        return;
      }
      const diagnostic = joinLines(current.lines);
      recipients.push(
        makeRecipient({
          address: current.address,
          diagnostic,
          remoteMta: remoteHostOf(diagnostic),
        }),
      );
      current = null;
    };

    for (const line of lines.slice(start + 1)) {
      const match = RECIPIENT_LINE.exec(line);
      const address = match?.[1] === undefined ? null : firstAddress(match[1]);
      if (address !== null) {
        flush();
        current = { address, lines: [match?.[2] ?? ""] };
      } else if (current !== null && /^\s+\S/.test(line)) {
        current.lines.push(line);
      } else {
        flush();
      }
    }
    flush();

    if (
      recipients.length === 0 &&
      findLine(lines, ["delivery report unavailable"]) >= 0
    ) {
      recipients.push(...returnedRecipients(message));
    }
    fillFromEmbeddedFields(recipients, bodyText(message));
    const delayed = findLine(lines, ["this is a warning only"]) >= 0;
    if (delayed) {
      recipients.forEach((recipient) => (recipient.action = "delayed"));
    }
    return makeResult(recipients, null, senderHost(message));
  },
};

/**
 * Takes the recipients from the To field of the returned message, for
 * reports whose only detail is "Delivery report unavailable".
 */
function returnedRecipients(message: ParsedMessage): BounceRecipient[] {
  const returned = message.parts.find(
    (part) =>
      part.contentType === "message/rfc822" ||
      part.contentType === "text/rfc822-headers",
  );
  // Only the header block is read, so a large returned message is not
  // decoded.
  const headerBlock = returned === undefined ? "" : partHeaderText(returned);
  const to = /^to:[ \t]*(.*(?:\r?\n[ \t].*)*)/im.exec(headerBlock);
  return findAddresses(to?.[1] ?? "").map((address) =>
    makeRecipient({ address, diagnostic: null }),
  );
}

/**
 * Copies the Status field of delivery-status fields that were pasted into
 * the text (when the report lost its MIME structure) to recipients whose
 * diagnostic carries no enhanced status code.
 */
function fillFromEmbeddedFields(
  recipients: BounceRecipient[],
  text: string,
): void {
  if (!/^Final-Recipient:/im.test(text)) {
    return;
  }
  const fields = parseDeliveryStatus(text);
  for (const recipient of recipients) {
    const match = fields.recipients.find(
      (candidate) =>
        candidate.address.toLowerCase() === recipient.address.toLowerCase(),
    );
    if (match !== undefined && recipient.status === null) {
      recipient.status = match.status;
    }
  }
}
