import { REPLY_CODES } from "./basic-catalog";
import type {
  ReplyCategory,
  ReplyCodeInfo,
  ReplyCodeLookup,
  ReplyCompletion,
} from "./types";

const REPLY_BY_CODE: ReadonlyMap<string, ReplyCodeInfo> = new Map(
  REPLY_CODES.map((entry) => [entry.code, entry]),
);

/** RFC 5321 section 4.2.1, first digit. */
const COMPLETIONS: Readonly<Record<string, ReplyCompletion>> = {
  "2": "positive-completion",
  "3": "positive-intermediate",
  "4": "transient-negative",
  "5": "permanent-negative",
};

/** RFC 5321 section 4.2.1, second digit. */
const CATEGORIES: Readonly<Record<string, ReplyCategory>> = {
  "0": "syntax",
  "1": "information",
  "2": "connections",
  "3": "unspecified",
  "4": "unspecified",
  "5": "mail-system",
};

/** RFC 5321 section 4.2: `%x32-35 %x30-35 %x30-39`. */
const REPLY_CODE_SYNTAX = /^[2-5][0-5]\d$/;

/** Longer input cannot be a reply code, even with surrounding spaces. */
const MAX_REPLY_INPUT_LENGTH = 16;

/**
 * Reads an SMTP reply code: its catalog entry if it has one, and the meaning
 * of its first digit (completion) and second digit (category). A code the
 * catalog lacks is read by its digits alone, if RFC 5321's grammar allows
 * it. Returns null for anything else (`abc`, `99`, `699`).
 */
export function lookupReplyCode(code: string): ReplyCodeLookup | null {
  if (typeof code !== "string" || code.length > MAX_REPLY_INPUT_LENGTH) {
    return null;
  }

  const trimmed = code.trim();
  const entry = REPLY_BY_CODE.get(trimmed) ?? null;
  if (entry === null && !REPLY_CODE_SYNTAX.test(trimmed)) {
    return null;
  }

  const first = trimmed.charAt(0);
  const second = trimmed.charAt(1);
  const completion = COMPLETIONS[first] ?? null;
  const category = CATEGORIES[second] ?? null;
  const digits = {
    code: trimmed,
    completion,
    category,
    completionKey:
      completion === null ? null : `code.basicClass.${first}.title`,
    categoryKey:
      category === null ? null : `code.basicCategory.${second}.title`,
    entry,
  };

  if (entry !== null) {
    return {
      ...digits,
      meaningKey: entry.meaningKey,
      actionKey: entry.actionKey,
      retry: entry.retry,
      actor: entry.actor,
      reason: entry.reason,
    };
  }
  return {
    ...digits,
    meaningKey: `code.basicClass.${first}.meaning`,
    actionKey: `code.basicClass.${first}.action`,
    ...adviceForCompletion(first),
  };
}

function adviceForCompletion(
  first: string,
): Pick<ReplyCodeLookup, "retry" | "actor" | "reason"> {
  if (first === "4") {
    return { retry: "later", actor: "nobody", reason: null };
  }
  if (first === "5") {
    return { retry: "after-fix", actor: "sender-admin", reason: null };
  }
  return { retry: "not-needed", actor: "nobody", reason: null };
}
