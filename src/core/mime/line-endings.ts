const CR = 0x0d;
const LF = 0x0a;

/** How far into a message to look for a line feed before calling it CR-only. */
const SNIFF_LENGTH = 65536;

/**
 * Rewrites a message whose lines end in a bare CR (classic Mac OS) to LF
 * endings. postal-mime reads a bare CR inside a header as folding
 * whitespace, so without this a CR-only message would be one long header.
 * Messages that use LF or CRLF are returned unchanged.
 */
export function normalizeBareCr(bytes: Uint8Array): Uint8Array {
  const sniff = bytes.subarray(0, SNIFF_LENGTH);
  if (sniff.includes(LF) || !sniff.includes(CR)) {
    return bytes;
  }

  const copy = new Uint8Array(bytes);
  for (let i = 0; i < copy.length; i++) {
    if (copy[i] === CR) copy[i] = LF;
  }
  return copy;
}
