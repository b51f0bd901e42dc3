import type { Catalog } from "../types";

/** Outlook-opgaveruden: hvor beskeden kom fra, og hvad der gik galt. */
export const outlookMessages: Catalog = {
  "outlook.source.wholeMessage": "Denne besked i Outlook",
  "outlook.source.headers": "Headerne fra denne besked i Outlook",
  "outlook.source.headersAndText":
    "Headerne og teksten fra denne besked i Outlook",
  "outlook.source.pasted": "Indsat tekst",
  "outlook.source.attachment": "Den vedhæftede besked “{name}”",

  "outlook.error.officeMissing":
    "Office.js blev ikke indlæst, så ruden kan ikke læse post.",
  "outlook.error.officeMissing.hint":
    "Tjek netværksforbindelsen, og åbn ruden igen. Office.js hentes fra Microsofts servere, hver gang ruden åbner.",
  "outlook.error.notOutlook": "Denne side virker kun inde i Outlook.",
  "outlook.error.notOutlook.hint":
    "Åbn den fra knappen Mail Diagnostics i Outlook, eller brug eksempelsiden til at analysere gemte beskeder.",

  "outlook.error.noItem": "Der er ikke valgt nogen besked.",
  "outlook.error.noItem.hint":
    "Vælg en besked på listen. Den fastgjorte rude analyserer hver besked, du vælger.",
  "outlook.error.notMessage": "Det valgte element er ikke en e-mail.",
  "outlook.error.notMessage.hint":
    "Tilføjelsesprogrammet læser kun beskeder. Vælg en besked, eller træk en gemt .eml-fil ind i ruden.",
  "outlook.error.noHeaders":
    "Outlook returnerede ingen internetheadere for denne besked.",
  "outlook.error.noHeaders.hint":
    "Beskeder sendt inden for din organisation, kladder og sendte beskeder har ofte ingen. Åbn en besked, der kom udefra, eller træk dens .eml-fil ind i ruden.",
  "outlook.error.readFailed":
    "Outlook kunne ikke give beskeden til tilføjelsesprogrammet (fejl {code}).",
  "outlook.error.readFailed.hint":
    "Vælg beskeden igen. Bliver det ved med at mislykkes, så gem den som .eml-fil, og træk filen ind i ruden.",
  "outlook.error.unsupported":
    "Denne version af Outlook kan ikke give tilføjelsesprogrammer beskedens headere.",
  "outlook.error.unsupported.hint":
    "Tilføjelsesprogrammet kræver Outlook med Mailbox-kravsæt 1.8 eller nyere. Gem beskeden som .eml-fil, og træk den ind i ruden, eller brug eksempelsiden.",
  "outlook.error.analysisFailed":
    "Beskeden blev læst, men analysen mislykkedes ({code}).",
  "outlook.error.analysisFailed.hint":
    "Gem beskeden som .eml-fil, og åbn den på eksempelsiden eller med kommandolinjeværktøjet, som viser den samme analyse.",
  "outlook.error.dropEmpty":
    "Der blev ikke trukket noget ind i ruden, som kunne læses som en besked.",
  "outlook.error.dropEmpty.hint":
    "Træk en besked fra beskedlisten eller en gemt .eml-fil over på ruden.",
  "outlook.error.msgUnreadable":
    "Filen “{name}” ligner en Outlook .msg-fil, men den kunne ikke læses.",
  "outlook.error.msgUnreadable.hint":
    "Filen kan være beskadiget eller afkortet. Åbn den i Outlook, og træk beskeden over i ruden, eller gem den igen, som .eml hvis din Outlook kan det.",
  "outlook.error.msgNotMessage":
    "Filen “{name}” er en Office-fil, men den indeholder ingen e-mail.",
  "outlook.error.msgNotMessage.hint":
    "Gamle Word- og Excel-filer bruger samme container som .msg. Vælg en besked, der er gemt fra Outlook, eller en .eml-fil.",

  "outlook.settings.heading": "Betroede mailservere",
  "outlook.settings.help":
    "Authentication-Results-headere tæller kun, når dine egne mailservere har tilføjet dem. Er der ingen id'er på listen, stoles der på den øverste header og på headerne lige under den med samme authserv-id. Så snart der står id'er på listen, her eller fra din administrator, stoles der kun på headere med et id fra listen: den øverste header tæller ikke længere, medmindre dens id står på listen.",
  "outlook.settings.admin":
    "Din administrator stoler på disse id'er for alle: {ids}. Id'er, du skriver her, stoles der også på.",
  "outlook.settings.label": "Dine betroede authserv-id'er",
  "outlook.settings.hint":
    "Ét pr. linje eller adskilt af kommaer, for eksempel mx.example.com. Et punktum foran, som i .example.com, dækker også alle underdomæner.",
  "outlook.settings.save": "Gem",
  "outlook.settings.saved":
    "Gemt. Beskeden blev analyseret igen med denne liste, og listen følger dig til alle Outlook-programmer, hvor du bruger tilføjelsesprogrammet.",
  "outlook.settings.saveFailed":
    "Outlook kunne ikke gemme listen. Tjek forbindelsen, og prøv igen; den åbne besked bruger stadig den liste, der var gemt før.",
  "outlook.settings.invalid":
    "Ikke gemt: disse punkter er ikke authserv-id'er (værtsnavne som mx.example.com): {ids}",
  "outlook.settings.tooMany":
    "Ikke gemt: der er plads til højst {limit} af dine egne id'er, fordi tilføjelsesprogrammet læser 32 i alt, din administrators medregnet. Brug et punktum foran, som i .example.com, for at dække et helt domæne med ét punkt.",
  "outlook.settings.unavailable":
    "Denne Outlook kan ikke gemme indstillinger for tilføjelsesprogrammer, så listen kan ikke ændres her.",
};
