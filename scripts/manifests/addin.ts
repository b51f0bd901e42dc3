/**
 * The Outlook add-in as both manifests describe it: identity, texts in each
 * language, icons, permissions and requirement sets. scripts/manifests/xml.ts
 * and scripts/manifests/unified.ts render the XML add-in only manifest and
 * the unified JSON manifest from this one description, so the two cannot
 * drift apart.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

/** Repository root. */
export const ROOT = path.resolve(__dirname, "..", "..");

/** Stable add-in id; changing it makes Outlook treat it as a new add-in. */
export const ADDIN_ID = "1f03c6ed-2ac5-4c16-9d8c-844d46216a5b";

export const PROVIDER_NAME = "Mail Diagnostics contributors";

/** Lowest Mailbox requirement set the task pane runs on. */
export const MINIMUM_MAILBOX_VERSION = "1.8";

/** Task pane page, relative to the base URL. */
export const TASKPANE_PAGE = "taskpane.html";

/** Page named as support URL unless the deployment gives its own. */
export const DEFAULT_SUPPORT_PAGE = "preview.html";

/** Text in the default language (English) and in each other language. */
export interface LocalizedText {
  en: string;
  da: string;
}

/** Languages besides the default, as XML locale and unified language tag. */
export const OTHER_LANGUAGES = [
  { key: "da", xmlLocale: "da-DK", languageTag: "da-dk" },
] as const;

export const TEXTS = {
  displayName: { en: "Mail Diagnostics", da: "Mail Diagnostics" },
  shortDescription: {
    en: "SPF, DKIM and DMARC results and bounce explanations for the open message.",
    da: "Resultater for SPF, DKIM og DMARC og forklaring af returneringer.",
  },
  description: {
    en: "Shows whether a message passed SPF, DKIM and DMARC, and explains why a bounced message was not delivered.",
    da: "Viser, om en besked bestod SPF, DKIM og DMARC, og forklarer, hvorfor en returneret besked ikke blev leveret.",
  },
  groupLabel: { en: "Mail Diagnostics", da: "Mail Diagnostics" },
  buttonLabel: { en: "Check message", da: "Tjek besked" },
  buttonTooltip: {
    en: "Shows the SPF, DKIM and DMARC results of this message and explains bounces dragged into the pane.",
    da: "Viser beskedens resultater for SPF, DKIM og DMARC og forklarer returneringer, der trækkes ind i ruden.",
  },
} satisfies Record<string, LocalizedText>;

/** Icon files in assets/, by the pixel size each manifest slot requires. */
export const ICONS = {
  /** XML IconUrl: 64 × 64. */
  icon: { file: "assets/icon-64.png", size: 64 },
  /** XML HighResolutionIconUrl: 128 × 128. */
  highResolutionIcon: { file: "assets/icon-128.png", size: 128 },
  /** Ribbon button images: 16, 32 and 80 pixels. */
  button: [
    { file: "assets/icon-16.png", size: 16 },
    { file: "assets/icon-32.png", size: 32 },
    { file: "assets/icon-80.png", size: 80 },
  ],
  /** Unified manifest colour icon: 192 × 192. */
  color: { file: "assets/icon-192.png", size: 192 },
  /** Unified manifest outline icon: 32 × 32, white on transparent. */
  outline: { file: "assets/outline-32.png", size: 32 },
} as const;

/** Returns the version in package.json, such as `0.1.0`. */
export function packageVersion(): string {
  const packageJson = JSON.parse(
    readFileSync(path.join(ROOT, "package.json"), "utf8"),
  ) as { version: string };
  return packageJson.version;
}

/**
 * Returns `version` with four numeric parts (`0.1.0` becomes `0.1.0.0`), the
 * form the XML manifest's Version element takes. Throws for a version that
 * has a pre-release tag or more than four parts, because the XML manifest
 * allows digits and dots only.
 */
export function fourPartVersion(version: string): string {
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) {
    throw new Error(
      `Version "${version}" cannot go into the XML manifest, which takes up to four numbers such as 1.2.3.`,
    );
  }
  const parts = version.split(".");
  while (parts.length < 4) {
    parts.push("0");
  }
  return parts.join(".");
}
