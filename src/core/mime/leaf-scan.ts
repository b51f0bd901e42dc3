import { readContentFields } from "./content-fields";

/**
 * The body of a leaf part that ended at a boundary line, located by
 * `findLeafBodies` exactly where postal-mime 4.2 reads it.
 */
export interface LeafBody {
  /** Media type as postal-mime reports it, in lower case. */
  mediaType: string;
  /** Transfer encoding token in lower case, `` when the field is absent. */
  transferEncoding: string;
  /** Offset of the first body line. */
  start: number;
  /**
   * Offset just past the content: the line break before the boundary line
   * belongs to the boundary (RFC 2046 section 5.1.1), so it is excluded.
   */
  end: number;
}

/**
 * Maximum of nested multiparts the scan follows. Each candidate delimiter
 * line is compared with every open boundary, so the cap bounds the scan's
 * cost. A deeper message is left whole to postal-mime.
 */
const MAX_OPEN_BOUNDARIES = 32;
/** postal-mime's part limit: a message with more parts fails to parse. */
const MAX_PARTS = 10_000;

const LF = 0x0a;
const CR = 0x0d;
const HYPHEN = 0x2d;
const SPACE = 0x20;
const TAB = 0x09;

const FROM_SPACE = asciiBytes("From ");
const CONTENT_PREFIX = asciiBytes("content-");

// NOTE: header lines are read as UTF-8 here, while postal-mime falls back
// to windows-1252 for a line with invalid bytes, where a no-break space
// that trim() drops can then change a boundary. Such a message reaches a
// different structure, and the marker check falls back to a whole parse.
const headerDecoder = new TextDecoder("utf-8", { ignoreBOM: true });

interface ScanNode {
  parent: ScanNode | null;
  multipart: string | null;
  mediaType: string;
  transferEncoding: string;
  inBody: boolean;
  bodyStart: number;
  /** False when a line that is no header field ended the header block. */
  bodyAfterBlankLine: boolean;
  /** Content-Type and Content-Transfer-Encoding lines, folds included. */
  headerLines: string[];
  /** Whether the field being read is one of those two, so its folds count. */
  inContentField: boolean;
}

interface OpenBoundary {
  value: Uint8Array;
  node: ScanNode;
}

interface Line {
  start: number;
  /** Offset past the last byte that is not CR or LF. */
  contentEnd: number;
  /** Offset of the next line. */
  next: number;
}

/**
 * Walks the MIME structure of `bytes` as postal-mime does, line by line in
 * header blocks and from one candidate delimiter line to the next in bodies,
 * and returns every leaf part whose body a boundary line ended, in message
 * order. A part that the end of the message ended is not listed, because
 * postal-mime then keeps its last line break, and neither is a part whose
 * header block ended without an empty line. Returns null when the message
 * declares an RFC 2231 boundary, nests more than 32 multiparts, or has more
 * parts than postal-mime accepts.
 *
 * NOTE: the rules are those of postal-mime 4.2.0. The comparison tests in
 * test/core/mime fail when a postal-mime update changes them.
 */
export function findLeafBodies(bytes: Uint8Array): LeafBody[] | null {
  const leaves: LeafBody[] = [];
  const open: OpenBoundary[] = [];
  let current = newNode(null);
  let partCount = 1;
  let position = 0;

  while (position < bytes.length) {
    const line = current.inBody
      ? nextDelimiterCandidate(bytes, position, open)
      : readLine(bytes, position);
    if (line === null) break;

    const match = matchBoundary(bytes, line, open);
    if (match !== null) {
      const ended = endNode(bytes, current, line.start);
      if (ended !== null) leaves.push(ended);

      const owner = open[match.index];
      if (!owner) return null;
      open.length = match.terminator ? match.index : match.index + 1;
      if (match.terminator) {
        current = owner.node.parent ?? owner.node;
        current.inBody = true;
      } else {
        current = newNode(owner.node);
        partCount++;
        if (partCount > MAX_PARTS) return null;
      }
      position = line.next;
      continue;
    }

    if (current.inBody) {
      position = line.next;
      continue;
    }

    if (line.contentEnd === line.start) {
      if (!endHeaders(current, line.next, open)) return null;
      position = line.next;
    } else if (!isSpaceOrTab(bytes[line.start]) && !isFieldStart(bytes, line)) {
      // postal-mime reads a line that is neither a field nor a fold as the
      // first body line, and checks it for a boundary again.
      if (!endHeaders(current, line.start, open)) return null;
      current.bodyAfterBlankLine = false;
    } else {
      keepHeaderLine(bytes, line, current);
      position = line.next;
    }
    if (open.length > MAX_OPEN_BOUNDARIES) return null;
  }
  return leaves;
}

function newNode(parent: ScanNode | null): ScanNode {
  return {
    parent,
    multipart: null,
    mediaType: "text/plain",
    transferEncoding: "",
    inBody: false,
    bodyStart: 0,
    bodyAfterBlankLine: true,
    headerLines: [],
    inContentField: false,
  };
}

/**
 * Keeps a header line when it starts or folds a `Content-` field. Other
 * fields never change how postal-mime delimits or decodes a body, and
 * decoding only these keeps a large header block cheap.
 */
function keepHeaderLine(bytes: Uint8Array, line: Line, node: ScanNode): void {
  if (!isSpaceOrTab(bytes[line.start])) {
    node.inContentField = startsWithContentPrefix(bytes, line);
  }
  if (node.inContentField) {
    node.headerLines.push(
      headerDecoder.decode(bytes.subarray(line.start, line.contentEnd)),
    );
  }
}

function startsWithContentPrefix(bytes: Uint8Array, line: Line): boolean {
  if (line.contentEnd - line.start < CONTENT_PREFIX.length) return false;
  for (let i = 0; i < CONTENT_PREFIX.length; i++) {
    const byte = bytes[line.start + i] ?? 0;
    // Setting bit 0x20 lower-cases an ASCII letter and leaves "-" as it is.
    if ((byte | 0x20) !== CONTENT_PREFIX[i]) return false;
  }
  return true;
}

/**
 * Ends the headers of `node`: reads its content fields and, for a
 * multipart, opens its boundary. Returns false when the fields cannot be
 * read as postal-mime reads them.
 */
function endHeaders(
  node: ScanNode,
  bodyStart: number,
  open: OpenBoundary[],
): boolean {
  const defaultType =
    node.parent?.multipart === "digest" ? "message/rfc822" : "text/plain";
  const fields = readContentFields(node.headerLines, defaultType);
  if (fields === null) return false;

  node.mediaType = fields.mediaType;
  node.multipart = fields.multipart;
  node.transferEncoding = fields.transferEncoding;
  node.inBody = true;
  node.bodyStart = bodyStart;
  node.headerLines = [];
  if (fields.boundary !== null) {
    open.push({ value: asciiBytes(fields.boundary), node });
  }
  return true;
}

/**
 * Closes the part that a boundary line at `lineStart` ends. Returns its
 * body when it is a leaf in its body, else null.
 */
function endNode(
  bytes: Uint8Array,
  node: ScanNode,
  lineStart: number,
): LeafBody | null {
  // A part whose header block a boundary interrupts has an empty body.
  if (!node.inBody || node.multipart !== null) return null;
  // postal-mime counts the line that ended such a header block against its
  // header size limit, so that line has to reach it unchanged.
  if (!node.bodyAfterBlankLine) return null;

  let end = lineStart;
  if (end > node.bodyStart) {
    end--;
    while (end > node.bodyStart && bytes[end - 1] === CR) end--;
  }
  return {
    mediaType: node.mediaType,
    transferEncoding: node.transferEncoding,
    start: node.bodyStart,
    end,
  };
}

function readLine(bytes: Uint8Array, start: number): Line {
  const lineFeed = bytes.indexOf(LF, start);
  const next = lineFeed < 0 ? bytes.length : lineFeed + 1;
  let contentEnd = lineFeed < 0 ? bytes.length : lineFeed;
  while (contentEnd > start && bytes[contentEnd - 1] === CR) contentEnd--;
  return { start, contentEnd, next };
}

/**
 * Returns the next line at or after `from` (a line start) that begins with
 * `--`, or null when none follows. Lines in between are body lines, which
 * postal-mime only checks for a delimiter.
 */
function nextDelimiterCandidate(
  bytes: Uint8Array,
  from: number,
  open: OpenBoundary[],
): Line | null {
  if (open.length === 0) return null;
  let search = from;
  for (;;) {
    const hyphen = bytes.indexOf(HYPHEN, search);
    if (hyphen < 0) return null;
    const atLineStart = hyphen === from || bytes[hyphen - 1] === LF;
    if (atLineStart && bytes[hyphen + 1] === HYPHEN) {
      return readLine(bytes, hyphen);
    }
    search = hyphen + 1;
  }
}

/**
 * Matches a line against the open boundaries, outermost first, as
 * postal-mime does: `--`, the boundary, an optional `--` that makes it the
 * closing delimiter, then only spaces and tabs.
 */
function matchBoundary(
  bytes: Uint8Array,
  line: Line,
  open: OpenBoundary[],
): { index: number; terminator: boolean } | null {
  const length = line.contentEnd - line.start;
  if (length <= 2) return null;
  if (bytes[line.start] !== HYPHEN || bytes[line.start + 1] !== HYPHEN) {
    return null;
  }

  for (let index = 0; index < open.length; index++) {
    const value = open[index]?.value;
    if (!value || length < value.length + 2) continue;
    if (!startsWithAt(bytes, line.start + 2, value)) continue;

    let rest = line.start + 2 + value.length;
    const terminator =
      length >= value.length + 4 &&
      bytes[rest] === HYPHEN &&
      bytes[rest + 1] === HYPHEN;
    if (terminator) rest += 2;
    while (rest < line.contentEnd && isSpaceOrTab(bytes[rest])) rest++;
    if (rest === line.contentEnd) return { index, terminator };
  }
  return null;
}

function startsWithAt(
  bytes: Uint8Array,
  offset: number,
  value: Uint8Array,
): boolean {
  for (let i = 0; i < value.length; i++) {
    if (bytes[offset + i] !== value[i]) return false;
  }
  return true;
}

/**
 * Tests the start of a header field as postal-mime does: `From ` (an mbox
 * separator), or printable ASCII other than the colon, optional spaces or
 * tabs, then a colon.
 */
function isFieldStart(bytes: Uint8Array, line: Line): boolean {
  if (startsWithAt(bytes, line.start, FROM_SPACE)) return true;
  let i = line.start;
  while (i < line.contentEnd && isFieldNameByte(bytes[i])) i++;
  while (i < line.contentEnd && isSpaceOrTab(bytes[i])) i++;
  return i < line.contentEnd && bytes[i] === 0x3a;
}

function isFieldNameByte(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x21 && byte <= 0x7e && byte !== 0x3a;
}

function isSpaceOrTab(byte: number | undefined): boolean {
  return byte === SPACE || byte === TAB;
}

function asciiBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}
