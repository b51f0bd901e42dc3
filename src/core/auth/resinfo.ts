import type { Reader } from "./reader";
import type { ResInfo, ResultProperty } from "./types";

/**
 * Reads `methodspec [reasonspec] *propspec` up to the next `;`, after the
 * method name `methodWord`. Comments go to `comments`.
 */
export function readResInfo(
  reader: Reader,
  methodWord: string,
  comments: string[],
): ResInfo {
  const method = methodWord.toLowerCase();
  reader.skipCfws(comments);

  let methodVersion: string | null = null;
  if (reader.accept("/")) {
    reader.skipCfws(comments);
    methodVersion = reader.readDigits();
    if (methodVersion === "") {
      reader.fail("auth.parse.error.expected-version");
    }
    reader.skipCfws(comments);
  }
  reader.expect("=", "auth.parse.error.expected-equals");
  reader.skipCfws(comments);
  const result = readResult(reader);

  const resinfo: ResInfo = {
    method,
    methodVersion,
    result,
    reason: null,
    properties: [],
    comments,
  };
  readResInfoTail(reader, resinfo);
  return resinfo;
}

/**
 * Reads a result keyword. The lenient mode reads any run up to white space,
 * `;` or `(`, as old Yahoo headers write `from=example.com` segments.
 */
function readResult(reader: Reader): string {
  if (!reader.lenient) {
    return reader.readKeyword("auth.parse.error.expected-result").toLowerCase();
  }
  const result = reader.readLooseRun();
  if (result === "") {
    reader.fail("auth.parse.error.expected-result");
  }
  return result.toLowerCase();
}

/**
 * Reads the optional `reasonspec` and the `propspec`s after a methodspec up
 * to the next `;`, adding them to `resinfo`.
 */
export function readResInfoTail(reader: Reader, resinfo: ResInfo): void {
  const properties: ResultProperty[] = resinfo.properties;
  const comments = (resinfo.comments ??= []);
  while (reader.failure === null) {
    const hadSpace = reader.skipCfws(comments);
    if (reader.atEnd() || reader.peekIs(";")) {
      break;
    }
    if (!hadSpace && !reader.lenient) {
      reader.fail("auth.parse.error.unexpected-character");
      break;
    }

    const keyStart = reader.position;
    const key = reader.readKeyword("auth.parse.error.unexpected-character");
    reader.skipCfws(comments);
    const isReason =
      resinfo.reason === null &&
      reader.peekIs("=") &&
      key.toLowerCase() === "reason";
    if (isReason) {
      if (!reader.lenient && properties.length > 0) {
        reader.fail("auth.parse.error.misplaced-reason", keyStart);
        break;
      }
      reader.position += 1;
      reader.skipCfws(comments);
      resinfo.reason = reader.lenient
        ? reader.readLooseValue()
        : reader.readValue();
    } else if (reader.accept(".")) {
      reader.skipCfws(comments);
      const property = reader.readKeyword("auth.parse.error.expected-property");
      reader.skipCfws(comments);
      reader.expect("=", "auth.parse.error.expected-equals");
      reader.skipCfws(comments);
      const value = reader.lenient
        ? reader.readLooseValue()
        : reader.readPvalue();
      properties.push({
        ptype: key.toLowerCase(),
        property: property.toLowerCase(),
        value,
      });
    } else if (reader.lenient && reader.accept("=")) {
      // A pair without a ptype, such as Microsoft 365's `action=none`.
      reader.skipCfws(comments);
      properties.push({
        ptype: "",
        property: key.toLowerCase(),
        value: reader.readLooseValue(),
      });
    } else {
      reader.fail("auth.parse.error.expected-property");
    }
  }
}
