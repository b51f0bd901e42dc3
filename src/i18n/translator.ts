import { en } from "./en";
import type { Catalog, MessageParams, Translate } from "./types";

/** Languages with a catalog, as BCP 47 primary language subtags. */
export const SUPPORTED_LANGUAGES = ["en", "da"] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/** Picks the best supported language for a BCP 47 tag such as `da-DK`, falling back to English. */
export function resolveLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? "").toLowerCase().split(/[-_]/)[0] ?? "";
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(primary)
    ? (primary as Language)
    : "en";
}

/**
 * Returns a translate function over `catalog`. A key missing from it falls
 * back to English, and a key missing there too is returned as is, so a gap
 * shows up as the key instead of an empty string.
 */
export function translatorFor(catalog: Catalog): Translate {
  return (key, params) => {
    const template = catalog[key] ?? en[key] ?? key;
    return params ? fillPlaceholders(template, params) : template;
  };
}

/** Tells whether the English catalog has `key`. */
export function hasMessage(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(en, key);
}

function fillPlaceholders(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name)
      ? String(params[name])
      : whole,
  );
}
