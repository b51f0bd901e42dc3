import type { MessageParams, Translate } from "../i18n";

/**
 * Translates `key`, or `fallbackKey` when no catalog has `key`. The
 * translator returns a missing key unchanged, which is how a gap is detected.
 */
export function translateOr(
  translate: Translate,
  key: string,
  fallbackKey: string,
  params?: MessageParams,
): string {
  const text = translate(key, params);
  return text === key ? translate(fallbackKey, params) : text;
}

/** Translates `key`, or returns null when no catalog has it. */
export function translateIfPresent(
  translate: Translate,
  key: string,
  params?: MessageParams,
): string | null {
  const text = translate(key, params);
  return text === key ? null : text;
}
