import type { Catalog } from "../types";

/** Thunderbird-tilføjelsen: indstillingssiden og pop op-vinduets beskeder. */
export const thunderbirdMessages: Catalog = {
  "thunderbird.source.displayedMessage": "beskeden, der vises i Thunderbird",
  "thunderbird.noMessage":
    "Åbn eller vælg præcis én besked, og klik så på knappen igen.",

  "thunderbird.options.title": "Indstillinger for Mail Diagnostics",
  "thunderbird.options.trustedIds.label": "Betroede authserv-id'er",
  "thunderbird.options.trustedIds.help":
    "Authentication-Results-headere tæller kun, når dine egne mailservere har tilføjet dem. Er listen tom, stoles der på den øverste header og på headerne lige under den med samme authserv-id. Skriv dine serveres authserv-id'er her, ét pr. linje eller adskilt af kommaer, så stoles der kun på headere med et id fra listen: den øverste header tæller ikke længere, medmindre dens id står på listen. Et punktum foran, som i .example.com, dækker også alle underdomæner. Linjer, der starter med #, ignoreres.",
  "thunderbird.options.save": "Gem",
  "thunderbird.options.saved":
    "Gemt. Beskeder, du åbner fra nu af, bruger denne liste.",
  "thunderbird.options.invalid":
    "Ikke gemt: disse punkter er ikke authserv-id'er (værtsnavne som mx.example.com): {ids}",
  "thunderbird.options.tooMany":
    "Ikke gemt: listen har mere end {limit} id'er. Brug et punktum foran, som i .example.com, for at dække et helt domæne med ét punkt.",
  "thunderbird.options.loadFailed":
    "Den gemte liste kunne ikke indlæses ({error}). Når du gemmer, skrives en ny liste.",
  "thunderbird.options.saveFailed":
    "Listen kunne ikke gemmes ({error}). Prøv igen.",
};
