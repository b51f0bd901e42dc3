import type { ParsedMessage } from "../../mime/types";
import type { BounceRecipient } from "../types";
import {
  addressOnlyLine,
  bodyLines,
  findAddresses,
  findLine,
  findLineStart,
  joinLines,
  makeRecipient,
} from "./common";

/**
 * Headings of the recipient list in Exchange 2007 and later, Exchange
 * Online and Outlook.com reports, in English, French, German, Danish,
 * Italian, Spanish and Japanese (lower case).
 *
 * NOTE: the French and Italian headings match real reports. The German,
 * Danish, Spanish and Japanese ones are written from memory of Exchange's
 * localised templates and were not checked against a real report.
 */
const RECIPIENTS_HEADINGS = [
  "delivery has failed to these recipients or",
  "your message to",
  "rejected your message to the following email addresses",
  "échec de la remise pour ces destinataires ou groupes",
  "die zustellung an folgende empfänger oder gruppen ist fehlgeschlagen",
  "levering til disse modtagere eller grupper mislykkedes",
  "il recapito non è riuscito per i seguenti destinatari o gruppi",
  "error en la entrega a estos destinatarios o grupos",
  "次の受信者またはグループへの配信に失敗しました",
  "配信できませんでした",
];

/** Headings of the section for administrators, in the same languages. */
const DIAGNOSTIC_HEADINGS = [
  "diagnostic information for administrators",
  "informations de diagnostic pour les administrateurs",
  "diagnoseinformationen für administratoren",
  "diagnosticeringsoplysninger til administratorer",
  "diagnostiske oplysninger til administratorer",
  "informazioni di diagnostica per gli amministratori",
  "información de diagnóstico para administradores",
  "管理者向けの診断情報",
];

/** Labels of the line that names the server that wrote the report. */
const GENERATING_SERVER = [
  "generating server:",
  "serveur de génération :",
  "serveur de génération:",
  "generierender server:",
  "genererende server:",
  "server di generazione:",
  "servidor de generación:",
  "生成元サーバー:",
];

/** Labels of the line that names the server that rejected the message. */
const RECEIVING_SERVER = [
  "receiving server:",
  "serveur de réception :",
  "serveur de réception:",
  "empfangender server:",
  "modtagende server:",
  "server di ricezione:",
  "servidor de recepción:",
  "受信サーバー:",
];

/** Headings of the returned headers, which end the report text. */
const END_HEADINGS = [
  "original message headers",
  "en-têtes de message d'origine",
  "ursprüngliche nachrichtenkopfzeilen",
  "oprindelige meddelelsesheadere",
  "intestazioni originali del messaggio",
  "encabezados del mensaje original",
  "元のメッセージ ヘッダー",
];

/** Recipients and generating server of an Exchange-style report. */
export interface ExchangeNdr {
  recipients: BounceRecipient[];
  generatingServer: string | null;
}

/** Takes the quoted reply out of `Remote Server returned '550 5.1.1 text'`. */
function remoteReply(line: string): string {
  const quoted = /returned\s+'(.*)'\s*$/i.exec(line);
  return quoted?.[1] ?? line;
}

/**
 * Returns the value after the first matching label, null when the value is
 * empty, or undefined when the line has none of the labels.
 */
function labelledValue(
  line: string,
  labels: readonly string[],
): string | null | undefined {
  const trimmed = line.trim();
  const lower = trimmed.toLowerCase();
  const label = labels.find((prefix) => lower.startsWith(prefix));
  if (label === undefined) {
    return undefined;
  }
  return trimmed.slice(label.length).trim() || null;
}

/**
 * Parses the diagnostic section of an Exchange 2007+ style report: the
 * generating server, then per recipient an address line followed by an
 * optional remote host line and the remote server's reply.
 */
export function parseExchangeNdr(message: ParsedMessage): ExchangeNdr | null {
  const lines = bodyLines(message);
  const heading = findLine(lines, RECIPIENTS_HEADINGS);
  const diagnosticStart = findLine(lines, DIAGNOSTIC_HEADINGS);
  if (heading < 0 || diagnosticStart < 0) {
    return null;
  }
  const end = findLineStart(lines, END_HEADINGS, diagnosticStart + 1);
  const section = lines.slice(
    diagnosticStart + 1,
    end < 0 ? lines.length : end,
  );

  let generatingServer: string | null = null;
  let receivingServer: string | null = null;
  const recipients: BounceRecipient[] = [];
  let current: { address: string; lines: string[] } | null = null;
  const flush = (): void => {
    if (current === null) {
      return;
    }
    const remoteLine = current.lines.find((line) => !/\s/.test(line.trim()));
    const replyLines = current.lines.map(remoteReply);
    recipients.push(
      makeRecipient({
        address: current.address,
        diagnostic: joinLines(replyLines),
        remoteMta: remoteLine?.trim() ?? receivingServer,
      }),
    );
    current = null;
  };

  for (const line of section) {
    const generating = labelledValue(line, GENERATING_SERVER);
    if (generating !== undefined) {
      generatingServer = generating;
      continue;
    }
    const receiving = labelledValue(line, RECEIVING_SERVER);
    if (receiving !== undefined) {
      // "host.example.com (192.0.2.1)": the name is the first word.
      receivingServer = receiving?.split(/\s/)[0] ?? null;
      continue;
    }
    const address = addressOnlyLine(line);
    if (address !== null) {
      flush();
      current = { address, lines: [] };
    } else if (current !== null && line.trim() !== "") {
      current.lines.push(line);
    }
  }
  flush();

  if (recipients.length === 0) {
    const listed = findAddresses(
      lines.slice(heading + 1, diagnosticStart).join("\n"),
    );
    for (const address of listed) {
      recipients.push(makeRecipient({ address, diagnostic: null }));
    }
  }
  return { recipients, generatingServer };
}
