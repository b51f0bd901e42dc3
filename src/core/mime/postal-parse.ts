import PostalMime, { type Email } from "postal-mime";
import { decodeBase64Body } from "./base64";
import { MimeParseError } from "./errors";
import { findLeafBodies, type LeafBody } from "./leaf-scan";
import type { PartContent } from "./part";

/**
 * Smallest body left out of postal-mime's input. A message shorter than
 * this is parsed without the scan, because postal-mime's copies of its
 * bodies cost little memory while the scan costs time on every message.
 */
export const MIN_CUT_BYTES = 64 * 1024;

/** postal-mime's result, with the content of each attachment in order. */
export interface PostalParse {
  email: Email;
  /** Content of `email.attachments[i]`, decoded as postal-mime decodes it. */
  contents: PartContent[];
}

/** A leaf body replaced by a marker in the copy that postal-mime reads. */
interface Cut {
  start: number;
  end: number;
  base64: boolean;
  marker: string;
}

const encoder = new TextEncoder();
const latin1 = new TextDecoder("latin1");

/**
 * Parses a message with postal-mime (message/rfc822 parts kept whole) and
 * returns the same result that postal-mime gives for the whole message.
 * Leaf bodies of at least `minCutBytes` that are not text, such as
 * attachments and returned messages, are cut out first. postal-mime reads a
 * copy with a short marker in their place, and their content stays in
 * `bytes`: a subarray for 7bit, 8bit and binary bodies, decoded on first
 * read for base64 ones. When a marker does not come back as exactly one
 * attachment, the whole message is parsed instead. Throws `MimeParseError`
 * when postal-mime rejects the message.
 */
export async function parseWithPostalMime(
  bytes: Uint8Array,
  minCutBytes = MIN_CUT_BYTES,
): Promise<PostalParse> {
  const cuts = bytes.length >= minCutBytes ? planCuts(bytes, minCutBytes) : [];
  if (cuts.length > 0) {
    const parsed = await parseWithCuts(bytes, cuts);
    if (parsed !== null) return parsed;
  }

  const email = await runPostalMime(bytes);
  return {
    email,
    contents: email.attachments.map((item) => contentBytes(item.content)),
  };
}

function planCuts(bytes: Uint8Array, minCutBytes: number): Cut[] {
  const leaves = findLeafBodies(bytes) ?? [];
  const nonce = Math.random().toString(36).slice(2, 10).padEnd(8, "0");
  return leaves
    .filter((leaf) => leaf.end - leaf.start >= Math.max(minCutBytes, 1))
    .filter(isLeftUnread)
    .map((leaf, index) => ({
      start: leaf.start,
      end: leaf.end,
      base64: leaf.transferEncoding === "base64",
      marker: makeMarker(nonce, index),
    }));
}

/**
 * Tells whether postal-mime hands a leaf's content through as its attachment
 * bytes: every type but text (which may become the body text) and calendar
 * data (which postal-mime re-encodes), in an encoding the cut can decode.
 */
function isLeftUnread(leaf: LeafBody): boolean {
  if (leaf.transferEncoding === "quoted-printable") return false;
  if (leaf.mediaType.startsWith("text/")) return false;
  return leaf.mediaType !== "application/ics";
}

/**
 * Returns a marker line that postal-mime passes through unchanged. It is
 * ASCII without `-` or `=`, and its length is a multiple of 3, so its base64
 * form needs no padding. Every index gives a marker of the same length.
 */
function makeMarker(nonce: string, index: number): string {
  const marker = `MailDiagnosticsCut${nonce}x${String(index).padStart(6, "0")}`;
  return marker.padEnd(Math.ceil(marker.length / 3) * 3, "x");
}

async function parseWithCuts(
  bytes: Uint8Array,
  cuts: Cut[],
): Promise<PostalParse | null> {
  let email: Email;
  try {
    email = await runPostalMime(spliceMarkers(bytes, cuts));
  } catch {
    return null;
  }

  const cutByMarker = new Map(cuts.map((cut) => [cut.marker, cut]));
  const markerLength = cuts[0]?.marker.length ?? 0;
  const found = new Set<Cut>();
  const contents: PartContent[] = [];
  for (const attachment of email.attachments) {
    const content = contentBytes(attachment.content);
    const cut =
      content.length === markerLength
        ? cutByMarker.get(latin1.decode(content))
        : undefined;
    if (cut === undefined) {
      contents.push(content);
      continue;
    }
    if (found.has(cut)) return null;
    found.add(cut);
    contents.push(cutContent(bytes, cut));
  }

  return found.size === cuts.length ? { email, contents } : null;
}

function spliceMarkers(bytes: Uint8Array, cuts: Cut[]): Uint8Array {
  const placeholders = cuts.map((cut) =>
    encoder.encode(cut.base64 ? btoa(cut.marker) : cut.marker),
  );
  let length = bytes.length;
  cuts.forEach((cut, i) => {
    length += (placeholders[i]?.length ?? 0) - (cut.end - cut.start);
  });

  const spliced = new Uint8Array(length);
  let from = 0;
  let to = 0;
  cuts.forEach((cut, i) => {
    const placeholder = placeholders[i] ?? new Uint8Array(0);
    spliced.set(bytes.subarray(from, cut.start), to);
    to += cut.start - from;
    spliced.set(placeholder, to);
    to += placeholder.length;
    from = cut.end;
  });
  spliced.set(bytes.subarray(from), to);
  return spliced;
}

function cutContent(bytes: Uint8Array, cut: Cut): PartContent {
  const body = bytes.subarray(cut.start, cut.end);
  return cut.base64 ? () => decodeBase64Body(body) : body;
}

async function runPostalMime(bytes: Uint8Array): Promise<Email> {
  try {
    return await PostalMime.parse(bytes, { forceRfc822Attachments: true });
  } catch (error) {
    throw toMimeParseError(error);
  }
}

function contentBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === "string") return encoder.encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

function toMimeParseError(error: unknown): MimeParseError {
  const code =
    typeof error === "object" && error !== null && "code" in error
      ? String((error as { code: unknown }).code)
      : "EPARSE";
  const detail = error instanceof Error ? error.message : String(error);
  return new MimeParseError(code, `The message could not be parsed: ${detail}`);
}
