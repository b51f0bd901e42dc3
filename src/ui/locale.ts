import type { Translate } from "../i18n";

/**
 * Returns the locales for `Intl` formatting in the catalog's language. The
 * catalog names its language in `ui.locale`; the reader's own browser
 * locale comes first when it is the same language, so a reader in the
 * United Kingdom keeps day-month order in English.
 */
export function intlLocales(translate: Translate): string[] {
  const catalogLocale = validLocale(translate("ui.locale"));
  const reader = validLocale(
    typeof navigator === "undefined" ? "" : navigator.language,
  );
  if (catalogLocale === null) return reader === null ? [] : [reader];

  const sameLanguage =
    reader !== null &&
    primaryLanguage(reader) === primaryLanguage(catalogLocale);
  return sameLanguage ? [reader, catalogLocale] : [catalogLocale];
}

/** Formats a count in the catalog's language, such as 1.234 in Danish. */
export function formatNumber(translate: Translate, value: number): string {
  return new Intl.NumberFormat(intlLocales(translate)).format(value);
}

/** Returns `tag` when Intl accepts it as a BCP 47 tag, else null. */
function validLocale(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

function primaryLanguage(tag: string): string {
  return (tag.split(/[-_]/)[0] ?? "").toLowerCase();
}
