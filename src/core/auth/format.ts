import { isToken } from "./chars";
import { isAddressPvalue } from "./pvalue";
import type { AuthResultsHeader, ResInfo, ResultProperty } from "./types";

/**
 * Formats a parsed header back into an Authentication-Results value (without
 * the field name). Parsing the output gives back the same authserv-id,
 * version, results, reasons, properties and comments. A header without an
 * authserv-id is written as Microsoft 365 writes it, so it reparses only in
 * the lenient mode.
 */
export function formatAuthenticationResults(header: AuthResultsHeader): string {
  const resinfos = header.results.map(formatResInfo);
  if (header.authservId === null) {
    return resinfos.join("; ");
  }

  let head = formatValue(header.authservId);
  if (header.version !== null) {
    head += ` ${header.version}`;
  }
  if (resinfos.length === 0) {
    return `${head}; none`;
  }
  return [head, ...resinfos].join("; ");
}

function formatResInfo(resinfo: ResInfo): string {
  let text = resinfo.method;
  if (resinfo.methodVersion !== null) {
    text += `/${resinfo.methodVersion}`;
  }
  text += `=${resinfo.result}`;

  for (const comment of resinfo.comments ?? []) {
    text += ` (${escapeComment(comment)})`;
  }
  if (resinfo.reason !== null) {
    text += ` reason=${formatValue(resinfo.reason)}`;
  }
  for (const property of resinfo.properties) {
    text += ` ${formatProperty(property)}`;
  }
  return text;
}

function formatProperty(property: ResultProperty): string {
  const name =
    property.ptype === ""
      ? property.property
      : `${property.ptype}.${property.property}`;
  return `${name}=${formatPvalue(property.value)}`;
}

/** Writes a value as a token when it is one, else as a quoted-string. */
function formatValue(value: string): string {
  if (isToken(value)) {
    return value;
  }
  return quote(value);
}

/** Like `formatValue`, but `local@domain` and `@domain` stay unquoted. */
function formatPvalue(value: string): string {
  return isAddressPvalue(value, false) ? value : formatValue(value);
}

function quote(value: string): string {
  return `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

function escapeComment(comment: string): string {
  return comment.replace(/[\\()]/g, (char) => `\\${char}`);
}
