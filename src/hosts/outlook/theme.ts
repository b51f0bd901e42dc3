import type { ThemeName } from "../../ui/types";
import type { OfficeThemeInfo } from "./office-api";

/**
 * Luminance at which black and white text have equal contrast:
 * (1 + 0.05) / (L + 0.05) = (L + 0.05) / 0.05.
 */
const WHITE_TEXT_LUMINANCE = Math.sqrt(1.05 * 0.05) - 0.05;

/**
 * Picks the dark theme when white text contrasts more with Office's
 * `bodyBackgroundColor` than black text does, which holds when the colour's
 * relative luminance (WCAG 2.x) is below about 0.179. A missing or
 * unreadable colour gives the light theme.
 */
export function themeFromOffice(
  officeTheme: OfficeThemeInfo | null | undefined,
): ThemeName {
  const colour = /^#?([0-9a-f]{6})$/i.exec(
    officeTheme?.bodyBackgroundColor?.trim() ?? "",
  )?.[1];
  if (!colour) {
    return "light";
  }

  const channels = [0, 2, 4].map((start) =>
    linearise(parseInt(colour.slice(start, start + 2), 16) / 255),
  );
  const [red = 0, green = 0, blue = 0] = channels;
  const luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue;
  return luminance < WHITE_TEXT_LUMINANCE ? "dark" : "light";
}

/** Converts an sRGB channel (0 to 1) to linear light. */
function linearise(channel: number): number {
  return channel <= 0.04045
    ? channel / 12.92
    : Math.pow((channel + 0.055) / 1.055, 2.4);
}
