import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator, hasMessage } from "../../../src/i18n";
import { thunderbirdMessages as danish } from "../../../src/i18n/da/thunderbird";
import { thunderbirdMessages as english } from "../../../src/i18n/en/thunderbird";

const sourceDir = path.resolve(__dirname, "../../../src/hosts/thunderbird");

function sourceText(): string {
  return readdirSync(sourceDir)
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => readFileSync(path.join(sourceDir, file), "utf8"))
    .join("\n");
}

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)]
    .map((match) => match[1] ?? "")
    .sort();
}

describe("Thunderbird catalog", () => {
  test("every key the add-on uses exists", () => {
    const used = [...sourceText().matchAll(/"((?:thunderbird|ui)\.[\w.]+)"/g)]
      .map((match) => match[1] as string);
    expect(used.length).toBeGreaterThan(5);
    for (const key of used) {
      expect(`${key}: ${hasMessage(key)}`).toBe(`${key}: true`);
    }
  });

  test("every key is used", () => {
    const text = sourceText();
    for (const key of Object.keys(english)) {
      expect(text).toContain(`"${key}"`);
    }
  });

  test("Danish has the same keys", () => {
    expect(Object.keys(danish).sort()).toEqual(Object.keys(english).sort());
  });

  test("Danish keeps every placeholder", () => {
    for (const [key, template] of Object.entries(english)) {
      expect([key, placeholders(danish[key] ?? "")]).toEqual([
        key,
        placeholders(template),
      ]);
    }
  });

  test("translator speaks the UI language", () => {
    const inDanish = createTranslator("da");
    expect(inDanish("thunderbird.options.save")).toBe("Gem");
    expect(createTranslator("en")("thunderbird.options.save")).toBe("Save");
    expect(inDanish("thunderbird.options.invalid", { ids: "a b" })).toContain(
      ": a b",
    );
  });

  test("help says listed ids replace the default", () => {
    const help = english["thunderbird.options.trustedIds.help"] ?? "";
    expect(help).toMatch(/only headers with a listed id are trusted/);
    expect(help).toMatch(/topmost header no longer counts/);
    expect(help).not.toMatch(/in addition/i);
  });
});
