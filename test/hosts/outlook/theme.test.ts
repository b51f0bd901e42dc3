import { themeFromOffice } from "../../../src/hosts/outlook/theme";

describe("themeFromOffice", () => {
  test.each([
    ["#ffffff", "light"],
    ["#FFFFFF", "light"],
    ["#e6e6e6", "light"],
    ["#808080", "light"],
    ["#262626", "dark"],
    ["#1f1f1f", "dark"],
    ["#000000", "dark"],
    ["#0f3057", "dark"],
  ])("background %s gives %s", (bodyBackgroundColor, expected) => {
    expect(themeFromOffice({ bodyBackgroundColor })).toBe(expected);
  });

  test.each([["", "light"], ["black", "light"], ["#12345", "light"]])(
    "unreadable colour %p gives light",
    (bodyBackgroundColor, expected) => {
      expect(themeFromOffice({ bodyBackgroundColor })).toBe(expected);
    },
  );

  test("missing theme gives light", () => {
    expect(themeFromOffice(undefined)).toBe("light");
    expect(themeFromOffice(null)).toBe("light");
  });
});
