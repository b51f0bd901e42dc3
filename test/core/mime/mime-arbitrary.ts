import fc from "fast-check";

/**
 * Random MIME messages for comparing the body scan with postal-mime. They
 * nest multiparts with boundaries written in many forms, and hold leaves of
 * text and other types in several transfer encodings. Bodies carry lines
 * that look like delimiters, padding and stray CRs. A closing delimiter may
 * be missing, and lines end in LF or CRLF.
 */

interface Leaf {
  kind: "leaf";
  contentType: string | null;
  transferEncoding: string | null;
  blankLineAfterHeaders: boolean;
  body: string[];
}

interface Multipart {
  kind: "multipart";
  subtype: string;
  boundary: string;
  boundaryParam: string;
  closed: boolean;
  children: Node[];
}

type Node = Leaf | Multipart;

const BOUNDARIES = ["b", "a b", "B_(ID_x)", "=_part_1", "x-y", "q"];

const BOUNDARY_PARAMS: ((boundary: string) => string)[] = [
  (b) => `boundary="${b}"`,
  (b) => (/[ ()]/.test(b) ? `boundary="${b}"` : `boundary=${b}`),
  (b) => ` boundary = "${b}" `,
  (b) => `boundary="${b}"; boundary="other"`,
  (b) => `boundary="${b} "`,
  (b) => `charset=x (c); boundary="${b}"`,
  (b) => `boundary*0="${b}"`,
];

const LEAF_TYPES = [
  "image/png",
  "application/octet-stream",
  "message/rfc822",
  "message/delivery-status",
  "text/plain",
  "text/html",
  "application/ics",
  "application/pdf; name=\"a (1).pdf\"",
  null,
];

const ENCODINGS = [
  null,
  "7bit",
  "base64",
  "BASE64",
  "quoted-printable",
  "x-uuencode",
  "(old) base64",
];

const BODY_LINES = [
  "QUJDREVG",
  "QQ==",
  "QUI=QUI",
  "=",
  "",
  "plain text",
  "--",
  "From x",
  "trailing CR\r",
  "a\rb",
  "Content-Type: text/plain",
  "caf\u00e9",
  "=C3=A9 soft=",
  "text --b",
  "x--q",
];

const DELIMITER_SUFFIXES = ["", "--", " ", "x", "-- \t"];

function leafArbitrary(): fc.Arbitrary<Leaf> {
  return fc.record({
    kind: fc.constant("leaf" as const),
    contentType: fc.constantFrom(...LEAF_TYPES),
    transferEncoding: fc.constantFrom(...ENCODINGS),
    blankLineAfterHeaders: fc.boolean(),
    body: fc.array(
      fc.oneof(
        fc.constantFrom(...BODY_LINES),
        fc
          .tuple(
            fc.constantFrom(...BOUNDARIES),
            fc.constantFrom(...DELIMITER_SUFFIXES),
          )
          .map(([boundary, suffix]) => `--${boundary}${suffix}`),
      ),
      { maxLength: 6 },
    ),
  });
}

const nodeArbitrary = fc.letrec<{ node: Node; multipart: Multipart }>(
  (tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      leafArbitrary(),
      tie("multipart"),
    ),
    multipart: fc
      .record({
        kind: fc.constant("multipart" as const),
        subtype: fc.constantFrom("mixed", "report", "digest", "alternative"),
        boundary: fc.constantFrom(...BOUNDARIES),
        boundaryForm: fc.integer({ min: 0, max: BOUNDARY_PARAMS.length - 1 }),
        closed: fc.boolean(),
        children: fc.array(tie("node"), { maxLength: 4 }),
      })
      .map(({ boundaryForm, ...rest }) => ({
        ...rest,
        boundaryParam: (BOUNDARY_PARAMS[boundaryForm] ?? BOUNDARY_PARAMS[0]!)(
          rest.boundary,
        ),
      })),
  }),
);

/** A whole message: a multipart at the top, written with one line ending. */
export const mimeMessageArbitrary: fc.Arbitrary<string> = fc
  .tuple(nodeArbitrary.multipart, fc.constantFrom("\r\n", "\n"))
  .map(([root, eol]) =>
    ["From: sender@example.org", "Subject: test", ...writeNode(root)].join(
      eol,
    ),
  );

function writeNode(node: Node): string[] {
  if (node.kind === "leaf") {
    const header: string[] = [];
    if (node.contentType !== null) {
      header.push(`Content-Type: ${node.contentType}`);
    }
    if (node.transferEncoding !== null) {
      header.push(`Content-Transfer-Encoding: ${node.transferEncoding}`);
    }
    if (node.blankLineAfterHeaders) header.push("");
    return [...header, ...node.body];
  }

  const lines = [
    `Content-Type: multipart/${node.subtype}; ${node.boundaryParam}`,
    "",
    "preamble",
  ];
  for (const child of node.children) {
    lines.push(`--${node.boundary}`, ...writeNode(child));
  }
  if (node.closed) lines.push(`--${node.boundary}--`, "epilogue");
  return lines;
}
