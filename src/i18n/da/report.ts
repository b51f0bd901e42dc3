import type { Catalog } from "../types";

/** Ord i tekstresuméet og rapporten til en supportafdeling. */
export const reportMessages: Catalog = {
  "report.authentication": "Godkendelse ({authservId})",
  "report.noAuthserv": "ingen betroet header",
  "report.recipientCount": "{count} modtager(e)",
  "report.reasonUnknown": "ukendt årsag",
  "report.hard": "permanent",
  "report.soft": "midlertidig",
  "report.remoteMta": "Fjernserver",
  "report.diagnostic": "Serverens svar",
};
