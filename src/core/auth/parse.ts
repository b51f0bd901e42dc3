import { Reader } from "./reader";
import { laterFailure } from "./scanner";
import {
  emptyHeaderState,
  readHead,
  readSegments,
  type Checkpoint,
  type HeaderState,
} from "./segments";
import type { AuthResultsHeader, AuthResultsParse, ResInfo } from "./types";

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
 * Reads an `authres-payload` from `start` to the end of `text`: strictly,
 * then leniently when the strict reading fails.
 *
 * The lenient reading does not start over. Once the strict reading has
 * accepted the `;` of a segment, the lenient mode reads the authserv-id and
 * every segment before it the same way. So the lenient reading starts at
 * the last segment whose `;` the strict reading accepted, with the state
 * the segments before it left. The exception is a quoted local part with
 * quoted pairs, which the lenient mode unquotes: no later segment becomes
 * a starting point.
 */
export function readAuthResultsPayload(
  text: string,
  start: number,
): AuthResultsParse {
  const reader = new Reader(text, start, false);
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

  readHead(reader, state);
  readSegments(reader, state, checkpoint);
  if (reader.failure === null) {
    return { ok: true, header: headerOf(state, false) };
  }

  const lenient = readLenientlyFrom(text, checkpoint, state.results);
  return lenient.ok ? lenient : laterFailure(reader.failure, lenient);
}

/** Reads leniently from `checkpoint`, after the strict `results` before it. */
function readLenientlyFrom(
  text: string,
  checkpoint: Checkpoint,
  results: ResInfo[],
): AuthResultsParse {
  const reader = new Reader(text, checkpoint.position, true);
  const state: HeaderState = {
    authservId: checkpoint.authservId,
    version: checkpoint.version,
    none: checkpoint.none,
    results: results.slice(0, checkpoint.resultCount),
    first: checkpoint.first,
  };
  if (checkpoint.head) {
    readHead(reader, state);
  }
  readSegments(reader, state, null);
  return reader.failure ?? { ok: true, header: headerOf(state, true) };
}

function headerOf(state: HeaderState, lenient: boolean): AuthResultsHeader {
  return {
    authservId: state.authservId,
    version: state.version,
    none: state.none && state.results.length === 0,
    lenient,
    results: state.results,
  };
}
