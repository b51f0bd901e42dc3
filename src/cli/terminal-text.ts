/**
 * C0 and C1 control characters other than tab and line feed. A bounce can
 * carry escape sequences in its diagnostic text; printed raw they would
 * recolour or control the user's terminal.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Replaces control characters with U+FFFD so message text prints inert. */
export function toTerminalText(text: string): string {
  return text.replace(CONTROL_CHARACTERS, "\uFFFD");
}
