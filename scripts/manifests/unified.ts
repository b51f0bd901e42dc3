/**
 * Renders the unified JSON manifest (schema 1.17) and its Danish
 * localization file. Outlook on the web and the new Outlook on Windows
 * install add-ins from this format; it is packed as a zip with its icons.
 */
import {
  ADDIN_ID,
  ICONS,
  MINIMUM_MAILBOX_VERSION,
  OTHER_LANGUAGES,
  PROVIDER_NAME,
  TEXTS,
} from "./addin";
import {
  baseOrigin,
  fileUrl,
  supportUrl,
  taskpaneUrl,
  type ManifestOptions,
} from "./options";

export const UNIFIED_SCHEMA_VERSION = "1.17";

const SCHEMA_BASE = `https://developer.microsoft.com/json-schemas/teams/v${UNIFIED_SCHEMA_VERSION}`;

/** Path inside the manifest of each text that the locale files translate. */
const CONTROL = "extensions[0].ribbons[0].tabs[0].groups[0].controls[0]";
const LOCALIZED_KEYS = {
  "name.short": TEXTS.displayName,
  "name.full": TEXTS.displayName,
  "description.short": TEXTS.shortDescription,
  "description.full": TEXTS.description,
  [`${CONTROL}.label`]: TEXTS.buttonLabel,
  [`${CONTROL}.supertip.description`]: TEXTS.buttonTooltip,
  [`${CONTROL}.supertip.title`]: TEXTS.buttonLabel,
  "extensions[0].runtimes[0].actions[0].displayName": TEXTS.buttonLabel,
};

/** A file of the unified manifest package: name and JSON content. */
export interface UnifiedManifestFile {
  name: string;
  content: unknown;
}

/**
 * Renders manifest.json and one localization file per language for
 * `options`. Icon paths in the manifest are relative to the package root.
 */
export function renderUnifiedManifest(
  options: ManifestOptions,
): UnifiedManifestFile[] {
  const support = supportUrl(options);
  const mailboxRequirement = [
    { name: "Mailbox", minVersion: MINIMUM_MAILBOX_VERSION },
  ];
  const manifest = {
    $schema: `${SCHEMA_BASE}/MicrosoftTeams.schema.json#`,
    manifestVersion: UNIFIED_SCHEMA_VERSION,
    version: options.version,
    id: ADDIN_ID,
    localizationInfo: {
      defaultLanguageTag: "en-us",
      additionalLanguages: OTHER_LANGUAGES.map((language) => ({
        languageTag: language.languageTag,
        file: `${language.languageTag}.json`,
      })),
    },
    developer: {
      name: PROVIDER_NAME,
      websiteUrl: support,
      privacyUrl: support,
      termsOfUseUrl: support,
    },
    name: { short: TEXTS.displayName.en, full: TEXTS.displayName.en },
    description: {
      short: TEXTS.shortDescription.en,
      full: TEXTS.description.en,
    },
    icons: { outline: ICONS.outline.file, color: ICONS.color.file },
    accentColor: "#0F6CBD",
    validDomains: [baseOrigin(options)],
    showLoadingIndicator: false,
    isFullScreen: false,
    defaultBlockUntilAdminAction: false,
    authorization: {
      permissions: {
        resourceSpecific: [
          { name: "MailboxItem.Read.User", type: "Delegated" },
        ],
      },
    },
    extensions: [
      {
        requirements: { capabilities: mailboxRequirement, scopes: ["mail"] },
        runtimes: [
          {
            requirements: {
              capabilities: mailboxRequirement,
              formFactors: ["desktop"],
            },
            id: "TaskpaneRuntime",
            type: "general",
            code: { page: taskpaneUrl(options) },
            lifetime: "short",
            actions: [
              {
                id: "OpenTaskpane",
                type: "openPage",
                displayName: TEXTS.buttonLabel.en,
                pinnable: true,
                view: "taskpane",
                multiselect: false,
                supportsNoItemContext: false,
              },
            ],
          },
        ],
        ribbons: [
          {
            requirements: {
              capabilities: mailboxRequirement,
              scopes: ["mail"],
              formFactors: ["desktop"],
            },
            contexts: ["mailRead"],
            tabs: [
              {
                builtInTabId: "TabDefault",
                groups: [
                  {
                    id: "MailDiagnostics.ReadGroup",
                    label: TEXTS.groupLabel.en,
                    controls: [
                      {
                        id: "MailDiagnostics.OpenPane",
                        type: "button",
                        label: TEXTS.buttonLabel.en,
                        icons: ICONS.button.map((icon) => ({
                          size: icon.size,
                          url: fileUrl(options, icon.file),
                        })),
                        supertip: {
                          title: TEXTS.buttonLabel.en,
                          description: TEXTS.buttonTooltip.en,
                        },
                        actionId: "OpenTaskpane",
                        overriddenByRibbonApi: false,
                        enabled: true,
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        alternates: [
          {
            alternateIcons: {
              icon: {
                size: ICONS.icon.size,
                url: fileUrl(options, ICONS.icon.file),
              },
              highResolutionIcon: {
                // The 1.17 schema lists no icon size above 80, so the
                // 128-pixel file is declared with the largest legacy size.
                size: 64,
                url: fileUrl(options, ICONS.highResolutionIcon.file),
              },
            },
          },
        ],
      },
    ],
  };

  const localizations = OTHER_LANGUAGES.map((language) => ({
    name: `${language.languageTag}.json`,
    content: {
      $schema: `${SCHEMA_BASE}/MicrosoftTeams.Localization.schema.json#`,
      ...Object.fromEntries(
        Object.entries(LOCALIZED_KEYS).map(([key, text]) => [
          key,
          text[language.key],
        ]),
      ),
    },
  }));
  return [{ name: "manifest.json", content: manifest }, ...localizations];
}

/** Serialises a manifest file as the repository stores it. */
export function formatJson(content: unknown): string {
  return `${JSON.stringify(content, null, 2)}\n`;
}
