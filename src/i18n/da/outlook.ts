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
};
