import type { AnalyzeOptions } from "../analysis-types";
import type { HeaderField } from "../mime/types";
import { alignmentFacts } from "./alignment";
import { parseDkimSignature } from "./dkim-signature";
import { microsoftAnalysis } from "./microsoft";
import { overallVerdict } from "./overall";
import { decideTrust } from "./trust";
import { combineDkimStates, stateOfResult } from "./verdict-state";
import type {
  AuthenticationAnalysis,
  AuthResultsHeader,
  Badge,
  DkimSignatureTags,
  ReceivedSpf,
  ResInfo,
  VerdictState,
} from "./types";

/**
 * Analyses the authentication headers of one message: decides which
 * Authentication-Results headers the receiving side wrote, gives one badge
 * per method (SPF, DKIM, DMARC), works out DMARC alignment and Microsoft
 * 365 anti-spam facts, and an overall verdict with advice. Headers are in
 * top-to-bottom order (index 0 is the topmost). Bad header values do not
 * throw. They end up in `fields` with a failed parse.
 *
 * SPF, DMARC and ARC come from the lowest trusted header that has them,
 * because the server at the border of the receiving domain receives the
 * connection from the sending server, while servers above it check
 * internal relays.
 * DKIM passes when any trusted DKIM result passed, else takes the worst
 * state. Received-SPF stands in for SPF only as `decideTrust` allows.
 */
export function analyzeAuthentication(
  headers: readonly HeaderField[],
  options: AnalyzeOptions,
): AuthenticationAnalysis {
  const trust = decideTrust(headers, options.trustedAuthservIds ?? []);
  const trustedHeaders: AuthResultsHeader[] = [];
  for (const field of trust.fields) {
    if (field.trusted && field.parse.ok) {
      trustedHeaders.push(field.parse.header);
    }
  }
  const trustedReceivedSpf = trust.receivedSpf.find((field) => field.trusted);
  const receivedSpfEvidence =
    trustedReceivedSpf?.parse.ok === true
      ? receivedSpfAsResInfo(trustedReceivedSpf.parse.receivedSpf)
      : null;

  const hasTrustedHeader = trustedHeaders.length > 0;
  const missingState: VerdictState = hasTrustedHeader
    ? "not-available"
    : "not-checked";

  const spfEvidence =
    borderResults(trustedHeaders, "spf") ??
    (receivedSpfEvidence === null ? [] : [receivedSpfEvidence]);
  const dkimEvidence = trustedHeaders.flatMap((header) =>
    header.results.filter((resinfo) => resinfo.method === "dkim"),
  );
  const dmarcEvidence = borderResults(trustedHeaders, "dmarc") ?? [];

  const spf: Badge = {
    method: "spf",
    state: firstState(spfEvidence, missingState),
    evidence: spfEvidence,
  };
  const dkim: Badge = {
    method: "dkim",
    state:
      dkimEvidence.length === 0
        ? missingState
        : combineDkimStates(dkimEvidence),
    evidence: dkimEvidence,
  };
  const dmarc: Badge = {
    method: "dmarc",
    state: firstState(dmarcEvidence, missingState),
    evidence: dmarcEvidence,
  };

  const alignment = alignmentFacts({
    headers,
    spf: { state: spf.state, evidence: spfEvidence },
    dkim: { evidence: dkimEvidence },
    dmarc: { state: dmarc.state, evidence: dmarcEvidence },
    arcResult: borderResults(trustedHeaders, "arc")?.[0]?.result ?? null,
  });
  const { overall, advice } = overallVerdict(dmarc, alignment);

  return {
    authservId: trust.authservId,
    fields: trust.fields,
    badges: [spf, dkim, dmarc],
    overall,
    fromDomain: alignment.fromDomain,
    alignment,
    microsoft: microsoftAnalysis(
      headers,
      trustedHeaders.flatMap((header) => header.results),
    ),
    advice,
    receivedSpf: trust.receivedSpf,
    dkimSignatures: dkimSignatures(headers),
  };
}

/**
 * Results for `method` from the lowest of `headers` (given top to bottom)
 * that has any; else null.
 */
function borderResults(
  headers: readonly AuthResultsHeader[],
  method: string,
): ResInfo[] | null {
  for (const header of [...headers].reverse()) {
    const results = header.results.filter(
      (resinfo) => resinfo.method === method,
    );
    if (results.length > 0) {
      return results;
    }
  }
  return null;
}

function firstState(
  evidence: readonly ResInfo[],
  missingState: VerdictState,
): VerdictState {
  const first = evidence[0];
  return first === undefined ? missingState : stateOfResult(first.result);
}

/**
 * Restates a Received-SPF field as an `spf` resinfo, so alignment reads the
 * envelope-from and HELO domains the same way as from Authentication-Results.
 */
function receivedSpfAsResInfo(receivedSpf: ReceivedSpf): ResInfo {
  const properties = [];
  const envelopeFrom = receivedSpf.pairs["envelope-from"];
  if (envelopeFrom !== undefined) {
    properties.push({
      ptype: "smtp",
      property: "mailfrom",
      value: envelopeFrom,
    });
  }
  const helo = receivedSpf.pairs.helo;
  if (helo !== undefined) {
    properties.push({ ptype: "smtp", property: "helo", value: helo });
  }
  return {
    method: "spf",
    methodVersion: null,
    result: receivedSpf.result,
    reason: null,
    properties,
    comments: receivedSpf.comment === null ? [] : [receivedSpf.comment],
  };
}

function dkimSignatures(headers: readonly HeaderField[]): DkimSignatureTags[] {
  const signatures: DkimSignatureTags[] = [];
  for (const header of headers) {
    if (header.key === "dkim-signature") {
      const tags = parseDkimSignature(header.value);
      if (tags !== null) {
        signatures.push(tags);
      }
    }
  }
  return signatures;
}
