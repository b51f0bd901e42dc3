import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { hasMessage } from "../../../src/i18n";
import {
  createHostTranslator,
  thunderbirdMessages,
} from "../../../src/hosts/thunderbird/host-messages";

const sourceDir = path.resolve(__dirname, "../../../src/hosts/thunderbird");

function sourceText(): string {
  return readdirSync(sourceDir)
    .filter((file) => /\.tsx?$/.test(file) && file !== "host-messages.ts")
    .map((file) => readFileSync(path.join(sourceDir, file), "utf8"))
    .join("\n");
}

describe("Thunderbird catalog", () => {
  test("every key the add-on uses exists", () => {
    const used = [...sourceText().matchAll(/"(thunderbird\.[\w.]+)"/g)].map(
      (match) => match[1] as string,
    );
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) {
      expect(Object.keys(thunderbirdMessages)).toContain(key);
    }
  });

  test("every key is used", () => {
    const text = sourceText();
    for (const key of Object.keys(thunderbirdMessages)) {
      expect(text).toContain(`"${key}"`);
    }
  });

  test("keys do not shadow shared ones", () => {
    for (const key of Object.keys(thunderbirdMessages)) {
      expect(hasMessage(key)).toBe(false);
    }
  });

  test("translator fills placeholders", () => {
    const translate = createHostTranslator("en");
    expect(translate("thunderbird.options.invalid", { lines: "a b" })).toContain(
      ": a b",
    );
    expect(translate("ui.app.title")).toBe("Mail Diagnostics");
    expect(translate("no.such.key")).toBe("no.such.key");
  });
});
