import { decodeWords } from "postal-mime";
import type { ParsedMessage } from "../mime/types";
import {
  fieldValue,
  normalizeLineEndings,
  parseFieldBlocks,
  type FieldBlock,
} from "./field-blocks";
import { partHeaderText } from "./message-headers";
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
    const returned = readHeaderBlock(partHeaderText(part));
    if (returned) return returned;
  }

  return findInlineHeaders(message.text);
}

function findInlineHeaders(text: string): ReturnedMessage | null {
  // Quoted copies may be prefixed with "> " or indented by a few spaces.
  const unquoted = normalizeLineEndings(text)
    .split("\n")
    .map((line) =>
      line.replace(/^>[ \t]?/, "").replace(/^[ \t]{1,4}(?=[A-Za-z-]+:)/, ""),
    )
    .join("\n");

  // Header blocks quoted after the explanation are the returned message, so
  // a block counts only when it has a Subject or Message-ID field.
  for (const block of parseFieldBlocks(unquoted)) {
    const returned = toReturnedMessage(block);
    if (
      returned &&
      (returned.subject !== null || returned.messageId !== null)
    ) {
      return returned;
    }
  }
  return null;
}

function readHeaderBlock(text: string): ReturnedMessage | null {
  const block = parseFieldBlocks(text.trimStart())[0];
  return block ? toReturnedMessage(block) : null;
}

function toReturnedMessage(block: FieldBlock): ReturnedMessage | null {
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
