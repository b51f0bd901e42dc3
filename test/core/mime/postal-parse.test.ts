import fc from "fast-check";
import PostalMime from "postal-mime";
import { parseMessage } from "../../../src/core/mime";
import {
  MIN_CUT_BYTES,
  parseWithPostalMime,
} from "../../../src/core/mime/postal-parse";
import { mimeMessageArbitrary } from "./mime-arbitrary";
import { compareWithPostalMime, view } from "./postal-reference";

const encoder = new TextEncoder();

/** Base64 lines of 76 characters that decode to `bytes` bytes. */
function base64Lines(bytes: number, seed: number): string[] {
  const data = Uint8Array.from({ length: bytes }, (_, i) => (i * seed) & 0xff);
  const text = Buffer.from(data).toString("base64");
  return text.match(/.{1,76}/g) ?? [];
}

/** Lines of text enough for a body above the cut minimum. */
const LARGE_LINE_COUNT = MIN_CUT_BYTES / 16;

function textLines(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `Line ${i} of the body.`);
}

/** Builds a bounce whose returned message carries a base64 attachment. */
function largeBounce(eol: string): string {
  return [
    "From: MAILER-DAEMON@example.net",
    "Subject: Undelivered Mail Returned to Sender",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="r"',
    "",
    "--r",
    "Content-Type: text/plain",
    "",
    "The message could not be delivered.",
    "--r",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.example.net",
    "",
    "Final-Recipient: rfc822; nobody@example.org",
    "Action: failed",
    "Status: 5.1.1",
    "--r",
    "Content-Type: message/rfc822",
    "",
    "Subject: Archives",
    "Message-ID: <archives@example.org>",
    'Content-Type: multipart/mixed; boundary="inner"',
    "",
    "--inner",
    "Content-Type: text/plain",
    "",
    "Attached.",
    "--inner",
    "Content-Type: application/zip",
    "Content-Transfer-Encoding: base64",
    "",
    ...base64Lines(MIN_CUT_BYTES, 7),
    "--inner--",
    "--r--",
    "",
  ].join(eol);
}

/** Builds a message of a text body followed by the given leaf parts. */
function withLeaves(leaves: string[][], eol = "\r\n"): Uint8Array {
  const lines = [
    "From: sender@example.org",
    'Content-Type: multipart/mixed; boundary="m"',
    "",
    "--m",
    "Content-Type: text/plain",
    "",
    "See the attachments.",
  ];
  for (const leaf of leaves) lines.push("--m", ...leaf);
  lines.push("--m--", "");
  return encoder.encode(lines.join(eol));
}

describe("parseWithPostalMime", () => {
  test.each([
    ["CRLF", "\r\n"],
    ["LF", "\n"],
  ])("cuts a returned message with %s", async (_name, eol) => {
    const bytes = encoder.encode(largeBounce(eol));
    const comparison = await compareWithPostalMime(bytes, MIN_CUT_BYTES);

    expect(comparison.ours).toEqual(comparison.reference);
    expect(comparison.ourContents).toEqual(comparison.referenceContents);
    expect(comparison.cutCount).toBe(1);
  });

  test("returns a cut body as a subarray of the input", async () => {
    const bytes = encoder.encode(largeBounce("\r\n"));
    const message = await parseMessage(bytes);
    const returned = message.parts.find(
      (part) => part.contentType === "message/rfc822",
    );

    expect(returned?.bytes().buffer).toBe(bytes.buffer);
    expect(returned?.headerText()).toContain("Subject: Archives");
  });

  test("decodes a cut base64 body when it is read", async () => {
    const bytes = withLeaves([
      [
        "Content-Type: image/png",
        "Content-Transfer-Encoding: base64",
        'Content-Disposition: attachment; filename="chart.png"',
        "",
        ...base64Lines(MIN_CUT_BYTES, 3),
      ],
    ]);
    const reference = await PostalMime.parse(bytes, {
      forceRfc822Attachments: true,
    });
    const parsed = await parseWithPostalMime(bytes);
    const content = parsed.contents[0];

    expect(typeof content).toBe("function");
    expect(view(typeof content === "function" ? content() : new Uint8Array()))
      .toEqual(view(reference.attachments[0]?.content ?? ""));
  });

  test("keeps size, text and bytes of cut parts", async () => {
    const bytes = withLeaves([
      [
        "Content-Type: application/octet-stream",
        "Content-Transfer-Encoding: base64",
        "",
        ...base64Lines(MIN_CUT_BYTES, 5),
      ],
      [
        "Content-Type: message/rfc822",
        "",
        "Subject: inner",
        "",
        ...textLines(LARGE_LINE_COUNT),
      ],
    ]);
    const reference = await PostalMime.parse(bytes, {
      forceRfc822Attachments: true,
    });
    const message = await parseMessage(bytes);

    expect(message.parts).toHaveLength(2);
    message.parts.forEach((part, i) => {
      const expected = view(reference.attachments[i]?.content ?? "");
      expect(part.size).toBe(expected.byteLength);
      expect(view(part.bytes())).toEqual(expected);
      expect(part.text).toBe(new TextDecoder().decode(expected));
    });
  });

  test.each([
    ["padding inside lines", ["QUJD", "RA==RUY=", "Rw"]],
    ["a lone trailing character", ["QUJDR"]],
    ["stray characters", ["QU*JD!", "\u00e9REVG", "  R0g= "]],
    ["padding only", ["====", "="]],
  ])("decodes base64 with %s as postal-mime does", async (_name, body) => {
    const filler = base64Lines(MIN_CUT_BYTES, 11);
    const bytes = withLeaves([
      [
        "Content-Type: application/octet-stream",
        "Content-Transfer-Encoding: base64",
        "",
        ...filler,
        ...body,
      ],
    ]);
    const comparison = await compareWithPostalMime(bytes, MIN_CUT_BYTES);

    expect(comparison.ourContents).toEqual(comparison.referenceContents);
    expect(comparison.cutCount).toBe(1);
  });

  test.each([
    [
      "a text attachment",
      ["Content-Type: text/csv", "Content-Disposition: attachment", ""],
    ],
    [
      "a quoted-printable body",
      [
        "Content-Type: application/octet-stream",
        "Content-Transfer-Encoding: quoted-printable",
        "",
      ],
    ],
    ["calendar data", ["Content-Type: application/ics", ""]],
  ])("leaves %s to postal-mime", async (_name, header) => {
    const bytes = withLeaves([[...header, ...textLines(LARGE_LINE_COUNT)]]);
    const comparison = await compareWithPostalMime(bytes, MIN_CUT_BYTES);

    expect(comparison.ours).toEqual(comparison.reference);
    expect(comparison.ourContents).toEqual(comparison.referenceContents);
    expect(comparison.cutCount).toBe(0);
  });

  test("leaves bodies below the minimum to postal-mime", async () => {
    const bytes = withLeaves([
      ["Content-Type: image/png", "", ...textLines(10)],
      ["Content-Type: image/gif", "", ...textLines(LARGE_LINE_COUNT)],
    ]);
    const comparison = await compareWithPostalMime(bytes, MIN_CUT_BYTES);

    expect(comparison.ourContents).toEqual(comparison.referenceContents);
    expect(comparison.cutCount).toBe(1);
  });

  test("cuts nothing when the last part is not closed", async () => {
    const bytes = encoder.encode(
      [
        'Content-Type: multipart/mixed; boundary="m"',
        "",
        "--m",
        "Content-Type: image/png",
        "",
        ...textLines(LARGE_LINE_COUNT),
      ].join("\r\n"),
    );
    const comparison = await compareWithPostalMime(bytes, 0);

    expect(comparison.ourContents).toEqual(comparison.referenceContents);
    expect(comparison.cutCount).toBe(0);
  });

  test("parses an RFC 2231 boundary whole", async () => {
    const lines = [
      "Content-Type: multipart/mixed; boundary*0=ab; boundary*1=cd",
      "",
      "--abcd",
      "Content-Type: image/png",
      "",
      ...textLines(LARGE_LINE_COUNT),
      "--abcd--",
    ];
    const comparison = await compareWithPostalMime(
      encoder.encode(lines.join("\n")),
      0,
    );

    expect(comparison.ours).toEqual(comparison.reference);
    expect(comparison.ourContents).toEqual(comparison.referenceContents);
    expect(comparison.cutCount).toBe(0);
  });

  test("parses whole when a part repeats a marker", async () => {
    // A fixed random value makes the marker known, so that a part can
    // carry a copy of it, as a hostile message could by chance.
    const random = jest.spyOn(Math, "random").mockReturnValue(0.5);
    const nonce = (0.5).toString(36).slice(2, 10).padEnd(8, "0");
    const marker = `MailDiagnosticsCut${nonce}x000000`;
    const padded = marker.padEnd(Math.ceil(marker.length / 3) * 3, "x");
    const bytes = withLeaves([
      ["Content-Type: image/png", "", ...textLines(LARGE_LINE_COUNT)],
      ["Content-Type: image/gif", "", padded],
    ]);
    try {
      const comparison = await compareWithPostalMime(bytes, MIN_CUT_BYTES);

      expect(comparison.ours).toEqual(comparison.reference);
      expect(comparison.ourContents).toEqual(comparison.referenceContents);
      expect(comparison.cutCount).toBe(0);
    } finally {
      random.mockRestore();
    }
  });

  test("reports postal-mime's limit errors", async () => {
    const nested = Array.from(
      { length: 300 },
      (_, i) => `Content-Type: multipart/mixed; boundary="n${i}"\n\n--n${i}\n`,
    ).join("");
    const body = textLines(LARGE_LINE_COUNT).join("\n");
    const bytes = encoder.encode(
      `${nested}Content-Type: image/png\n\n${body}`,
    );

    await expect(parseWithPostalMime(bytes)).rejects.toMatchObject({
      name: "MimeParseError",
      code: "EMAXNESTINGDEPTH",
    });
  });

  test("matches postal-mime on random messages", async () => {
    let cutParts = 0;
    await fc.assert(
      fc.asyncProperty(mimeMessageArbitrary, async (message) => {
        const comparison = await compareWithPostalMime(
          encoder.encode(message),
          0,
        );
        cutParts += comparison.cutCount;
        expect(comparison.ours).toEqual(comparison.reference);
        expect(comparison.ourContents).toEqual(comparison.referenceContents);
      }),
      { numRuns: 1000, seed: 20261204 },
    );

    expect(cutParts).toBeGreaterThan(150);
  });
});
