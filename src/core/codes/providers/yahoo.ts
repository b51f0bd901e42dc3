import type { ProviderCodeInfo } from "../types";
import { providerCodeBuilder } from "./provider-code";

const yahoo = providerCodeBuilder("yahoo");

/**
 * Yahoo and AOL codes, sorted by code. Yahoo marks its replies with its own
 * tags (`[TSS04]`, `[TS03]`, `[PH01]`, `#4.16.1`), which are more specific
 * than the status code. Its 5.7.9 means failed SPF, DKIM or DMARC checks,
 * where IANA's X.7.9 is a too weak authentication mechanism. Entries without
 * a status code are found by their text.
 */
export const YAHOO_CODES: readonly ProviderCodeInfo[] = [
  yahoo("4.7.0:TSS04", "421", "later", "sender-admin", "badreputation",
    "[TSS04] Messages temporarily deferred due to unexpected volume or user " +
      "complaints",
    ["TSS04"]),
  yahoo("4.7.1:TS03", "421", "after-fix", "sender-admin", "badreputation",
    "[TS03] All messages from the IP permanently deferred", ["TS03"]),
  yahoo("5.7.9", "554", "after-fix", "sender-admin", "policyviolation",
    "Message not accepted for policy reasons (failed authentication checks)"),
  yahoo("5.7.9:unauthenticated", "550", "after-fix", "sender-admin",
    "authfailure", "The sender is unauthenticated; SPF or DKIM must pass"),
  yahoo("no-account", "554", "after-fix", "sender", "userunknown",
    "This user doesn't have a yahoo.com account",
    ["doesn't have a yahoo.com account", "doesn't have an aol.com account"]),
  yahoo("policy-content", "554", "after-fix", "sender", "policyviolation",
    "Message not accepted for policy reasons [PH01]", ["[PH0", "[PH1"]),
  yahoo("resources-unavailable", "451", "later", "nobody", "systemerror",
    "Resources temporarily unavailable. Please try again later [#4.16.1]",
    ["#4.16.1"]),
  yahoo("unresolvable-from", "451/554", "after-fix", "sender-admin",
    "rejected", "Unresolvable RFC5321 or RFC5322 From domain",
    ["unresolvable rfc"]),
];
