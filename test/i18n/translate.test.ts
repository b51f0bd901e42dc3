import { createTranslator, hasMessage, resolveLanguage } from "../../src/i18n";

describe("resolveLanguage", () => {
  test.each([
    ["da-DK", "da"],
    ["da", "da"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["", "en"],
    [null, "en"],
    [undefined, "en"],
  ])("maps %p to %p", (tag, expected) => {
    expect(resolveLanguage(tag)).toBe(expected);
  });
});

describe("createTranslator", () => {
  test("fills placeholders", () => {
    const translate = createTranslator("en");

    expect(translate("report.recipientCount", { count: 3 })).toBe("3 recipient(s)");
  });

  test("keeps unknown placeholders visible", () => {
    const translate = createTranslator("en");

    expect(translate("report.recipientCount", {})).toBe("{count} recipient(s)");
  });

  test("returns a missing key as is", () => {
    expect(createTranslator("da")("no.such.key")).toBe("no.such.key");
    expect(hasMessage("no.such.key")).toBe(false);
  });

  test("uses the Danish catalog for Danish", () => {
    const english = createTranslator("en")("code.enhanced.X.1.1.meaning");
    const danish = createTranslator("da")("code.enhanced.X.1.1.meaning");

    expect(danish).not.toBe(english);
    expect(danish.length).toBeGreaterThan(0);
  });
});
