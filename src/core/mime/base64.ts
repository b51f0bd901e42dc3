/** Sextet of each base64 alphabet byte (RFC 2045 section 6.8), or -1. */
const SEXTETS = new Int8Array(256).fill(-1);
const ALPHABET =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
for (let i = 0; i < ALPHABET.length; i++) SEXTETS[ALPHABET.charCodeAt(i)] = i;

const PAD = 0x3d;

/**
 * Decodes a base64 body to the same bytes as postal-mime 4.2. Bytes outside
 * the alphabet are skipped, and each `=` ends a unit, so a body whose every
 * line is padded decodes line by line. A unit that ends one character into
 * a group drops that character, and two or three give one or two bytes.
 */
export function decodeBase64Body(body: Uint8Array): Uint8Array {
  const output = new Uint8Array(Math.ceil((body.length * 3) / 4));
  let written = 0;
  let group = 0;
  let count = 0;

  const flushPartialGroup = (): void => {
    if (count === 2) {
      output[written++] = group >> 4;
    } else if (count === 3) {
      output[written++] = group >> 10;
      output[written++] = (group >> 2) & 0xff;
    }
    group = 0;
    count = 0;
  };

  for (let i = 0; i < body.length; i++) {
    const byte = body[i] ?? 0;
    if (byte === PAD) {
      flushPartialGroup();
      continue;
    }
    const sextet = SEXTETS[byte] ?? -1;
    if (sextet < 0) continue;

    group = (group << 6) | sextet;
    count++;
    if (count === 4) {
      output[written++] = group >> 16;
      output[written++] = (group >> 8) & 0xff;
      output[written++] = group & 0xff;
      group = 0;
      count = 0;
    }
  }
  flushPartialGroup();

  return output.subarray(0, written);
}
