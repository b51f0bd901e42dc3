/**
 * First bytes of a Compound File Binary file ([MS-CFB] section 2.2), the
 * container of Outlook's .msg files (and of old Word and Excel files).
 */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Tells whether `bytes` start like a Compound File Binary file (.msg). */
export function isMsgFile(bytes: Uint8Array): boolean {
  return CFB_SIGNATURE.every((byte, index) => bytes[index] === byte);
}
