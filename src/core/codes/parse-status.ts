import type { ParsedStatus, StatusClass } from "./types";

/**
 * RFC 3463 section 2: `class "." subject "." detail`, where class is 2, 4 or
 * 5 and subject and detail are one to three digits.
 */
const STATUS_SYNTAX = /^([245])\.(\d{1,3})\.(\d{1,3})$/;

/** Longer input cannot be a status code, even with surrounding spaces. */
const MAX_STATUS_INPUT_LENGTH = 32;

/**
 * Splits an enhanced status code such as `5.1.1` into class, subject and
 * detail. Returns null for anything else, including codes with another
 * class digit (`9.9.9`), missing parts (`5.1`) and surrounding text.
 */
export function parseEnhancedStatus(text: string): ParsedStatus | null {
  if (typeof text !== "string" || text.length > MAX_STATUS_INPUT_LENGTH) {
    return null;
  }

  const match = STATUS_SYNTAX.exec(text.trim());
  if (match === null) {
    return null;
  }

  const statusClass = Number(match[1]) as StatusClass;
  const subject = Number(match[2]);
  const detail = Number(match[3]);
  return {
    code: `${statusClass}.${subject}.${detail}`,
    statusClass,
    subject,
    detail,
  };
}
