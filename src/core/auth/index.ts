export { analyzeAuthentication } from "./analyze";
export {
  alignmentFacts,
  matchDomains,
  ALIGNMENT_REASON_KEYS,
} from "./alignment";
export { parseDkimSignature } from "./dkim-signature";
export { dmarcPolicyOf } from "./dmarc-policy";
export { domainOfAddress, organizationalDomain } from "./domains";
export { formatAuthenticationResults } from "./format";
export {
  badgeLabelKey,
  BADGE_METHODS,
  OVERALL_VERDICTS,
  overallAdviceKey,
  overallTitleKey,
  PARSE_ERROR_KEYS,
  SPECIFIC_ADVICE_KEYS,
  stateFixKey,
  stateMeaningKey,
} from "./keys";
export { microsoftAnalysis } from "./microsoft";
export { parseAuthenticationResults } from "./parse";
export { parseArcAuthenticationResults } from "./parse-arc";
export { parseReceivedSpf } from "./received-spf";
export { decideTrust, matchesTrustedId } from "./trust";
export { stateOfResult, VERDICT_STATES } from "./verdict-state";
export type * from "./types";
