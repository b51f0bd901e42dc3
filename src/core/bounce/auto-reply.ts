import type { ParsedMessage } from "../mime/types";
import { findAddress, headerValue } from "./message-headers";

/**
 * Subject prefixes, up to the colon, that mail clients and servers put on
 * out-of-office and other automatic replies, in several languages. A bare
 * word such as "Vacation" is not enough: people write such subjects too.
 */
const AUTO_REPLY_SUBJECT =
  /^(?:auto(?:matic)?[ -]?(?:reply|response|antwort|svar)|auto|out of (?:the )?office(?: reply)?|abwesenheitsnotiz|réponse automatique|risposta automatica|respuesta automática|automatisch antwoord)[ \t]*:/i;

/** Senders that write delivery reports, never personal auto-replies. */
const REPORTING_SENDER = /^(?:mailer-daemon|postmaster|mail delivery)/i;

/**
 * Tells whether the message is an automatic reply (RFC 3834): an
 * `Auto-Submitted: auto-replied` field, a vendor's auto-reply field
 * (X-Autoreply, X-Autorespond, `X-Apple-Action: VACATION`,
 * `Precedence: auto_reply`), or an auto-reply subject. Messages from
 * MAILER-DAEMON or postmaster are delivery reports and never count.
 */
export function isAutoReply(message: ParsedMessage): boolean {
  const sender = findAddress(message.from) ?? message.from ?? "";
  if (REPORTING_SENDER.test(sender)) return false;

  const autoSubmitted = (
    headerValue(message, "auto-submitted") ?? ""
  ).toLowerCase();
  if (autoSubmitted.startsWith("auto-replied")) return true;

  const vendorFlag =
    headerValue(message, "x-autoreply") ??
    headerValue(message, "x-autorespond") ??
    headerValue(message, "x-auto-reply");
  if (vendorFlag !== null && !/^(?:no|false)$/i.test(vendorFlag)) return true;

  if (
    (headerValue(message, "x-apple-action") ?? "").toUpperCase() === "VACATION"
  ) {
    return true;
  }
  if (
    (headerValue(message, "precedence") ?? "").toLowerCase() === "auto_reply"
  ) {
    return true;
  }

  return AUTO_REPLY_SUBJECT.test((message.subject ?? "").trim());
}

/** Returns the address of the mailbox that sent the auto-reply. */
export function autoReplySender(message: ParsedMessage): string | null {
  return findAddress(message.from) ?? findAddress(headerValue(message, "from"));
}
