/**
 * Returns the offset just past the header block: after the first empty line
 * (LF LF or CRLF CRLF), or the length when there is none.
 */
export function findHeaderEnd(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] !== 0x0a) continue;
    const next = bytes[i + 1] === 0x0d ? bytes[i + 2] : bytes[i + 1];
    if (next === 0x0a) return i + 1;
  }
  return bytes.length;
}
