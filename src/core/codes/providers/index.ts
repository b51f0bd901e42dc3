import type { ProviderCodeInfo, ProviderId } from "../types";
import { GMAIL_CODES } from "./gmail";
import { OFFICE365_CODES, OUTLOOK_COM_CODES } from "./microsoft";
import { YAHOO_CODES } from "./yahoo";

export { GMAIL_CODES } from "./gmail";
export { OFFICE365_CODES, OUTLOOK_COM_CODES } from "./microsoft";
export { YAHOO_CODES } from "./yahoo";
export { detectProvider, parseProviderId } from "./detect";

/** Every provider the catalogs know. */
export const PROVIDER_IDS: readonly ProviderId[] = [
  "outlook.com",
  "office365",
  "gmail",
  "yahoo",
];

/** Each provider's own codes. */
export const PROVIDER_CODES: Readonly<
  Record<ProviderId, readonly ProviderCodeInfo[]>
> = {
  office365: OFFICE365_CODES,
  "outlook.com": OUTLOOK_COM_CODES,
  gmail: GMAIL_CODES,
  yahoo: YAHOO_CODES,
};

/**
 * Providers whose codes apply when a provider's own list has no entry:
 * Outlook.com runs on Exchange Online's filtering service.
 */
const FALLBACK_PROVIDER: Partial<Record<ProviderId, ProviderId>> = {
  "outlook.com": "office365",
};

/** Returns the code lists to search for `provider`, most specific first. */
export function providerCodeLists(
  provider: ProviderId,
): readonly (readonly ProviderCodeInfo[])[] {
  const fallback = FALLBACK_PROVIDER[provider];
  return fallback === undefined
    ? [PROVIDER_CODES[provider]]
    : [PROVIDER_CODES[provider], PROVIDER_CODES[fallback]];
}
