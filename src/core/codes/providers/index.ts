import type { ProviderCodeInfo, ProviderId } from "../types";
import { GMAIL_CODES } from "./gmail";
import { OFFICE365_CODES, OUTLOOK_COM_CODES } from "./microsoft";
import { YAHOO_CODES } from "./yahoo";

export { GMAIL_CODES } from "./gmail";
export { OFFICE365_CODES, OUTLOOK_COM_CODES } from "./microsoft";
export { YAHOO_CODES } from "./yahoo";
export { detectProvider, parseProviderId } from "./detect";

/** Providers that have their own code catalog. */
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
 * Providers whose codes apply when a provider's own list has no entry.
 * Outlook.com and Exchange Online share one filtering service and host names,
 * so a bounce from one is easily taken for the other.
 */
const FALLBACK_PROVIDER: Partial<Record<ProviderId, ProviderId>> = {
  "outlook.com": "office365",
  office365: "outlook.com",
};

/**
 * Text that every reply of a provider contains. A diagnostic without it was
 * written by another server, even when the report came through the provider.
 */
const PROVIDER_SIGNATURES: Partial<Record<ProviderId, readonly string[]>> = {
  gmail: ["gsmtp", "gcdp"],
};

/**
 * Tells whether a diagnostic, already passed through `normalizeDiagnostic`,
 * can come from `provider`: true unless the provider signs every reply and
 * this one lacks the signature.
 */
export function matchesProviderSignature(
  provider: ProviderId,
  normalizedDiagnostic: string,
): boolean {
  const signatures = PROVIDER_SIGNATURES[provider];
  return (
    signatures === undefined ||
    signatures.some((signature) => normalizedDiagnostic.includes(signature))
  );
}

/** Returns the code lists to search for `provider`, most specific first. */
export function providerCodeLists(
  provider: ProviderId,
): readonly (readonly ProviderCodeInfo[])[] {
  const fallback = FALLBACK_PROVIDER[provider];
  return fallback === undefined
    ? [PROVIDER_CODES[provider]]
    : [PROVIDER_CODES[provider], PROVIDER_CODES[fallback]];
}
