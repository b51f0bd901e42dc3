import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { da } from "../../src/i18n/da";
import type { Catalog } from "../../src/i18n/types";

const I18N_DIR = path.join(__dirname, "../../src/i18n");

interface Area {
  name: string;
  exportName: string;
  /** False for an area whose Danish file may not exist yet. */
  required: boolean;
}

const AREAS: readonly Area[] = [
  { name: "auth", exportName: "authMessages", required: true },
  { name: "bounce", exportName: "bounceMessages", required: false },
  { name: "codes", exportName: "codeMessages", required: true },
  { name: "outlook", exportName: "outlookMessages", required: true },
  { name: "report", exportName: "reportMessages", required: true },
  { name: "thunderbird", exportName: "thunderbirdMessages", required: false },
  { name: "ui", exportName: "uiMessages", required: true },
];

/** Danish texts that may equal the English one, ignoring case, and why. */
const IDENTICAL_ALLOWED: ReadonlyMap<string, string> = new Map([
  [
    "auth.badge.spf.neutral",
    "neutral is the RFC 8601 result name and the Danish word",
  ],
  [
    "auth.badge.dkim.neutral",
    "neutral is the RFC 8601 result name and the Danish word",
  ],
  [
    "auth.badge.dmarc.neutral",
    "neutral is the RFC 8601 result name and the Danish word",
  ],
  ["auth.cli.label.authserv-id", "authserv-id is the RFC 8601 term"],
  ["auth.cli.label.version", "Danish spells version the same way"],
  ["code.basicCategory.1.title", "Danish spells information the same way"],
  ["report.hard", "Danish spells permanent the same way"],
  ["ui.app.title", "the product name is not translated"],
  ["ui.method.spf", "SPF is the protocol's name"],
  ["ui.method.dkim", "DKIM is the protocol's name"],
  ["ui.method.dmarc", "DMARC is the protocol's name"],
  ["ui.badge.label", "only placeholders, in the same order"],
  ["ui.alignment.entry", "only placeholders and punctuation"],
  ["ui.detail.receivedSpf", "Received-SPF is the header field name"],
  ["ui.state.neutral", "neutral is the Danish word too"],
  ["ui.doors.pastePlaceholder", "header field names are not translated"],
]);

function areaFile(language: "en" | "da", area: Area): string {
  return path.join(I18N_DIR, language, `${area.name}.ts`);
}

function loadCatalog(language: "en" | "da", area: Area): Catalog {
  const exports = jest.requireActual<Record<string, unknown>>(
    areaFile(language, area),
  );
  const catalog = exports[area.exportName];
  if (typeof catalog !== "object" || catalog === null) {
    throw new Error(
      `${language}/${area.name}.ts does not export ${area.exportName}`,
    );
  }
  return catalog as Catalog;
}

function placeholders(text: string): string[] {
  const names = [...text.matchAll(/\{(\w+)\}/g)].map(
    (match) => match[1] ?? "",
  );
  return [...new Set(names)].sort();
}

function isSameText(english: string, danish: string): boolean {
  return english.trim().toLowerCase() === danish.trim().toLowerCase();
}

const presentAreas = AREAS.filter(
  (area) => area.required || existsSync(areaFile("da", area)),
);

test("area table lists every Danish file", () => {
  const files = readdirSync(path.join(I18N_DIR, "da"))
    .filter((file) => file.endsWith(".ts") && file !== "index.ts")
    .map((file) => file.replace(/\.ts$/, ""));
  const known = AREAS.map((area) => area.name);

  expect(files.filter((file) => !known.includes(file))).toEqual([]);
});

describe.each(presentAreas.map((area) => [area.name, area] as const))(
  "Danish %s catalog",
  (_name, area) => {
    const english = loadCatalog("en", area);
    const danish = loadCatalog("da", area);

    test("has a text for every English key", () => {
      const missing = Object.keys(english).filter((key) => !(key in danish));

      expect(missing).toEqual([]);
    });

    test("has no key that English lacks", () => {
      const extra = Object.keys(danish).filter((key) => !(key in english));

      expect(extra).toEqual([]);
    });

    test("has no empty text", () => {
      const empty = Object.entries(danish)
        .filter(([, text]) => text.trim() === "")
        .map(([key]) => key);

      expect(empty).toEqual([]);
    });

    test("keeps the English placeholders", () => {
      const mismatched = Object.entries(danish)
        .filter(([key]) => key in english)
        .map(([key, text]) => ({
          key,
          english: placeholders(english[key] ?? ""),
          danish: placeholders(text),
        }))
        .filter((entry) => entry.english.join() !== entry.danish.join());

      expect(mismatched).toEqual([]);
    });

    test("differs from English outside the allowed list", () => {
      const untranslated = Object.entries(danish)
        .filter(([key]) => !IDENTICAL_ALLOWED.has(key))
        .filter(([key, text]) => isSameText(english[key] ?? "", text))
        .map(([key]) => key);

      expect(untranslated).toEqual([]);
    });

    test("still needs each allowed identical entry", () => {
      const stale = [...IDENTICAL_ALLOWED.keys()]
        .filter((key) => key in danish)
        .filter((key) => !isSameText(english[key] ?? "", danish[key] ?? ""));

      expect(stale).toEqual([]);
    });

    test("is merged unchanged into the Danish catalog", () => {
      const overridden = Object.entries(danish)
        .filter(([key, text]) => da[key] !== text)
        .map(([key]) => key);

      expect(overridden).toEqual([]);
    });
  },
);

test("allowed identical keys exist in English", () => {
  const englishKeys = new Set(
    AREAS.flatMap((area) => Object.keys(loadCatalog("en", area))),
  );
  const unknown = [...IDENTICAL_ALLOWED.keys()].filter(
    (key) => !englishKeys.has(key),
  );

  expect(unknown).toEqual([]);
});
