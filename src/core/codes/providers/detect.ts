import type { ProviderId } from "../types";
import { normalizeDiagnostic } from "./normalize";

type ProviderFragments = readonly [ProviderId, readonly string[]];

/**
 * Text that shows which provider wrote a bounce: host names of its mail
 * servers, tags it puts in replies, and wording only it uses. Matched
 * case-insensitively. Order matters: Outlook.com's servers are a subdomain of
 * Exchange Online's (`olc.protection.outlook.com`), so Outlook.com is tried
 * first.
 */
const PROVIDER_FRAGMENTS: readonly ProviderFragments[] = [
  [
    "outlook.com",
    [
      "olc.protection.outlook.com",
      "does not meet the required authentication level",
      "hotmail-com.",
      "outlook-com.",
      "live-com.",
      "msn-com.",
    ],
  ],
  [
    "office365",
    [
      "protection.outlook.com",
      "outlook.office365.com",
      "prod.outlook.com",
      "smtp.office365.com",
      "RESOLVER.ADR.",
      "RESOLVER.RST.",
      "STOREDRV.",
      "SMTPSEND.",
      "TenantAttribution",
      "Microsoft Exchange Online",
    ],
  ],
  ["gmail", ["gsmtp", "gcdp", "google.com", "googlemail.com"]],
  [
    "yahoo",
    [
      "yahoodns.net",
      "yahooinc.com",
      "yahoo-inc.com",
      "yahoo.com account",
      "aol.com account",
      "[TSS0",
      "[TS0",
      "#4.16.",
    ],
  ],
];

/**
 * Names of providers as other code and people write them, lower case, for
 * `parseProviderId`.
 */
const PROVIDER_ALIASES: Readonly<Record<string, ProviderId>> = {
  office365: "office365",
  "office 365": "office365",
  o365: "office365",
  microsoft365: "office365",
  "microsoft 365": "office365",
  exchangeonline: "office365",
  "exchange online": "office365",
  "exchange-online": "office365",
  "outlook.com": "outlook.com",
  outlook: "outlook.com",
  hotmail: "outlook.com",
  "hotmail.com": "outlook.com",
  "live.com": "outlook.com",
  gmail: "gmail",
  "gmail.com": "gmail",
  google: "gmail",
  "google workspace": "gmail",
  googlemail: "gmail",
  yahoo: "yahoo",
  "yahoo.com": "yahoo",
  aol: "yahoo",
  "aol.com": "yahoo",
};

/** Maximum length of a provider name that `parseProviderId` accepts. */
const MAX_PROVIDER_NAME_LENGTH = 64;

/**
 * Returns the provider whose servers wrote `text` (a diagnostic code,
 * remote MTA name or bounce body), or null when no provider's fragments
 * occur. A fragment right after `@` is part of an email address, which does
 * not show who wrote the text, so it does not count.
 */
export function detectProvider(text: string): ProviderId | null {
  if (typeof text !== "string" || text === "") {
    return null;
  }

  const haystack = normalizeDiagnostic(text);
  for (const [provider, fragments] of PROVIDER_FRAGMENTS) {
    const found = fragments.some((fragment) =>
      containsOutsideAddress(haystack, fragment),
    );
    if (found) {
      return provider;
    }
  }
  return null;
}

/**
 * Returns the provider id that `name` stands for (`office365`, `Gmail`,
 * `hotmail`, `AOL` and similar names), or null when it names none.
 */
export function parseProviderId(
  name: string | null | undefined,
): ProviderId | null {
  if (typeof name !== "string" || name.length > MAX_PROVIDER_NAME_LENGTH) {
    return null;
  }

  const normalized = name.trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(PROVIDER_ALIASES, normalized)
    ? (PROVIDER_ALIASES[normalized] ?? null)
    : null;
}

function containsOutsideAddress(haystack: string, fragment: string): boolean {
  const needle = fragment.toLowerCase();
  let index = haystack.indexOf(needle);
  while (index !== -1) {
    if (index === 0 || haystack[index - 1] !== "@") {
      return true;
    }
    index = haystack.indexOf(needle, index + 1);
  }
  return false;
}
