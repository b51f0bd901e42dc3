import { normalizeLineEndings } from "./field-blocks";

/**
 * Lines that start the copy of the returned message inside a plain-text
 * report: a separator that announces it, or the first header field of the
 * copy.
 */
const RETURNED_COPY_START =
  /^(?:[ \t]*-+ ?(?:original message|this is a copy|message text follows|undelivered message|the original message|returned message)|[ \t]*(?:Return-Path|Received|DKIM-Signature|Message-I[Dd]|MIME-Version|Content-Type|X-[A-Za-z0-9-]+)[ \t]*:)/im;

/**
 * Returns the part of a report's text that explains the failure: the text
 * before the copy of the returned message. Words in the copy (a DKIM
 * signature, "spam" in the subject) must not decide the bounce reason.
 */
export function explanationText(text: string): string {
  const normalized = normalizeLineEndings(text);
  const start = RETURNED_COPY_START.exec(normalized);
  return start ? normalized.slice(0, start.index) : normalized;
}
