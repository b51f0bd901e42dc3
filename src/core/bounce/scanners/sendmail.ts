import type { ParsedMessage } from "../../mime/types";
import { extractCodes } from "../extract-codes";
import type { BounceScanner, ScanResult } from "../scanner";
import type { BounceRecipient } from "../types";
import {
  bodyLines,
  findAddresses,
  findLine,
  joinLines,
  makeRecipient,
  makeResult,
  senderHost,
} from "./common";

/** Heading of the list of failed addresses. */
const ADDRESSES_FRAGMENTS = ["the following addresses had"];

/** Heading of the SMTP transcript. */
const TRANSCRIPT_FRAGMENTS = ["----- transcript of session follows"];

/** Lines that end the transcript. */
const TRANSCRIPT_END = /^(?:-{3,}|reporting-mta:|final-recipient:)/i;

/** A summary line of the transcript: `550 <user@example.com>... text`. */
const SUMMARY_LINE = /^([2-5]\d\d) <([^<>\s]+@[^<>\s]+)>\.\.\.\s*(.*)$/;

/** Removes the `> ` marks of a report that was forwarded inline. */
function unquote(lines: readonly string[]): string[] {
  const quoted = lines.filter((line) => line.startsWith(">")).length;
  if (quoted < lines.length / 4) {
    return [...lines];
  }
  return lines.map((line) =>
    line.startsWith(">") && !line.startsWith(">>>") ? line.slice(1) : line,
  );
}

/** Returns the lines after a heading up to the next `---` or field line. */
function sectionAfter(
  lines: readonly string[],
  fragments: readonly string[],
): string[] {
  const start = findLine(lines, fragments);
  if (start < 0) {
    return [];
  }
  const section: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (TRANSCRIPT_END.test(line.trim())) {
      break;
    }
    section.push(line);
  }
  return section;
}

/** Recipients from the "following addresses had ... errors" list. */
function listedRecipients(
  listed: readonly string[],
  transcript: readonly string[],
): BounceRecipient[] {
  const recipients: BounceRecipient[] = [];

  for (const line of listed) {
    const trimmed = line.trim();
    if (trimmed.startsWith("(reason:")) {
      const last = recipients.at(-1);
      if (last !== undefined && last.diagnostic === null) {
        const reason = trimmed.replace(/^\(reason:\s*/, "").replace(/\)$/, "");
        recipients[recipients.length - 1] = makeRecipient({
          address: last.address,
          diagnostic: reason,
        });
      }
      continue;
    }
    const address = findAddresses(trimmed)[0];
    if (address === undefined) {
      continue;
    }
    const bracket = /\[([^\]]+)\]\s*$/.exec(trimmed);
    recipients.push(
      makeRecipient({ address, diagnostic: bracket?.[1] ?? null }),
    );
  }

  return recipients.map((recipient) => {
    if (recipient.replyCode !== null || recipient.status !== null) {
      return recipient;
    }
    const mentions = transcript.filter((line) =>
      line.toLowerCase().includes(recipient.address.toLowerCase()),
    );
    if (mentions.length === 0) {
      return recipient;
    }
    return makeRecipient({
      address: recipient.address,
      diagnostic: recipient.diagnostic ?? joinLines(mentions),
      codeText: joinLines(mentions),
    });
  });
}

/**
 * Recipients from transcript summary lines, when no list precedes them. A
 * summary line without a reply code of its own, such as `554 <user@host>...
 * Remote protocol error`, is Sendmail's local wording, so the remote
 * server's `<<<` reply to the same command becomes the diagnostic.
 */
function transcriptRecipients(
  transcript: readonly string[],
): BounceRecipient[] {
  const recipients: BounceRecipient[] = [];
  let lastReply: string | null = null;
  let replyLines: string[] = [];

  for (const line of transcript) {
    const trimmed = line.trim();
    if (trimmed.startsWith(">>>") || /^while talking to/i.test(trimmed)) {
      lastReply = null;
      replyLines = [];
      continue;
    }
    if (trimmed.startsWith("<<<")) {
      lastReply = extractCodes(trimmed.slice(3)).replyCode;
      replyLines.push(trimmed.slice(3).trim());
      continue;
    }
    const match = SUMMARY_LINE.exec(trimmed);
    if (match === null) {
      continue;
    }
    const [, lineCode, address, rest] = match;
    if (address === undefined) {
      continue;
    }
    const codes = extractCodes(rest ?? "");
    const remoteReply =
      codes.replyCode === null && replyLines.length > 0
        ? joinLines(replyLines)
        : null;
    // A `<<<` reply belongs to one command, so it explains one line only.
    replyLines = [];
    recipients.push(
      makeRecipient({
        address,
        diagnostic: remoteReply ?? rest ?? null,
        replyCode: codes.replyCode ?? lastReply ?? lineCode ?? null,
      }),
    );
  }

  return recipients;
}

/** Sendmail reports, version 5 included, that have no delivery-status part. */
export const sendmailScanner: BounceScanner = {
  family: "sendmail",
  scan(message: ParsedMessage): ScanResult | null {
    const lines = unquote(bodyLines(message));
    const listed = sectionAfter(lines, ADDRESSES_FRAGMENTS);
    const transcript = sectionAfter(lines, TRANSCRIPT_FRAGMENTS);
    if (listed.length === 0 && transcript.length === 0) {
      return null;
    }

    const recipients =
      listed.length > 0
        ? listedRecipients(listed, transcript)
        : transcriptRecipients(transcript);
    return makeResult(recipients, null, senderHost(message));
  },
};
