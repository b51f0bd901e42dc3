import { Reader } from "./reader";
import { laterFailure } from "./scanner";
import {
  emptyHeaderState,
  readHead,
  readSegments,
  type Checkpoint,
  type HeaderState,
} from "./segments";
import type { AuthResultsHeader, AuthResultsParse } from "./types";

/**
 * Parses an Authentication-Results header value (without the field name)
 * following the RFC 8601 section 2.2 grammar.
 *
 * The value is read strictly first. When that fails, it is read in a
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
  return readAuthResultsPayload(value, 0);
}

/**
 * Parses `value` in one mode from the start, without the other mode. The
 * result of `parseAuthenticationResults` equals the strict one when that
 * succeeds, and else `laterFailure` of the strict and the lenient one.
 */
export function parseInMode(
  value: string,
  mode: "strict" | "lenient",
): AuthResultsParse {
  const reader = new Reader(value, 0, mode === "lenient");
  return readToEnd(reader, emptyHeaderState(), true, null);
}

/**
 * Reads an `authres-payload` from `start` to the end of `text`: strictly,
 * then leniently when the strict reading fails.
 *
 * The lenient reading does not start over. Once the strict reading has
 * accepted the `;` of a segment, the lenient mode reads the authserv-id and
 * every segment before it the same way. So the lenient reading starts at
 * the last segment whose `;` the strict reading accepted, with the state
 * the segments before it left. The exception is a quoted local part with
 * quoted pairs or line breaks, which the lenient mode unquotes: no later
 * segment becomes a starting point.
 */
export function readAuthResultsPayload(
  text: string,
  start: number,
): AuthResultsParse {
  const state = emptyHeaderState();
  const checkpoint: Checkpoint = {
    head: true,
    position: start,
    authservId: null,
    version: null,
    none: false,
    first: true,
    resultCount: 0,
  };
  const strict = readToEnd(
    new Reader(text, start, false),
    state,
    true,
    checkpoint,
  );
  if (strict.ok) {
    return strict;
  }

  const lenientState: HeaderState = {
    authservId: checkpoint.authservId,
    version: checkpoint.version,
    none: checkpoint.none,
    results: state.results.slice(0, checkpoint.resultCount),
    first: checkpoint.first,
  };
  const lenient = readToEnd(
    new Reader(text, checkpoint.position, true),
    lenientState,
    checkpoint.head,
    null,
  );
  return lenient.ok ? lenient : laterFailure(strict, lenient);
}

/**
 * Reads from the reader's position to the end: the authserv-id first when
 * `withHead` is set, then the segments. See `readSegments` for `checkpoint`.
 */
function readToEnd(
  reader: Reader,
  state: HeaderState,
  withHead: boolean,
  checkpoint: Checkpoint | null,
): AuthResultsParse {
  if (withHead) {
    readHead(reader, state);
  }
  readSegments(reader, state, checkpoint);
  if (reader.failure !== null) {
    return reader.failure;
  }
  const header: AuthResultsHeader = {
    authservId: state.authservId,
    version: state.version,
    none: state.none && state.results.length === 0,
    lenient: reader.lenient,
    results: state.results,
  };
  return { ok: true, header };
}
