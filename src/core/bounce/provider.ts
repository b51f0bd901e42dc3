/** Host or text fragment that identifies the provider that wrote a report. */
export interface ProviderMarker {
  provider: string;
  /** Matched against MTA names and diagnostic text, case-insensitive. */
  pattern: RegExp;
}

/** Markers sorted by provider name. */
export const PROVIDER_MARKERS: readonly ProviderMarker[] = [
  { provider: "amazonses", pattern: /amazonses\.com|\.smtp-out\.amazonses/i },
  { provider: "aol", pattern: /\.aol\.com\b|\baol\.com\b/i },
  {
    provider: "apple",
    pattern: /\.(?:mail\.)?icloud\.com\b|\.me\.com\b|\.mac\.com\b/i,
  },
  {
    provider: "gmail",
    pattern: /\bgsmtp\b|\.google\.com\b|\.googlemail\.com\b/i,
  },
  {
    provider: "office365",
    pattern:
      /\.protection\.outlook\.com\b|\.prod\.outlook\.com\b|\.outlook\.office365\.com\b/i,
  },
  {
    provider: "outlook.com",
    pattern: /[.@](?:hotmail|outlook|live)\.com\b/i,
  },
  {
    provider: "yahoo",
    pattern: /\.yahoo(?:dns)?\.(?:com|net|co\.jp)\b|\.yahoo\.com\b/i,
  },
];

/**
 * Returns the provider named by the first marker that any of `texts`
 * (reporting MTA, remote MTA, diagnostic text) matches, or null.
 */
export function inferProvider(
  texts: readonly (string | null)[],
): string | null {
  for (const marker of PROVIDER_MARKERS) {
    if (texts.some((text) => text !== null && marker.pattern.test(text))) {
      return marker.provider;
    }
  }
  return null;
}
