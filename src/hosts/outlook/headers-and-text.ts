/** Fields that describe the original body, which the text body replaces. */
const BODY_FIELDS = /^(content-[\w-]+|mime-version)$/i;

/**
 * Builds a message from a header block and a plain-text body, as Outlook
 * returns them through `getAllInternetHeadersAsync` and `body.getAsync`.
 * The original MIME structure fields are dropped and the body is declared
 * as UTF-8 text, so scanners that read report text can run on clients
 * without `getAsFileAsync`.
 * NOTE: structured report parts (message/delivery-status) are lost here, so
 * only facts stated in the report's text can be found.
 */
export function messageFromHeadersAndText(
  headerBlock: string,
  text: string,
): string {
  const fields: string[] = [];
  for (const line of headerBlock.split(/\r?\n/)) {
    if (line === "") {
      continue;
    }
    const last = fields.length - 1;
    if (/^[ \t]/.test(line) && last >= 0) {
      fields[last] += `\r\n${line}`;
    } else {
      fields.push(line);
    }
  }

  const keptFields = fields.filter((field) => {
    const name = field.slice(0, field.indexOf(":")).trim();
    return !BODY_FIELDS.test(name);
  });
  keptFields.push(
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
  );

  const body = text.replace(/\r?\n/g, "\r\n");
  return `${keptFields.join("\r\n")}\r\n\r\n${body}`;
}
