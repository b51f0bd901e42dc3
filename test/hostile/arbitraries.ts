// fast-check arbitraries for hostile mail input: text made of the pieces
// that parsers treat specially, runs from the hostile generators, broken
// MIME structures with wrong charsets and encodings, and damaged copies of
// the sample and corpus messages.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import type { MimePart, ParsedMessage } from "../../src/core/mime/types";
import {
  carrierMessage,
  HOSTILE_GENERATORS,
  PLACEMENTS,
} from "./hostile-inputs";

/** Fragments that mail parsers give meaning to, plus odd characters. */
const PIECES = [
  "(",
  ")",
  "\\",
  '"',
  "'",
  ";",
  "=",
  ":",
  ",",
  ".",
  "-",
  "_",
  "/",
  "+",
  "<",
  ">",
  "@",
  "[",
  "]",
  "{",
  "}",
  "*",
  "?",
  "!",
  "#",
  "%",
  "&",
  " ",
  "  ",
  "\t",
  "\r\n",
  "\n",
  "\r",
  "\r\n ",
  "\r\n\t",
  "\u0000",
  "\u0001",
  "\u007f",
  "\u00a0",
  "é",
  "ü",
  "€",
  "中文",
  "\ud83d\udce7",
  "\ud800",
  "\udfff",
  "\ufffd",
  "\ufeff",
  "\u200b",
  "\u202e",
  "5",
  "55",
  "550",
  "550-",
  "550 ",
  "5.",
  "5.1.1",
  "4.7.0",
  "5.7.26",
  "421",
  "250",
  "2.0.0",
  "5.5.5.5.5",
  "999",
  "0.0.0",
  "spf",
  "dkim",
  "dmarc",
  "arc",
  "auth",
  "compauth",
  "iprev",
  "none",
  "pass",
  "fail",
  "softfail",
  "neutral",
  "temperror",
  "permerror",
  "bestguesspass",
  "reason=",
  "action=",
  "header.from=",
  "header.d=",
  "header.i=@",
  "header.s=",
  "header.b=",
  "smtp.mailfrom=",
  "smtp.helo=",
  "policy.",
  "i=1;",
  "i=",
  "v=1;",
  "example.com",
  "mx.example.net",
  "user@example.org",
  "<user@example.org>",
  "rfc822;",
  "utf-8;",
  "dns;",
  "smtp;",
  "x-unix;",
  "Final-Recipient: ",
  "Original-Recipient: ",
  "Action: failed",
  "Status: ",
  "Diagnostic-Code: ",
  "Remote-MTA: ",
  "Reporting-MTA: ",
  "Arrival-Date: ",
  "Will-Retry-Until: ",
  "--",
  "boundary",
  "Content-Type: ",
  "message/rfc822",
  "message/delivery-status",
  "text/rfc822-headers",
  "multipart/report",
  "charset=",
  "=?utf-8?q?",
  "=?x-bogus-charset?b?AAAA?=",
  "=?utf-16?b?2D3cBw==?=",
  "=?utf-8*en?q?caf=C3=A9?=",
  "=?iso-2022-jp?b?GyRCJCIbKEI=?=",
  "=?utf-8?b?!!!not-base64?=",
  "=?iso-8859-1?b?",
  "?=",
  "=C3=A9",
  "=\r\n",
  "This is the mail system at host",
  "The following addresses had",
  "Delivery has failed to these recipients",
  "SMTP error from remote",
  "said:",
  "host",
  "(in reply to RCPT TO command)",
  "Recipient address rejected",
  "User unknown",
  "mailbox full",
  "quota",
  "blocked",
  "spam",
];

/** Text made of parser-relevant pieces, up to a few hundred pieces long. */
export const pieceText: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 300 })
  .map((parts) => parts.join(""));

/** A run from one of the hostile generators, up to 3,000 characters. */
export const generatorRun: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...HOSTILE_GENERATORS),
    fc.integer({ min: 1, max: 3000 }),
  )
  .map(([generator, length]) => generator.build(length));

/** Any of: piece text, generator runs around piece text, or random code units. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: pieceText },
  {
    weight: 2,
    arbitrary: fc
      .tuple(pieceText, generatorRun, pieceText)
      .map(([before, run, after]) => before + run + after),
  },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 400 }) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 400 }),
  },
);

const CHARSETS = [
  "utf-8",
  "us-ascii",
  "iso-8859-1",
  "windows-1252",
  "iso-2022-jp",
  "shift_jis",
  "utf-16",
  "utf-7",
  "x-unknown-charset",
  "",
  '"utf-8',
  "utf-8\u0000",
];
const ENCODINGS = [
  "7bit",
  "8bit",
  "binary",
  "base64",
  "quoted-printable",
  "x-uuencode",
  "bogus",
];
const MEDIA_TYPES = [
  "text/plain",
  "text/html",
  "message/delivery-status",
  "message/global-delivery-status",
  "message/rfc822",
  "text/rfc822-headers",
  "message/feedback-report",
  "multipart/report",
  "multipart/mixed",
  "multipart/alternative",
  "application/octet-stream",
  "text/plain;",
];

/** One MIME entity: possibly broken headers, then a possibly broken body. */
const brokenEntity: fc.Arbitrary<string> = fc
  .record({
    type: fc.constantFrom(...MEDIA_TYPES),
    charset: fc.constantFrom(...CHARSETS),
    encoding: fc.constantFrom(...ENCODINGS),
    boundary: fc.constantFrom(
      "b1",
      "b2",
      "",
      '"unterminated',
      "b1\u0000",
      "(((",
      "b1 b2",
    ),
    body: hostileText,
    extraHeader: fc.option(hostileText, { nil: undefined }),
  })
  .map((entity) =>
    [
      `Content-Type: ${entity.type}; charset=${entity.charset}; boundary=${entity.boundary}`,
      `Content-Transfer-Encoding: ${entity.encoding}`,
      ...(entity.extraHeader === undefined
        ? []
        : [`X-Hostile: ${entity.extraHeader}`]),
      "",
      entity.body,
    ].join("\r\n"),
  );

/**
 * A message with hostile top-level headers and a multipart body whose
 * boundaries may be missing, repeated, nested wrongly or unterminated.
 */
export const brokenMimeMessage: fc.Arbitrary<string> = fc
  .record({
    authResults: fc.array(hostileText, { maxLength: 3 }),
    subject: hostileText,
    from: hostileText,
    topType: fc.constantFrom(...MEDIA_TYPES),
    boundary: fc.constantFrom("b1", "b2", "", '"b1', "b1\u0000"),
    entities: fc.array(brokenEntity, { maxLength: 5 }),
    closing: fc.constantFrom("--b1--", "--b2--", "--b1", "", "--"),
    lineEnding: fc.constantFrom("\r\n", "\n", "\r"),
  })
  .map((message) => {
    const lines = [
      ...message.authResults.map((value) => `Authentication-Results: ${value}`),
      `From: ${message.from}`,
      "To: user@example.org",
      `Subject: ${message.subject}`,
      "MIME-Version: 1.0",
      `Content-Type: ${message.topType}; report-type=delivery-status; boundary="${message.boundary}"`,
      "",
      ...message.entities.flatMap((entity) => ["--b1", entity]),
      message.closing,
      "",
    ];
    return lines.join("\r\n").replace(/\r\n/g, message.lineEnding);
  });

/** A carrier message with hostile text where one parser reads it. */
export const carrierWithHostileText: fc.Arbitrary<string> = fc
  .tuple(hostileText, fc.constantFrom(...PLACEMENTS))
  .map(([payload, placement]) => carrierMessage(payload, placement));

const REPO_ROOT = path.resolve(__dirname, "..", "..");

/** Real bounces kept beside the repository; absent in some checkouts. */
const CORPUS_DIR = path.resolve(
  REPO_ROOT,
  "..",
  "shared",
  "corpus",
  "bounces",
  "eml",
);

function readMessages(dir: string): Uint8Array[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".eml"))
    .sort()
    .map((name) => new Uint8Array(readFileSync(path.join(dir, name))));
}

/**
 * Seeds for damage: the messages in samples/ and, where present, the real
 * bounce corpus, which reaches every bounce scanner's layout.
 */
export const SEED_MESSAGES: readonly Uint8Array[] = [
  ...readMessages(path.join(REPO_ROOT, "samples")),
  ...readMessages(CORPUS_DIR),
];

/**
 * A seed message damaged at random: truncated, with bytes overwritten,
 * or with hostile text inserted at some offset.
 */
export const damagedSample: fc.Arbitrary<Uint8Array> = fc
  .record({
    sample: fc.constantFrom(...SEED_MESSAGES),
    cut: fc.double({ min: 0, max: 1, noNaN: true }),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    damage: fc.oneof(
      fc.constant<{ kind: "truncate" }>({ kind: "truncate" }),
      fc.record({
        kind: fc.constant("overwrite" as const),
        bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
      }),
      fc.record({ kind: fc.constant("insert" as const), text: hostileText }),
    ),
  })
  .map(({ sample, cut, at, damage }) => {
    const offset = Math.floor(at * sample.length);
    if (damage.kind === "truncate")
      return sample.slice(0, Math.floor(cut * sample.length));
    if (damage.kind === "overwrite") {
      const copy = sample.slice();
      copy.set(damage.bytes.subarray(0, copy.length - offset), offset);
      return copy;
    }
    const inserted = new TextEncoder().encode(damage.text);
    const copy = new Uint8Array(sample.length + inserted.length);
    copy.set(sample.subarray(0, offset), 0);
    copy.set(inserted, offset);
    copy.set(sample.subarray(offset), offset + inserted.length);
    return copy;
  });

/**
 * A plain message that forwards up to six damaged seed messages as
 * attachments (message/rfc822, or an .eml file name), as a user forwards a
 * bounce to a help desk.
 */
export const forwardedDamagedSamples: fc.Arbitrary<Uint8Array> = fc
  .array(fc.tuple(damagedSample, fc.boolean()), { minLength: 1, maxLength: 6 })
  .map((attachments) => {
    const encoder = new TextEncoder();
    const chunks: Uint8Array[] = [
      encoder.encode(
        [
          "From: user@example.com",
          "To: helpdesk@example.com",
          "Subject: Fwd: bounce",
          "MIME-Version: 1.0",
          'Content-Type: multipart/mixed; boundary="fwd"',
          "",
          "--fwd",
          "Content-Type: text/plain",
          "",
          "See the attached bounce.",
          "",
        ].join("\r\n"),
      ),
    ];
    for (const [raw, asFile] of attachments) {
      const header = asFile
        ? 'Content-Type: application/octet-stream; name="bounce.eml"\r\nContent-Disposition: attachment; filename="bounce.eml"'
        : "Content-Type: message/rfc822";
      chunks.push(encoder.encode(`--fwd\r\n${header}\r\n\r\n`), raw);
      chunks.push(encoder.encode("\r\n"));
    }
    chunks.push(encoder.encode("--fwd--\r\n"));

    const message = new Uint8Array(
      chunks.reduce((sum, chunk) => sum + chunk.length, 0),
    );
    let offset = 0;
    for (const chunk of chunks) {
      message.set(chunk, offset);
      offset += chunk.length;
    }
    return message;
  });

/** Raw bytes of any value, including invalid UTF-8. */
export const randomBytes: fc.Arbitrary<Uint8Array> = fc.uint8Array({
  maxLength: 2000,
});

function hostilePart(contentType: string, text: string): MimePart {
  return {
    contentType,
    filename: null,
    text,
    size: text.length,
    headerText: () => text.split(/\r?\n\r?\n/)[0] ?? "",
    bytes: () => new TextEncoder().encode(text),
  };
}

/**
 * A ParsedMessage built directly, bypassing postal-mime, so scanners see
 * text that postal-mime would never hand them (lone surrogates, NUL bytes,
 * any part type with any content).
 */
export const hostileParsedMessage: fc.Arbitrary<ParsedMessage> = fc
  .record({
    headers: fc.array(
      fc.tuple(
        fc.constantFrom(
          "subject",
          "from",
          "content-type",
          "x-failed-recipients",
          "auto-submitted",
          "authentication-results",
          "x-hostile",
        ),
        hostileText,
      ),
      { maxLength: 6 },
    ),
    opening: fc.constantFrom(
      ...carrierMessage("", "scanner-text")
        .split("\r\n")
        .filter((line) => line.length > 20),
    ),
    text: hostileText,
    html: fc.option(hostileText, { nil: null }),
    parts: fc.array(fc.tuple(fc.constantFrom(...MEDIA_TYPES), hostileText), {
      maxLength: 3,
    }),
    subject: fc.option(hostileText, { nil: null }),
    from: fc.option(hostileText, { nil: null }),
  })
  .map((record) => ({
    headers: record.headers.map(([key, value]) => ({
      name: key,
      key,
      value,
      raw: `${key}: ${value}`,
    })),
    text: `${record.opening}\r\n\r\n${record.text}`,
    html: record.html,
    parts: record.parts.map(([type, text]) => hostilePart(type, text)),
    subject: record.subject,
    from: record.from,
    date: null,
    messageId: null,
  }));
