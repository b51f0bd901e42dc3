import { decodeWords } from "postal-mime";
import type { ParsedMessage } from "../mime/types";
import { fieldValue, normalizeLineEndings, parseFieldBlocks } from "./field-blocks";
import type { ReturnedMessage } from "./types";

/** Parts that hold a copy of the bounced message or of its header. */
const RETURNED_PART_TYPES = [
  "message/rfc822",
  "message/global",
  "text/rfc822-headers",
  "text/rfc822-header",
  "message/global-headers",
  "message/partial",
];

/** Header fields that start a returned header block quoted in plain text. */
const INLINE_HEADER_START =
  /^(?:Return-Path|Received|From|To|Subject|Date|Message-Id|MIME-Version|Content-Type|X-[A-Za-z0-9-]+)[ \t]*:/im;

/**
 * Finds the Subject, Message-ID, Date and From of the message that bounced:
 * from a `message/rfc822` or `text/rfc822-headers` part (RFC 3462), or from
 * a header block quoted in the text of a plain-text bounce. Returns null
 * when none of the four fields is found.
 */
export function findReturnedMessage(
  message: ParsedMessage,
): ReturnedMessage | null {
  for (const type of RETURNED_PART_TYPES) {
    const part = message.parts.find((item) => item.contentType === type);
    if (!part) continue;
    const returned = readHeaderBlock(part.text);
    if (returned) return returned;
  }

  return findInlineHeaders(message.text);
}

function findInlineHeaders(text: string): ReturnedMessage | null {
  const normalized = normalizeLineEndings(text);
  const lines = normalized.split("\n");

  // Header blocks quoted after the explanation are the returned message, so
  // a block counts only when it has a Subject, Message-ID or Date field.
  for (let index = 0; index < lines.length; index += 1) {
    const line = (lines[index] ?? "").replace(/^[ \t>]+/, "");
    if (!INLINE_HEADER_START.test(line)) continue;
    const block = lines
      .slice(index, index + 200)
      .map((item) => item.replace(/^>[ \t]?/, "").replace(/^[ \t]{1,4}(?=\S+:)/, ""))
      .join("\n");
    const returned = readHeaderBlock(block);
    if (returned && (returned.subject !== null || returned.messageId !== null)) {
      return returned;
    }
  }

  return null;
}

function readHeaderBlock(text: string): ReturnedMessage | null {
  const block = parseFieldBlocks(text.trimStart())[0];
  if (!block) return null;

  const decoded = (key: string): string | null => {
    const value = fieldValue(block, key);
    return value === null ? null : safeDecodeWords(value);
  };
  const returned: ReturnedMessage = {
    subject: decoded("subject"),
    messageId: fieldValue(block, "message-id"),
    date: fieldValue(block, "date"),
    from: decoded("from"),
  };

  const found = Object.values(returned).some((value) => value !== null);
  return found ? returned : null;
}

function safeDecodeWords(value: string): string {
  try {
    return decodeWords(value);
  } catch {
    return value;
  }
}
