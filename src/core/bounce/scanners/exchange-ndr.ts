import type { ParsedMessage } from "../../mime/types";
import type { BounceRecipient } from "../types";
import {
  addressOnlyLine,
  bodyText,
  findAddresses,
  findLine,
  findLineStart,
  joinLines,
  makeRecipient,
  splitLines,
} from "./common";

/**
 * Headings of the recipient list in Exchange 2007 and later, Exchange
 * Online and Outlook.com reports, in English, French, German, Danish and
 * Japanese (lower case).
 *
 * NOTE: the French headings match real reports. The German, Danish and
 * Japanese ones are written from memory of Exchange's localised templates
 * and were not checked against a real report.
 */
const RECIPIENTS_HEADINGS = [
  "delivery has failed to these recipients or",
  "your message to",
  "rejected your message to the following email addresses",
  "échec de la remise pour ces destinataires ou groupes",
  "die zustellung an folgende empfänger oder gruppen ist fehlgeschlagen",
  "levering til disse modtagere eller grupper mislykkedes",
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
  "管理者向けの診断情報",
];

/** Labels of the line that names the server that wrote the report. */
const GENERATING_SERVER = [
  "generating server:",
  "serveur de génération :",
  "serveur de génération:",
  "generierender server:",
  "genererende server:",
  "生成元サーバー:",
];

/** Headings of the returned headers, which end the report text. */
const END_HEADINGS = [
  "original message headers",
  "en-têtes de message d'origine",
  "ursprüngliche nachrichtenkopfzeilen",
  "oprindelige meddelelsesheadere",
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
 * Parses the diagnostic section of an Exchange 2007+ style report: the
 * generating server, then per recipient an address line followed by an
 * optional remote host line and the remote server's reply.
 */
export function parseExchangeNdr(message: ParsedMessage): ExchangeNdr | null {
  const lines = splitLines(bodyText(message));
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
        remoteMta: remoteLine?.trim() ?? null,
      }),
    );
    current = null;
  };

  for (const line of section) {
    const lower = line.trim().toLowerCase();
    const label = GENERATING_SERVER.find((prefix) => lower.startsWith(prefix));
    if (label !== undefined) {
      generatingServer = line.trim().slice(label.length).trim() || null;
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
