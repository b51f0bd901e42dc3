import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { outlookMessages as danish } from "../../../src/i18n/da/outlook";
import { outlookMessages as english } from "../../../src/i18n/en/outlook";
import { hasMessage } from "../../../src/i18n";

const sourceDir = join(__dirname, "..", "..", "..", "src", "hosts", "outlook");
const sources = readdirSync(sourceDir)
  .filter((name) => /\.tsx?$/.test(name))
  .map((name) => readFileSync(join(sourceDir, name), "utf8"));

function matchesOf(pattern: RegExp): string[] {
  return sources.flatMap((source) =>
    [...source.matchAll(pattern)].map((match) => match[1] ?? ""),
  );
}

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)]
    .map((match) => match[1] ?? "")
    .sort();
}

describe("Outlook catalog", () => {
  test("has every key the task pane uses", () => {
    const keys = matchesOf(/"((?:outlook|ui)\.[\w.-]+)"/g);
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      expect(`${key}: ${hasMessage(key)}`).toBe(`${key}: true`);
    }
  });

  test("has a hint for every error state", () => {
    const keys = matchesOf(/errorState\(\s*"([^"]+)"/g);
    expect(keys.length).toBeGreaterThan(5);
    for (const key of keys) {
      expect(`${key}.hint: ${hasMessage(`${key}.hint`)}`).toBe(
        `${key}.hint: true`,
      );
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
});
