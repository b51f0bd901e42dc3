export type * from "./types";
export { REPLY_CODES } from "./basic-catalog";
export { lookupReplyCode } from "./basic-lookup";
export { ENHANCED_STATUS_CODES } from "./enhanced-catalog";
export {
  STATUS_CLASSES,
  STATUS_SUBJECTS,
  findStatusClass,
  findStatusSubject,
} from "./enhanced-structure";
export { findRegisteredStatus, lookupEnhancedStatus } from "./enhanced-lookup";
export { explainCodes } from "./explain";
export { parseEnhancedStatus } from "./parse-status";
export {
  GMAIL_CODES,
  OFFICE365_CODES,
  OUTLOOK_COM_CODES,
  PROVIDER_CODES,
  PROVIDER_IDS,
  YAHOO_CODES,
  detectProvider,
  parseProviderId,
} from "./providers";
export { findProviderStatus, findProviderText } from "./providers/match";
export type { ProviderMatchContext } from "./providers/match";
