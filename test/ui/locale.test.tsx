/** @jest-environment jsdom */
import { render } from "@testing-library/react";
import { createTranslator } from "../../src/i18n";
import { DateText } from "../../src/ui/DateText";
import { formatNumber, intlLocales } from "../../src/ui/locale";

const english = createTranslator("en");
const danish = createTranslator("da");
const DATE = "Tue, 21 Oct 2025 14:19:58 +0200";

function renderedDate(translate: typeof english): string {
  const { container } = render(
    <DateText value={DATE} translate={translate} />,
  );
  return container.querySelector("time")?.textContent ?? "";
}

describe("locale formatting", () => {
  test("Danish date uses Danish month names", () => {
    const text = renderedDate(danish);

    expect(text).toMatch(/okt/);
    expect(text).not.toMatch(/Oct/);
  });

  test("English date uses English month names", () => {
    expect(renderedDate(english)).toMatch(/Oct/);
  });

  test("Danish count groups thousands with a dot", () => {
    expect(formatNumber(danish, 1234)).toBe("1.234");
    expect(formatNumber(english, 1234)).toBe("1,234");
  });

  test("catalog locale comes from the catalog", () => {
    expect(intlLocales(danish)).toContain("da-DK");
    expect(intlLocales(danish)[0]).not.toMatch(/^en/);
  });

  test("missing locale key falls back without throwing", () => {
    const broken = (key: string) => key;

    expect(() => intlLocales(broken)).not.toThrow();
    expect(() => formatNumber(broken, 5)).not.toThrow();
  });
});
