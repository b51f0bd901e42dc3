import { isDigitCode, isJavaScriptSpaceCode, isTokenCode } from "./chars";
import type { Reader } from "./reader";
import { readResInfo, readResInfoTail } from "./resinfo";
import type { ResInfo } from "./types";

/** State that a reading carries from one `;`-separated segment to the next. */
export interface HeaderState {
  authservId: string | null;
  version: string | null;
  none: boolean;
  results: ResInfo[];
  /** True until the first segment after the authserv-id has been read. */
  first: boolean;
}

/**
 * Resume point of a lenient reading after a failed strict one: before the
 * authserv-id (`head`), or before the `;` of a segment, with the state that
 * the segments before it left.
 */
export interface Checkpoint {
  head: boolean;
  position: number;
  authservId: string | null;
  version: string | null;
  none: boolean;
  first: boolean;
  resultCount: number;
}

export function emptyHeaderState(): HeaderState {
  return {
    authservId: null,
    version: null,
    none: false,
    results: [],
    first: true,
  };
}

/** Reads the authserv-id and the optional version before the first `;`. */
export function readHead(reader: Reader, state: HeaderState): void {
  reader.skipCfws();
  if (reader.atEnd()) {
    reader.fail("auth.parse.error.empty");
    return;
  }
  // Microsoft 365 writes no authserv-id.
  if (reader.lenient && startsWithMethodSpec(reader)) {
    return;
  }
  state.authservId = readAuthservId(reader);
  state.version = readVersion(reader);
}

/**
 * Reads the `;`-separated segments up to the end of the value, then checks
 * what the grammar requires at the end. When `checkpoint` is given, it is
 * moved to each segment whose `;` the reader accepted, as long as the
 * lenient mode would have read the segments before it the same way.
 */
export function readSegments(
  reader: Reader,
  state: HeaderState,
  checkpoint: Checkpoint | null,
): void {
  while (reader.failure === null) {
    const segmentStart = reader.position;
    const first = state.first;
    if (!readSeparator(reader, state)) {
      break;
    }
    if (checkpoint !== null && !reader.lenientReadsDifferently) {
      checkpoint.head = false;
      checkpoint.position = segmentStart;
      checkpoint.authservId = state.authservId;
      checkpoint.version = state.version;
      checkpoint.none = state.none;
      checkpoint.first = first;
      checkpoint.resultCount = state.results.length;
    }
    readSegment(reader, state);
  }
  if (reader.failure === null) {
    checkEnd(reader, state);
  }
}

/** Checks what the grammar requires once every segment has been read. */
function checkEnd(reader: Reader, state: HeaderState): void {
  if (!reader.lenient && state.none && state.results.length > 0) {
    reader.fail("auth.parse.error.none-with-results");
    return;
  }
  if (!state.none && state.results.length === 0) {
    reader.fail("auth.parse.error.expected-semicolon");
  }
}

/**
 * Reads the `;` that opens a segment, which the lenient mode does not
 * require before the first one. Returns false at the end of the value or
 * after a failure.
 */
function readSeparator(reader: Reader, state: HeaderState): boolean {
  reader.skipCfws();
  if (reader.atEnd()) {
    return false;
  }
  const semicolonOptional = state.first && reader.lenient;
  if (!reader.accept(";") && !semicolonOptional) {
    reader.fail("auth.parse.error.expected-semicolon");
    return false;
  }
  state.first = false;
  return true;
}

/** Reads the segment after a `;`: a resinfo or `none`, into `state`. */
function readSegment(reader: Reader, state: HeaderState): void {
  const comments: string[] = [];
  reader.skipCfws(comments);
  if (reader.lenient && readLenientSegment(reader, state, comments)) {
    return;
  }

  const methodStart = reader.position;
  const word = reader.readKeyword("auth.parse.error.expected-method");
  const afterWord = reader.position;
  reader.skipCfws();
  if (reader.failure !== null) {
    return;
  }
  const isNone =
    !reader.peekIs("=") &&
    !reader.peekIs("/") &&
    word.toLowerCase() === "none";
  if (isNone) {
    if (!reader.lenient && (state.none || state.results.length > 0)) {
      reader.fail("auth.parse.error.none-with-results", methodStart);
      return;
    }
    state.none = true;
    return;
  }
  reader.position = afterWord;
  state.results.push(readResInfo(reader, word, comments));
}

/**
 * Reads the segments that only the lenient mode accepts: empty ones, a bare
 * authserv-id, and properties without a method. Returns false, consuming
 * nothing, for an ordinary resinfo or `none`.
 */
function readLenientSegment(
  reader: Reader,
  state: HeaderState,
  comments: string[],
): boolean {
  if (reader.atEnd() || reader.peekIs(";")) {
    return true;
  }
  const bare = readBareSegment(reader);
  if (reader.failure !== null) {
    return true;
  }
  if (bare !== null) {
    state.authservId ??= bare;
    return true;
  }
  if (startsWithProperty(reader)) {
    const previous = state.results[state.results.length - 1] ?? emptyResInfo();
    previous.comments = [...(previous.comments ?? []), ...comments];
    readResInfoTail(reader, previous);
    return true;
  }
  return false;
}

function readAuthservId(reader: Reader): string {
  const start = reader.position;
  const next = reader.codeAt(start);
  const strictStart = reader.peekIs('"') || isTokenCode(next);
  if (reader.peekIs(";") || (!reader.lenient && !strictStart)) {
    reader.fail("auth.parse.error.expected-authserv-id");
    return "";
  }
  const id = reader.lenient ? reader.readLooseValue() : reader.readValue();
  if (reader.position === start) {
    reader.fail("auth.parse.error.expected-authserv-id");
  }
  return id;
}

/** Reads the optional `authres-version` after the authserv-id. */
function readVersion(reader: Reader): string | null {
  const hadSpace = reader.skipCfws();
  if (!hadSpace || !isDigitCode(reader.codeAt(reader.position))) {
    return null;
  }
  const start = reader.position;
  const digits = reader.readDigits();
  const endsHere =
    reader.atEnd() ||
    reader.peekIs(";") ||
    reader.peekIs("(") ||
    isJavaScriptSpaceCode(reader.codeAt(reader.position));
  if (endsHere) {
    return digits;
  }
  if (!reader.lenient) {
    reader.fail("auth.parse.error.invalid-version", start);
    return null;
  }
  reader.position = start;
  return null;
}

/** Tells whether the value starts with `method[/version]=`, no authserv-id. */
function startsWithMethodSpec(reader: Reader): boolean {
  const start = reader.position;
  let index = reader.keywordEnd(start, true);
  if (index === start) {
    return false;
  }
  index = reader.cfwsEnd(index);
  if (index >= 0 && reader.hasCharAt(index, "/")) {
    index = reader.cfwsEnd(index + 1);
    if (index >= 0) {
      index = reader.cfwsEnd(reader.digitsEnd(index));
    }
  }
  return index >= 0 && reader.hasCharAt(index, "=");
}

/**
 * Reads a segment without `=` that sits between semicolons, as older
 * Exchange Online headers write their authserv-id between results
 * (`spf=pass ...; outlook.com; dkim=none ...`). Returns null, consuming
 * nothing, when the segment is something else or is `none`.
 */
function readBareSegment(reader: Reader): string | null {
  const start = reader.position;
  const value = reader.readLooseValue();
  reader.skipCfws();
  const isBare =
    value !== "" &&
    !value.includes("=") &&
    value.toLowerCase() !== "none" &&
    (reader.atEnd() || reader.peekIs(";"));
  if (isBare) {
    return value;
  }
  if (reader.failure === null) {
    reader.position = start;
  }
  return null;
}

/**
 * Tells whether a segment starts with `ptype.property=` and no method, as
 * old Yahoo headers write `dkim=permerror (bad sig); header.i=@example.com`.
 * Such properties belong to the result before them.
 */
function startsWithProperty(reader: Reader): boolean {
  const start = reader.position;
  let index = reader.keywordEnd(start, true);
  if (index === start) {
    return false;
  }
  index = reader.cfwsEnd(index);
  if (index < 0 || !reader.hasCharAt(index, ".")) {
    return false;
  }
  const propertyStart = reader.cfwsEnd(index + 1);
  if (propertyStart < 0) {
    return false;
  }
  index = reader.keywordEnd(propertyStart, true);
  if (index === propertyStart) {
    return false;
  }
  index = reader.cfwsEnd(index);
  return index >= 0 && reader.hasCharAt(index, "=");
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
