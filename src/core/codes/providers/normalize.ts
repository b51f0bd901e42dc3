/**
 * Reply code and status code pairs such as `550-5.7.1`, which multi-line
 * replies (RFC 5321 section 4.2.1) repeat at the start of every line, so they
 * end up in the middle of sentences once a bounce unwraps the lines.
 */
const CONTINUATION_MARKER = /\b[245]\d\d[- ](?:[245]\.\d{1,3}\.\d{1,3}\b)?/g;

// One explanation normalizes the same diagnostic several times (provider
// detection, signature check, fragment matching), so the last result is kept.
let lastText = "";
let lastNormalized = "";

/**
 * Returns diagnostic text prepared for fragment matching: lower case, reply
 * code markers removed and runs of white space collapsed to one space.
 */
export function normalizeDiagnostic(text: string): string {
  if (text !== lastText) {
    lastNormalized = text
      .replace(CONTINUATION_MARKER, " ")
      .replace(/\s+/g, " ")
      .trim()
      .toLowerCase();
    lastText = text;
  }
  return lastNormalized;
}
