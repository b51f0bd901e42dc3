import type { Catalog } from "../types";

/** Ord i tekstresuméet og rapporten til en supportafdeling. */
export const reportMessages: Catalog = {
  "report.authentication": "Godkendelse ({authservId})",
  "report.noAuthserv": "ingen betroet header",
  "report.noAuthservId": "betroet header uden authserv-id",
  "report.noHeaders":
    "Der blev ikke fundet nogen beskedheadere: det ligner ikke en e-mail.",
  "report.recipientCount": "{count} modtager(e)",
  "report.reasonUnknown": "ukendt årsag",
  "report.hard": "permanent",
  "report.soft": "midlertidig",
  "report.remoteMta": "Fjernserver",
  "report.diagnostic": "Serverens svar",
  "report.whatHappened": "Hvad skete der",
  "report.retry": "Send igen",
  "report.actor": "Hvem skal handle",
  "report.whatToDo": "Hvad skal der gøres",
  "report.softGaveUp": "midlertidig, men serveren har opgivet at prøve igen",
};
