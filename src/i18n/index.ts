import { da } from "./da";
import { en } from "./en";
import { translatorFor, type Language } from "./translator";
import type { Catalog, Translate } from "./types";

export type { Catalog, MessageParams, Translate } from "./types";
export {
  SUPPORTED_LANGUAGES,
  hasMessage,
  resolveLanguage,
  type Language,
} from "./translator";

const catalogs: Record<Language, Catalog> = { en, da };

/**
 * Returns a translate function for `language`, with every catalog loaded
 * up front. Web pages that weigh their download use `loadTranslator` from
 * `i18n/load` instead.
 */
export function createTranslator(language: Language): Translate {
  return translatorFor(catalogs[language]);
}
