import PostalMime from "postal-mime";
import {
  findLeafBodies,
  type LeafBody,
} from "../../../src/core/mime/leaf-scan";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Returns each listed leaf as its media type, encoding and body text. */
function scan(
  lines: string[],
  eol = "\r\n",
): { type: string; encoding: string; body: string }[] | null {
  const bytes = encoder.encode(lines.join(eol));
  const leaves = findLeafBodies(bytes);
  if (leaves === null) return null;
  return leaves.map((leaf) => describeLeaf(bytes, leaf));
}

function describeLeaf(bytes: Uint8Array, leaf: LeafBody) {
  return {
    type: leaf.mediaType,
    encoding: leaf.transferEncoding,
    body: decoder.decode(bytes.subarray(leaf.start, leaf.end)),
  };
}

const MIXED = [
  "From: sender@example.org",
  'Content-Type: multipart/mixed; boundary="outer"',
  "",
  "preamble",
  "--outer",
  "Content-Type: text/plain",
  "",
  "Hello.",
  "--outer",
  "Content-Type: application/octet-stream",
  "Content-Transfer-Encoding: base64",
  "",
  "QUJD",
  "REVG",
  "--outer--",
  "epilogue",
];

describe("findLeafBodies", () => {
  test.each([
    ["CRLF", "\r\n"],
    ["LF", "\n"],
  ])("lists leaves of a multipart with %s", (_name, eol) => {
    expect(scan(MIXED, eol)).toEqual([
      { type: "text/plain", encoding: "", body: "Hello." },
      {
        type: "application/octet-stream",
        encoding: "base64",
        body: `QUJD${eol}REVG`,
      },
    ]);
  });

  test("lists nothing for a message without parts", () => {
    expect(scan(["Subject: plain", "", "Just text."])).toEqual([]);
  });

  test("keeps the empty lines before a delimiter but the last break", () => {
    const leaves = scan([
      'Content-Type: multipart/mixed; boundary="b"',
      "",
      "--b",
      "Content-Type: image/png",
      "",
      "line",
      "",
      "",
      "--b--",
    ]);

    expect(leaves?.[0]?.body).toBe("line\r\n\r\n");
  });

  test("drops trailing CRs of the last line with its break", () => {
    const bytes = encoder.encode(
      'Content-Type: multipart/mixed; boundary="b"\n\n--b\n' +
        "Content-Type: image/png\n\nab\rc\r\r\n--b--\n",
    );
    const leaves = findLeafBodies(bytes) ?? [];

    expect(leaves.map((leaf) => describeLeaf(bytes, leaf).body)).toEqual([
      "ab\rc",
    ]);
  });

  test("follows nested multiparts", () => {
    const leaves = scan([
      'Content-Type: multipart/report; boundary="r"',
      "",
      "--r",
      'Content-Type: multipart/alternative; boundary="alt"',
      "",
      "--alt",
      "Content-Type: text/plain",
      "",
      "plain",
      "--alt",
      "Content-Type: text/html",
      "",
      "<p>html</p>",
      "--alt--",
      "--r",
      "Content-Type: message/rfc822",
      "",
      "Subject: returned",
      'Content-Type: multipart/mixed; boundary="inner"',
      "",
      "--inner",
      "Content-Type: application/pdf",
      "",
      "%PDF",
      "--inner--",
      "--r--",
    ]);

    expect(leaves).toEqual([
      { type: "text/plain", encoding: "", body: "plain" },
      { type: "text/html", encoding: "", body: "<p>html</p>" },
      {
        type: "message/rfc822",
        encoding: "",
        body: [
          "Subject: returned",
          'Content-Type: multipart/mixed; boundary="inner"',
          "",
          "--inner",
          "Content-Type: application/pdf",
          "",
          "%PDF",
          "--inner--",
        ].join("\r\n"),
      },
    ]);
  });

  test("ends a nested part at its ancestor's delimiter", () => {
    const leaves = scan([
      'Content-Type: multipart/mixed; boundary="a"',
      "",
      "--a",
      'Content-Type: multipart/mixed; boundary="b"',
      "",
      "--b",
      "Content-Type: image/gif",
      "",
      "GIF89a",
      "--a",
      "Content-Type: image/png",
      "",
      "PNG",
      "--b",
      "--a--",
    ]);

    expect(leaves?.map((leaf) => leaf.body)).toEqual([
      "GIF89a",
      "PNG\r\n--b",
    ]);
  });

  test("reads the first Content-Type field only", () => {
    const leaves = scan([
      'Content-Type: multipart/mixed; boundary="first"',
      'Content-Type: multipart/mixed; boundary="second"',
      "",
      "--first",
      "Content-Type: image/png",
      "Content-Type: text/plain",
      "",
      "PNG",
      "--second",
      "--first--",
    ]);

    expect(leaves).toEqual([
      { type: "image/png", encoding: "", body: "PNG\r\n--second" },
    ]);
  });

  test.each([
    ["a quoted boundary", 'multipart/mixed; boundary="a b"', "a b"],
    ["a token", "multipart/mixed; boundary=tok", "tok"],
    ["spaces around =", 'multipart/mixed; boundary = "sp" ', "sp"],
    ["a trailing space", 'multipart/mixed; boundary="tail "', "tail"],
    ["a folded field", 'multipart/mixed;\r\n\tboundary="fold"', "fold"],
    ["parentheses", 'multipart/mixed; boundary="B_(ID_x)"', "B_(ID_x)"],
    ["a comment", 'multipart/mixed (note); boundary="c"', "c"],
    ["upper case", 'MULTIPART/MIXED; BOUNDARY="UP"', "UP"],
    ["an escape", 'multipart/mixed; boundary="e\\"q"', 'e"q'],
    ["an escaped quote", 'multipart/mixed; boundary="e\\" (q)"', 'e" (q)'],
    ["text after the quote", 'multipart/mixed; boundary="q"x', "q"],
  ])("reads %s", async (_name, contentType, boundary) => {
    const lines = [
      `Content-Type: ${contentType}`,
      "",
      `--${boundary}`,
      "Content-Type: image/png",
      "",
      "PNG",
      `--${boundary}--`,
    ];
    const email = await PostalMime.parse(lines.join("\r\n"));

    expect(scan(lines)).toEqual([
      { type: "image/png", encoding: "", body: "PNG" },
    ]);
    expect(email.attachments.map((item) => item.mimeType)).toEqual([
      "image/png",
    ]);
  });

  test("reads delimiters at the start of a line only", () => {
    const leaves = scan([
      'Content-Type: multipart/mixed; boundary="b"',
      "",
      "--b",
      "Content-Type: image/png",
      "",
      "text --b",
      "x--b",
      "--b--",
    ]);

    expect(leaves?.[0]?.body).toBe("text --b\r\nx--b");
  });

  test("accepts spaces and tabs after a delimiter", () => {
    const leaves = scan([
      'Content-Type: multipart/mixed; boundary="b"',
      "",
      "--b \t",
      "Content-Type: image/png",
      "",
      "PNG",
      "--bx",
      "--b-- ",
    ]);

    expect(leaves?.[0]?.body).toBe("PNG\r\n--bx");
  });

  test("omits a part that the end of the message ends", () => {
    const leaves = scan([
      'Content-Type: multipart/mixed; boundary="b"',
      "",
      "--b",
      "Content-Type: image/gif",
      "",
      "GIF",
      "--b",
      "Content-Type: image/png",
      "",
      "PNG, never closed",
    ]);

    expect(leaves?.map((leaf) => leaf.type)).toEqual(["image/gif"]);
  });

  test("omits a part whose header block has no empty line", () => {
    const leaves = scan([
      'Content-Type: multipart/mixed; boundary="b"',
      "",
      "--b",
      "Content-Type: image/png",
      "not a header field",
      "PNG",
      "--b--",
    ]);

    expect(leaves).toEqual([]);
  });

  test("reads a multipart without a boundary as text", () => {
    const leaves = scan([
      'Content-Type: multipart/mixed; boundary="b"',
      "",
      "--b",
      "Content-Type: multipart/mixed",
      "",
      "body",
      "--b--",
    ]);

    expect(leaves).toEqual([
      { type: "text/plain", encoding: "", body: "body" },
    ]);
  });

  test("gives digest parts message/rfc822 by default", () => {
    const leaves = scan([
      'Content-Type: multipart/digest; boundary="d"',
      "",
      "--d",
      "",
      "Subject: one",
      "--d--",
    ]);

    expect(leaves).toEqual([
      { type: "message/rfc822", encoding: "", body: "Subject: one" },
    ]);
  });

  test("reads the transfer encoding token", () => {
    const leaves = scan([
      'Content-Type: multipart/mixed; boundary="b"',
      "",
      "--b",
      "Content-Type: image/png",
      "Content-Transfer-Encoding: (old) BASE64 extra",
      "",
      "UE5H",
      "--b--",
    ]);

    expect(leaves?.[0]?.encoding).toBe("base64");
  });

  test("gives up on an RFC 2231 boundary", () => {
    expect(
      scan([
        "Content-Type: multipart/mixed; boundary*0=a; boundary*1=b",
        "",
        "--ab",
        "--ab--",
      ]),
    ).toBeNull();
  });

  test("gives up past 32 nested multiparts", () => {
    const lines: string[] = [];
    for (let depth = 0; depth < 40; depth++) {
      lines.push(`Content-Type: multipart/mixed; boundary="n${depth}"`, "");
      lines.push(`--n${depth}`);
    }
    lines.push("", "text");

    expect(scan(lines)).toBeNull();
  });
});
