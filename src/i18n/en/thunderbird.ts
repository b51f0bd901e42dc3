import type { Catalog } from "../types";

/** Words of the Thunderbird add-on: its options page and the popup's notices. */
export const thunderbirdMessages: Catalog = {
  "thunderbird.source.displayedMessage": "the message displayed in Thunderbird",
  "thunderbird.noMessage":
    "Open or select exactly one message, then click the button again.",

  "thunderbird.options.title": "Mail Diagnostics settings",
  "thunderbird.options.trustedIds.label": "Trusted authserv-ids",
  "thunderbird.options.trustedIds.help":
    "Authentication-Results headers count only when your own mail servers added them. With this list empty, the topmost header and the headers right below it with the same authserv-id are trusted. List the authserv-ids of your servers here, one per line or separated by commas, and only headers with a listed id are trusted: the topmost header no longer counts unless its id is listed. A leading dot, as in .example.com, also matches every subdomain. Lines starting with # are ignored.",
  "thunderbird.options.save": "Save",
  "thunderbird.options.saved":
    "Saved. Messages you open from now on use this list.",
  "thunderbird.options.invalid":
    "Not saved: these entries are not authserv-ids (host names such as mx.example.com): {ids}",
  "thunderbird.options.tooMany":
    "Not saved: the list has more than {limit} ids. Use a leading dot, as in .example.com, to cover a whole domain with one entry.",
  "thunderbird.options.loadFailed":
    "The saved list could not be loaded ({error}). Saving writes a new list.",
  "thunderbird.options.saveFailed":
    "The list could not be saved ({error}). Try again.",
};
