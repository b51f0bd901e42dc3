import type { ParsedMessage } from "../../mime/types";
import { extractCodes } from "../extract-codes";
import type { ScanResult } from "../scanner";
import type { BounceRecipient, DsnAction, MessageKind } from "../types";
import {
  findLineInJoined,
  MAX_SCAN_CHARS,
  trimmedLowerCaseLine,
} from "./text-lines";

export {
  fromContains,
  fromMailerDaemon,
  headerValue,
  subjectContains,
} from "./message-fields";
export { bodyLines, splitLines } from "./text-lines";

/** Characters allowed in the local part of an address found in free text. */
const LOCAL_CHARS = /[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]/;

/** Characters allowed in the domain of an address found in free text. */
const DOMAIN_CHARS = /[A-Za-z0-9.-]/;

/** Index of the first line that contains any fragment (lower case), or -1. */
export function findLine(
  lines: readonly string[],
  fragments: readonly string[],
  from = 0,
): number {
  const joined = findLineInJoined(lines, fragments, from);
  if (joined !== undefined) return joined;

  for (let index = from; index < lines.length; index += 1) {
    const line = (lines[index] ?? "").toLowerCase();
    if (fragments.some((fragment) => line.includes(fragment))) {
      return index;
    }
  }
  return -1;
}

/** Index of the first line starting with any fragment once trimmed, or -1. */
export function findLineStart(
  lines: readonly string[],
  fragments: readonly string[],
  from = 0,
): number {
  for (let index = from; index < lines.length; index += 1) {
    const line = trimmedLowerCaseLine(lines, index);
    if (fragments.some((fragment) => line.startsWith(fragment))) {
      return index;
    }
  }
  return -1;
}

/**
 * Returns the lines between the first line containing a start fragment and
 * the first later line starting with an end fragment. Without a start match
 * the result is empty; without an end match it runs to the last line.
 */
export function sliceBetween(
  lines: readonly string[],
  startFragments: readonly string[],
  endFragments: readonly string[],
): string[] {
  const start = findLine(lines, startFragments);
  if (start < 0) {
    return [];
  }
  const end = findLineStart(lines, endFragments, start + 1);
  return lines.slice(start + 1, end < 0 ? lines.length : end);
}

/**
 * Finds the email addresses in `text`, in order, without duplicates. The
 * scan expands around each `@`, so it stays linear in the text length.
 */
export function findAddresses(text: string): string[] {
  const found: string[] = [];
  let at = text.indexOf("@");

  while (at >= 0) {
    let start = at;
    while (start > 0 && LOCAL_CHARS.test(text.charAt(start - 1))) {
      start -= 1;
    }
    let end = at + 1;
    while (end < text.length && DOMAIN_CHARS.test(text.charAt(end))) {
      end += 1;
    }

    const local = text.slice(start, at).replace(/^[.]+/, "");
    const domain = text.slice(at + 1, end).replace(/[.-]+$/, "");
    if (local !== "" && domain.includes(".") && !domain.startsWith(".")) {
      const address = `${local}@${domain}`;
      if (!found.includes(address)) {
        found.push(address);
      }
    }
    at = text.indexOf("@", Math.max(end, at + 1));
  }

  return found;
}

/** Returns the first email address in `text`, or null. */
export function firstAddress(text: string): string | null {
  return findAddresses(text)[0] ?? null;
}

/**
 * Returns the address that a line consisting only of an address names, as
 * in `  user@example.com`, `<user@example.com>:` or `"user@example.com":`.
 * With `allowLocal`, a bare local part such as `user` is accepted too.
 */
export function addressOnlyLine(
  line: string,
  allowLocal = false,
): string | null {
  const trimmed = line
    .trim()
    .replace(/:$/, "")
    .replace(/^["<]+/, "")
    .replace(/[">]+$/, "")
    .trim();
  if (trimmed === "" || /\s/.test(trimmed)) {
    return null;
  }
  if (trimmed.includes("@")) {
    return firstAddress(trimmed) === trimmed ? trimmed : null;
  }
  return allowLocal && /^[A-Za-z0-9._+-]+$/.test(trimmed) ? trimmed : null;
}

/**
 * Returns the host name after `host ` in a diagnostic, as in
 * `host mx.example.com[192.0.2.1]`, or null.
 */
export function remoteHostOf(text: string): string | null {
  const bracketed =
    /\bhost:?\s+([A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+)\s*[[(]/i.exec(
      text,
    );
  if (bracketed?.[1] !== undefined) {
    return bracketed[1];
  }
  const bare =
    /\bhost:?\s+([A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+)\b/i.exec(text);
  return bare?.[1] ?? null;
}

/** Joins diagnostic lines into one line with single spaces. */
export function joinLines(lines: readonly string[]): string {
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join(" ");
}

/** Facts a scanner read about one recipient; codes come from the text. */
export interface RecipientFacts {
  address: string;
  diagnostic: string | null;
  remoteMta?: string | null;
  /** RFC 3464 Action; `failed` when omitted, null when none applies. */
  action?: DsnAction | null;
  /** Text to take the codes from when it differs from the diagnostic. */
  codeText?: string | null;
  status?: string | null;
  replyCode?: string | null;
}

/** Builds a recipient, taking the reply and status codes from its text. */
export function makeRecipient(facts: RecipientFacts): BounceRecipient {
  const codes = extractCodes(facts.codeText ?? facts.diagnostic ?? "");
  const diagnostic =
    facts.diagnostic === null || facts.diagnostic.trim() === ""
      ? null
      : facts.diagnostic.trim();

  return {
    address: facts.address,
    originalRecipient: null,
    action: facts.action === undefined ? "failed" : facts.action,
    status: facts.status ?? codes.enhancedStatus,
    replyCode: facts.replyCode ?? codes.replyCode,
    diagnostic,
    remoteMta: facts.remoteMta ?? null,
    lastAttemptDate: null,
    willRetryUntil: null,
    reason: null,
    hardBounce: null,
  };
}

/** Builds a scan result, or null when no recipient was found. */
export function makeResult(
  recipients: BounceRecipient[],
  provider: string | null,
  reportingMta: string | null,
  messageKind?: MessageKind,
): ScanResult | null {
  if (recipients.length === 0) {
    return null;
  }
  const result: ScanResult = { recipients, provider, reportingMta };
  if (messageKind !== undefined) {
    result.messageKind = messageKind;
  }
  return result;
}

/** Returns the host part of the From address, as the reporting MTA. */
export function senderHost(message: ParsedMessage): string | null {
  const address = firstAddress(message.from ?? "");
  if (address === null) {
    return null;
  }
  const host = address.slice(address.indexOf("@") + 1).toLowerCase();
  return host === "" ? null : host;
}

/** Returns the message text that scanners read: the body, or the HTML text. */
export function bodyText(message: ParsedMessage): string {
  return message.text.slice(0, MAX_SCAN_CHARS);
}

/**
 * Splits lines into recipient blocks. A block starts at each line for which
 * `startsRecipient` returns an address; the lines after it, up to the next
 * start, form its diagnostic.
 */
export function splitRecipientBlocks(
  lines: readonly string[],
  startsRecipient: (line: string) => string | null,
): Array<{ address: string; first: string; lines: string[] }> {
  const blocks: Array<{ address: string; first: string; lines: string[] }> = [];

  for (const line of lines) {
    const address = startsRecipient(line);
    if (address !== null) {
      blocks.push({ address, first: line, lines: [] });
      continue;
    }
    blocks.at(-1)?.lines.push(line);
  }

  return blocks;
}
