import {
  isAtextChar,
  isKeywordChar,
  isTokenChar,
  laterFailure,
  ScanError,
  Scanner,
} from "./scanner";
import type {
  AuthResultsHeader,
  AuthResultsParse,
  ResInfo,
  ResultProperty,
} from "./types";

type Mode = "strict" | "lenient";

/**
 * Parses an Authentication-Results header value (without the field name)
 * following the RFC 8601 section 2.2 grammar.
 *
 * The value is read strictly first. When that fails, it is read again in a
 * lenient mode that accepts what providers really write. That covers a
 * missing authserv-id (Microsoft 365), empty or trailing `;`, and unquoted
 * values containing `/`, `:`, `@` or other specials. It also covers
 * `key=value` pairs without a ptype such as `action=none`, `reason=` after
 * properties, and `none` next to results. Only when the lenient reading
 * succeeds is `lenient` set. Never throws.
 *
 * On failure, `error` is a message key and `position` the offset in `value`
 * where reading stopped: the lenient reading's when it got further, else the
 * strict one's, whose message is more precise.
 */
export function parseAuthenticationResults(value: string): AuthResultsParse {
  const strict = parseInMode(value, "strict");
  if (strict.ok) {
    return strict;
  }
  return laterFailure(strict, parseInMode(value, "lenient"));
}

/** Parses `value` in one mode and turns scanner failures into a result. */
export function parseInMode(value: string, mode: Mode): AuthResultsParse {
  try {
    return { ok: true, header: readHeader(new Scanner(value), mode) };
  } catch (error) {
    if (error instanceof ScanError) {
      return { ok: false, error: error.key, position: error.position };
    }
    throw error;
  }
}

/** Reads a whole `authres-payload` from the scanner's position to the end. */
export function readHeader(scanner: Scanner, mode: Mode): AuthResultsHeader {
  const lenient = mode === "lenient";
  scanner.skipCfws();
  if (scanner.atEnd()) {
    scanner.fail("auth.parse.error.empty");
  }

  let authservId: string | null = null;
  let version: string | null = null;
  const omitsAuthservId = lenient && startsWithMethodSpec(scanner);
  if (!omitsAuthservId) {
    authservId = readAuthservId(scanner, lenient);
    version = readVersion(scanner, lenient);
  }

  let none = false;
  const results: ResInfo[] = [];
  let first = true;
  while (true) {
    scanner.skipCfws();
    if (scanner.atEnd()) {
      break;
    }

    const semicolonOptional = first && lenient;
    if (!scanner.accept(";") && !semicolonOptional) {
      scanner.fail("auth.parse.error.expected-semicolon");
    }
    first = false;
    const comments: string[] = [];
    scanner.skipCfws(comments);
    if (lenient && (scanner.atEnd() || scanner.peek() === ";")) {
      continue;
    }

    if (lenient) {
      const bare = readBareSegment(scanner);
      if (bare !== null) {
        authservId ??= bare;
        continue;
      }
      if (startsWithProperty(scanner)) {
        const previous = results[results.length - 1] ?? emptyResInfo();
        previous.comments = [...(previous.comments ?? []), ...comments];
        readResInfoTail(scanner, previous, true);
        continue;
      }
    }

    const methodStart = scanner.position;
    const word = readKeyword(scanner, lenient, "expected-method");
    const afterWord = scanner.position;
    scanner.skipCfws();
    const isNone =
      word.toLowerCase() === "none" &&
      scanner.peek() !== "=" &&
      scanner.peek() !== "/";
    if (isNone) {
      if (!lenient && (none || results.length > 0)) {
        scanner.fail("auth.parse.error.none-with-results", methodStart);
      }
      none = true;
      continue;
    }
    scanner.position = afterWord;
    results.push(readResInfo(scanner, word, comments, lenient));
  }

  if (!lenient && none && results.length > 0) {
    scanner.fail("auth.parse.error.none-with-results");
  }
  if (!none && results.length === 0) {
    scanner.fail("auth.parse.error.expected-semicolon");
  }
  return {
    authservId,
    version,
    none: none && results.length === 0,
    lenient,
    results,
  };
}

/** Tells whether the value starts with `method[/version]=`, no authserv-id. */
function startsWithMethodSpec(scanner: Scanner): boolean {
  const start = scanner.position;
  try {
    if (readKeyword(scanner, true, "expected-method") === "") {
      return false;
    }
    scanner.skipCfws();
    if (scanner.accept("/")) {
      scanner.skipCfws();
      scanner.readWhile((char) => /[0-9]/.test(char));
      scanner.skipCfws();
    }
    return scanner.peek() === "=";
  } catch (error) {
    if (error instanceof ScanError) {
      return false;
    }
    throw error;
  } finally {
    scanner.position = start;
  }
}

/**
 * Reads a segment without `=` that sits between semicolons, as older
 * Exchange Online headers write their authserv-id between results
 * (`spf=pass ...; outlook.com; dkim=none ...`). Returns null, consuming
 * nothing, when the segment is something else or is `none`.
 */
function readBareSegment(scanner: Scanner): string | null {
  const start = scanner.position;
  const value = readLooseValue(scanner);
  scanner.skipCfws();
  const isBare =
    value !== "" &&
    !value.includes("=") &&
    value.toLowerCase() !== "none" &&
    (scanner.atEnd() || scanner.peek() === ";");
  if (!isBare) {
    scanner.position = start;
    return null;
  }
  return value;
}

/**
 * Tells whether a segment starts with `ptype.property=` and no method, as
 * old Yahoo headers write `dkim=permerror (bad sig); header.i=@example.com`.
 * Such properties belong to the result before them.
 */
function startsWithProperty(scanner: Scanner): boolean {
  const start = scanner.position;
  try {
    readKeyword(scanner, true, "expected-property");
    scanner.skipCfws();
    if (!scanner.accept(".")) {
      return false;
    }
    scanner.skipCfws();
    readKeyword(scanner, true, "expected-property");
    scanner.skipCfws();
    return scanner.peek() === "=";
  } catch (error) {
    if (error instanceof ScanError) {
      return false;
    }
    throw error;
  } finally {
    scanner.position = start;
  }
}

function emptyResInfo(): ResInfo {
  return {
    method: "",
    methodVersion: null,
    result: "",
    reason: null,
    properties: [],
    comments: [],
  };
}

function readAuthservId(scanner: Scanner, lenient: boolean): string {
  const start = scanner.position;
  const next = scanner.peek();
  if (next === ";" || (!lenient && next !== '"' && !isTokenChar(next))) {
    scanner.fail("auth.parse.error.expected-authserv-id");
  }
  const id = lenient ? readLooseValue(scanner) : readValue(scanner);
  if (scanner.position === start) {
    scanner.fail("auth.parse.error.expected-authserv-id");
  }
  return id;
}

/** Reads the optional `authres-version` after the authserv-id. */
function readVersion(scanner: Scanner, lenient: boolean): string | null {
  const hadSpace = scanner.skipCfws();
  if (!hadSpace || !/[0-9]/.test(scanner.peek())) {
    return null;
  }
  const start = scanner.position;
  const digits = scanner.readWhile((char) => /[0-9]/.test(char));
  const next = scanner.peek();
  const endsHere =
    scanner.atEnd() || next === ";" || next === "(" || /\s/.test(next);
  if (!endsHere) {
    if (!lenient) {
      scanner.fail("auth.parse.error.invalid-version", start);
    }
    scanner.position = start;
    return null;
  }
  return digits;
}

/** Reads `methodspec [reasonspec] *propspec` up to the next `;`. */
function readResInfo(
  scanner: Scanner,
  methodWord: string,
  comments: string[],
  lenient: boolean,
): ResInfo {
  const method = methodWord.toLowerCase();
  scanner.skipCfws(comments);

  let methodVersion: string | null = null;
  if (scanner.accept("/")) {
    scanner.skipCfws(comments);
    methodVersion = scanner.readWhile((char) => /[0-9]/.test(char));
    if (methodVersion === "") {
      scanner.fail("auth.parse.error.expected-version");
    }
    scanner.skipCfws(comments);
  }
  scanner.expect("=", "auth.parse.error.expected-equals");
  scanner.skipCfws(comments);
  const result = readResult(scanner, lenient);

  const resinfo: ResInfo = {
    method,
    methodVersion,
    result,
    reason: null,
    properties: [],
    comments,
  };
  readResInfoTail(scanner, resinfo, lenient);
  return resinfo;
}

/**
 * Reads a result keyword. The lenient mode reads any run up to white space,
 * `;` or `(`, as old Yahoo headers write `from=example.com` segments.
 */
function readResult(scanner: Scanner, lenient: boolean): string {
  if (!lenient) {
    return readKeyword(scanner, false, "expected-result").toLowerCase();
  }
  const result = scanner.readLooseRun();
  if (result === "") {
    scanner.fail("auth.parse.error.expected-result");
  }
  return result.toLowerCase();
}

/**
 * Reads the optional `reasonspec` and the `propspec`s after a methodspec up
 * to the next `;`, adding them to `resinfo`.
 */
function readResInfoTail(
  scanner: Scanner,
  resinfo: ResInfo,
  lenient: boolean,
): void {
  const properties: ResultProperty[] = resinfo.properties;
  const comments = (resinfo.comments ??= []);
  while (true) {
    const hadSpace = scanner.skipCfws(comments);
    if (scanner.atEnd() || scanner.peek() === ";") {
      break;
    }
    if (!hadSpace && !lenient) {
      scanner.fail("auth.parse.error.unexpected-character");
    }

    const keyStart = scanner.position;
    const key = readKeyword(scanner, lenient, "unexpected-character");
    scanner.skipCfws(comments);
    const isReason =
      key.toLowerCase() === "reason" &&
      scanner.peek() === "=" &&
      resinfo.reason === null;
    if (isReason) {
      if (!lenient && properties.length > 0) {
        scanner.fail("auth.parse.error.misplaced-reason", keyStart);
      }
      scanner.position += 1;
      scanner.skipCfws(comments);
      resinfo.reason = lenient ? readLooseValue(scanner) : readValue(scanner);
    } else if (scanner.accept(".")) {
      scanner.skipCfws(comments);
      const property = readKeyword(scanner, lenient, "expected-property");
      scanner.skipCfws(comments);
      scanner.expect("=", "auth.parse.error.expected-equals");
      scanner.skipCfws(comments);
      const value = lenient ? readLooseValue(scanner) : readPvalue(scanner);
      properties.push({
        ptype: key.toLowerCase(),
        property: property.toLowerCase(),
        value,
      });
    } else if (lenient && scanner.accept("=")) {
      scanner.skipCfws(comments);
      properties.push({
        ptype: "",
        property: key.toLowerCase(),
        value: readLooseValue(scanner),
      });
    } else {
      scanner.fail("auth.parse.error.expected-property");
    }
  }
}

/**
 * Reads a Keyword (RFC 5321 Ldh-str). The lenient mode also accepts `_`,
 * which some filters use in their own method names.
 */
function readKeyword(
  scanner: Scanner,
  lenient: boolean,
  errorName: string,
): string {
  const word = scanner.readWhile(
    (char) => isKeywordChar(char) || (lenient && char === "_"),
  );
  if (word === "") {
    scanner.fail(`auth.parse.error.${errorName}`);
  }
  return word;
}

/** Reads a `value` (RFC 2045 token or quoted-string). */
function readValue(scanner: Scanner): string {
  if (scanner.peek() === '"') {
    return scanner.readQuotedString();
  }
  const token = scanner.readWhile(isTokenChar);
  if (token === "") {
    scanner.fail("auth.parse.error.expected-value");
  }
  return token;
}

/**
 * Reads a `pvalue`: a value, or `[local-part] "@" domain-name` (RFC 8601
 * section 2.2), so `sender@example.net` and `@example.net` need no quotes.
 */
function readPvalue(scanner: Scanner): string {
  const start = scanner.position;
  let localPart = "";
  if (scanner.peek() === '"') {
    const quoted = scanner.readQuotedString();
    if (scanner.peek() !== "@") {
      return quoted;
    }
    localPart = scanner.text.slice(start, scanner.position);
  }

  const run = scanner.readWhile(
    (char) => isAtextChar(char) || char === "." || char === "@",
  );
  const text = localPart + run;
  if (isAddressPvalue(text, localPart !== "")) {
    return text;
  }
  if (localPart === "" && text !== "" && [...text].every(isTokenChar)) {
    return text;
  }
  return scanner.fail("auth.parse.error.invalid-value", start);
}

function isAddressPvalue(text: string, quotedLocalPart: boolean): boolean {
  const at = text.lastIndexOf("@");
  if (at < 0) {
    return false;
  }
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  const localValid = quotedLocalPart || local === "" || isDotAtom(local);
  return localValid && isDomainName(domain);
}

function isDotAtom(text: string): boolean {
  return text
    .split(".")
    .every((atom) => atom !== "" && [...atom].every(isAtextChar));
}

/** RFC 6376 section 3.5 domain-name: labels of letters, digits, hyphens. */
export function isDomainName(text: string): boolean {
  const labels = text.split(".");
  return (
    labels.length >= 2 &&
    labels.every(
      (label) =>
        /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(label) ||
        isUtf8Label(label),
    )
  );
}

/**
 * Reads a value in the lenient mode: a quoted-string, or any run of
 * characters up to white space, `;`, `(` or the end. May return "".
 */
function readLooseValue(scanner: Scanner): string {
  if (scanner.peek() === '"') {
    const quoted = scanner.readQuotedString();
    if (scanner.peek() !== "@") {
      return quoted;
    }
    return `"${quoted}"${scanner.readLooseRun()}`;
  }
  return scanner.readLooseRun();
}

/** True for a non-empty label made only of non-ASCII characters (RFC 6532). */
function isUtf8Label(label: string): boolean {
  return label !== "" && [...label].every((char) => char.charCodeAt(0) >= 0x80);
}
