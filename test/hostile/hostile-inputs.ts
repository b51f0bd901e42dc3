// Hostile text shared by the property tests and the benchmark: runs that
// make naive regular expressions backtrack, unbalanced comments and quotes,
// NUL bytes, and carriers that put such text where each parser reads it.

/** A named builder of hostile text of (about) a given length in characters. */
export interface HostileGenerator {
  name: string;
  build: (length: number) => string;
}

function repeatTo(unit: string, length: number): string {
  return unit
    .repeat(Math.max(1, Math.ceil(length / unit.length)))
    .slice(0, length);
}

function run(name: string, unit: string): HostileGenerator {
  return { name, build: (length) => repeatTo(unit, length) };
}

/**
 * Generators without CR or LF, so their text fits in a header value as well
 * as in a body line.
 */
export const HOSTILE_GENERATORS: readonly HostileGenerator[] = [
  run("digits", "5"),
  run("dots", "."),
  run("spaces", " "),
  run("tabs and spaces", " \t"),
  run("open parentheses", "("),
  run("close parentheses", ")"),
  run("open comments with escapes", "(\\("),
  run("double quotes", '"'),
  run("escaped quotes", '\\"'),
  run("backslashes", "\\"),
  run("dotted digits", "5."),
  run("status-like runs", "5.5.5 "),
  run("reply code continuations", "550-"),
  run("reply and status runs", "550 5.1.1 "),
  run("semicolons", ";"),
  run("equals signs", "="),
  run("property-like runs", "a.b=c "),
  run("angle brackets", "<"),
  run("at signs", "@"),
  run("address-like runs", "a@b."),
  run("hyphens", "-"),
  run("letters", "a"),
  run("NUL bytes", "\u0000"),
  run("encoded-word starts", "=?utf-8?q?"),
  run("colons", ":"),
  {
    name: "nested comments",
    build: (length) => {
      const half = Math.floor(length / 2);
      return repeatTo("(", half) + repeatTo(")", length - half);
    },
  },
  {
    name: "digits then letter",
    build: (length) => repeatTo("5", length - 1) + "x",
  },
];

/** Where a carrier message puts the hostile text. */
export type Placement =
  | "authentication-results"
  | "subject"
  | "diagnostic-code"
  | "report-text"
  | "scanner-text";

export const PLACEMENTS: readonly Placement[] = [
  "authentication-results",
  "subject",
  "diagnostic-code",
  "report-text",
  "scanner-text",
];

/** Opening lines by which non-standard bounce families are recognised. */
const SCANNER_OPENINGS = [
  "This is the mail system at host mx.example.net.",
  "This message was created automatically by mail delivery software.",
  "Hi. This is the qmail-send program at mx.example.net.",
  "----- The following addresses had permanent fatal errors -----",
  "Delivery has failed to these recipients or groups:",
  "Delivery to the following recipient failed permanently:",
  "Your message couldn't be delivered.",
  "An error occurred while trying to deliver the mail to the following recipients:",
  "The following address(es) failed:",
  "----- Transcript of session follows -----",
  "Your message was not delivered to the following list of recipients:",
  "The response was:",
  "-------SMTP command",
  "Original message follows.",
];

const CRLF = "\r\n";

/** Folds text into header continuation lines of at most 900 characters. */
function fold(text: string): string {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += 900) lines.push(text.slice(i, i + 900));
  return lines.join(`${CRLF} `);
}

/**
 * Builds a message that carries `payload` at `placement`: a multipart/report
 * bounce for the delivery status placements, a plain-text bounce with every
 * known opening line for `scanner-text`, and a plain message otherwise.
 */
export function carrierMessage(payload: string, placement: Placement): string {
  const headers = [
    "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>",
    "To: sender@example.com",
    "Date: Tue, 3 Mar 2026 10:00:00 +0000",
    "Message-ID: <hostile@mx.example.net>",
    "MIME-Version: 1.0",
  ];

  if (placement === "authentication-results" || placement === "subject") {
    const value =
      placement === "subject" ? payload : `mx.example.com; ${payload}`;
    const name = placement === "subject" ? "Subject" : "Authentication-Results";
    return [
      `${name}: ${fold(value)}`,
      ...headers,
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Body.",
      "",
    ].join(CRLF);
  }

  if (placement === "scanner-text") {
    const body = SCANNER_OPENINGS.flatMap((opening) => [
      opening,
      "",
      `<missing@example.org>: ${payload}`,
      `missing@example.org ${payload}`,
      `  ${payload}`,
      "",
    ]);
    return [
      "Subject: Undelivered Mail Returned to Sender",
      ...headers,
      "Content-Type: text/plain; charset=us-ascii",
      "",
      ...body,
    ].join(CRLF);
  }

  const boundary = "hostile-boundary";
  const text =
    placement === "report-text"
      ? payload
      : "The message could not be delivered.";
  const diagnostic =
    placement === "diagnostic-code"
      ? `smtp; ${fold(payload)}`
      : "smtp; 550 5.1.1 User unknown";
  return [
    "Subject: Delivery Status Notification (Failure)",
    ...headers,
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    "Content-Type: text/plain; charset=us-ascii",
    "",
    text,
    `--${boundary}`,
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.example.net",
    "",
    "Final-Recipient: rfc822; missing@example.org",
    "Action: failed",
    "Status: 5.1.1",
    `Diagnostic-Code: ${diagnostic}`,
    "",
    `--${boundary}--`,
    "",
  ].join(CRLF);
}
