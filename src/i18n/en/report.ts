import type { Catalog } from "../types";

/** Words of the plain-text summary and the report for a support team. */
export const reportMessages: Catalog = {
  "report.authentication": "Authentication ({authservId})",
  "report.noAuthserv": "no trusted header",
  "report.noAuthservId": "trusted header without authserv-id",
  "report.noHeaders":
    "No message headers were found: this does not look like an email message.",
  "report.recipientCount": "{count} recipient(s)",
  "report.reasonUnknown": "reason not recognised",
  "report.hard": "permanent",
  "report.soft": "temporary",
  "report.remoteMta": "Remote server",
  "report.diagnostic": "Server reply",
  "report.whatHappened": "What happened",
  "report.retry": "Sending again",
  "report.actor": "Who must act",
  "report.whatToDo": "What to do",
  "report.softGaveUp": "temporary, but the server stopped retrying",
};
