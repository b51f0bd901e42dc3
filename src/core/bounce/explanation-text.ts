import { normalizeLineEndings } from "./field-blocks";

/**
 * Lines that start the copy of the returned message inside a plain-text
 * report: a separator that announces it, or the first header field of the
 * copy.
 */
const RETURNED_COPY_START =
  /^(?:[ \t]*-+ ?(?:original message|this is a copy|message text follows|undelivered message|the original message|returned message)|[ \t]*(?:Return-Path|Received|DKIM-Signature|Message-I[Dd]|MIME-Version|Content-Type|X-[A-Za-z0-9-]+)[ \t]*:)/im;

/**
 * Characters of a report's text read for its explanation. A report that
 * lists 500 recipients with their replies takes about 250 KB. The cap
 * bounds the work on a hostile report that is many megabytes long.
 */
const MAX_EXPLANATION = 256 * 1024;

/**
 * Returns the part of a report's text that explains the failure: the text
 * before the copy of the returned message, within the first 256 KiB. Words in
 * the copy (a DKIM signature, "spam" in the subject) must not decide the
 * bounce reason.
 */
export function explanationText(text: string): string {
  const normalized = normalizeLineEndings(text.slice(0, MAX_EXPLANATION));
  const start = RETURNED_COPY_START.exec(normalized);
  return start ? normalized.slice(0, start.index) : normalized;
}
