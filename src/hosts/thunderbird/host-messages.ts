import {
  createTranslator,
  type Catalog,
  type Language,
  type MessageParams,
  type Translate,
} from "../../i18n";

/**
 * Words only the Thunderbird add-on uses: its options page and the popup's
 * notices. Keys the shared catalogs also define take the shared wording.
 */
export const thunderbirdMessages: Catalog = {
  "thunderbird.source.displayedMessage": "the message displayed in Thunderbird",
  "thunderbird.noMessage":
    "Open or select exactly one message, then click the button again.",

  "thunderbird.options.title": "Mail Diagnostics settings",
  "thunderbird.options.trustedIds.label": "Trusted authserv-ids",
  "thunderbird.options.trustedIds.help":
    "Authentication-Results headers count only when your own mail servers added them. By default the topmost header is trusted. List the authserv-ids of your servers here, one per line; a leading dot, as in .example.com, also matches every subdomain. Lines starting with # are ignored.",
  "thunderbird.options.save": "Save",
  "thunderbird.options.saved": "Saved. Messages you open from now on use this list.",
  "thunderbird.options.invalid":
    "Not saved: these lines are not authserv-ids (host names such as mx.example.com): {lines}",
  "thunderbird.options.loadFailed":
    "The saved list could not be loaded ({error}). Saving writes a new list.",
  "thunderbird.options.saveFailed":
    "The list could not be saved ({error}). Try again.",
};

/**
 * Creates the add-on's translate function: the shared catalogs first, then
 * the Thunderbird words, and the key itself when neither has it.
 */
export function createHostTranslator(language: Language): Translate {
  const shared = createTranslator(language);
  return (key, params) => {
    const text = shared(key, params);
    if (text !== key) return text;

    const template = thunderbirdMessages[key];
    if (template === undefined) return key;
    return params ? fillPlaceholders(template, params) : template;
  };
}

function fillPlaceholders(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name)
      ? String(params[name])
      : whole,
  );
}
