import { en } from "./en";
import { translatorFor, type Language } from "./translator";
import type { Translate } from "./types";

export type { Translate } from "./types";
export { resolveLanguage, type Language } from "./translator";

/** English, ready at once, for what a page shows before its language loads. */
export const englishTranslator: Translate = translatorFor(en);

/**
 * Returns a translate function for `language`, downloading that catalog
 * first when it is not English, so a page carries only the English one in
 * its first download. A catalog that fails to load leaves English.
 */
export async function loadTranslator(language: Language): Promise<Translate> {
  try {
    switch (language) {
      case "en":
        return englishTranslator;
      case "da": {
        const { da } = await import(/* webpackChunkName: "i18n-da" */ "./da");
        return translatorFor(da);
      }
    }
  } catch {
    return englishTranslator;
  }
}
