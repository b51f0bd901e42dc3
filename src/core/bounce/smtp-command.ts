import { linesNaming } from "./address-lines";

/** SMTP stages a server's rejection can reply to, in session order. */
export const SMTP_COMMANDS = ["CONN", "HELO", "MAIL", "RCPT", "DATA"] as const;

/** SMTP command that a server's rejection replies to. */
export type SmtpCommand = (typeof SMTP_COMMANDS)[number];

/**
 * Phrases that name the rejected command: Postfix writes "(in reply to end
 * of DATA command)", Exim "after end of data" or "after RCPT TO:", and
 * Sendmail a transcript line `>>> DATA` before the reply.
 */
const COMMAND_PHRASES: readonly { command: SmtpCommand; pattern: RegExp }[] = [
  {
    command: "CONN",
    pattern:
      /after\s+(?:initial\s+)?connection|in\s+reply\s+to\s+initial\s+greeting|refused\s+to\s+talk\s+to\s+me/i,
  },
  {
    command: "DATA",
    pattern:
      /in\s+reply\s+to\s+(?:end\s+of\s+)?data|after\s+(?:end\s+of\s+)?data\b|did\s+not\s+like\s+our\s+data|^>>> DATA\s*$/im,
  },
  {
    command: "HELO",
    pattern: /in\s+reply\s+to\s+(?:HELO|EHLO)|after\s+(?:HELO|EHLO)\b/i,
  },
  {
    command: "MAIL",
    pattern:
      /in\s+reply\s+to\s+MAIL\s+FROM|after\s+MAIL\s+FROM|^>>> MAIL FROM/im,
  },
  {
    command: "RCPT",
    pattern:
      /in\s+reply\s+to\s+RCPT\s+TO|after\s+RCPT\b|RCPT\s+TO\s+response|did\s+not\s+like\s+our\s+RCPT|\[RCPT_TO\]|SMTP:RCPT\b|^>>> RCPT TO/im,
  },
];

/** Lines read before an address line, to reach a transcript's `>>>` line. */
const LINES_BEFORE = 2;
/** Maximum lines read after an address line. */
const LINES_AFTER = 8;

/**
 * Finds which SMTP command the remote server rejected for `address`: from
 * the diagnostic text, else from the lines of the report's text around each
 * line that names the address (up to the next blank line). Returns null
 * when neither names one.
 */
export function findSmtpCommand(
  address: string,
  diagnostic: string | null,
  text: string,
): SmtpCommand | null {
  const fromDiagnostic = diagnostic === null ? null : commandIn(diagnostic);
  if (fromDiagnostic !== null || address === "") return fromDiagnostic;

  const { lines, indices } = linesNaming(text, address);
  for (const index of indices) {
    const window: string[] = lines.slice(
      Math.max(0, index - LINES_BEFORE),
      index + 1,
    );
    for (const line of lines.slice(index + 1, index + 1 + LINES_AFTER)) {
      if (line.trim() === "") break;
      window.push(line);
    }
    const command = commandIn(window.join("\n"));
    if (command !== null) return command;
  }
  return null;
}

/**
 * A Sendmail transcript of a pipelined session (RFC 2920): after `>>> DATA`
 * comes the reply to an earlier RCPT TO, then Sendmail's own line for the
 * address, then the reply to DATA itself, such as `503 Need RCPT`.
 */
const PIPELINED_RCPT_REPLY = /^>>> DATA[ \t]*\n<<< .*\n(?!<<<).+\n<<< /m;

function commandIn(text: string): SmtpCommand | null {
  if (PIPELINED_RCPT_REPLY.test(text)) return "RCPT";

  const hits = COMMAND_PHRASES.map((entry) => ({
    command: entry.command,
    index: text.search(entry.pattern),
  })).filter((hit) => hit.index >= 0);
  if (hits.length === 0) return null;

  // A transcript lists commands in order, so the last one named is the
  // command the error replied to.
  hits.sort((a, b) => b.index - a.index);
  return hits[0]?.command ?? null;
}
