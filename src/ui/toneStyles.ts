import { makeStyles, tokens } from "@fluentui/react-components";

/** Text colour of an icon, by the meaning of what it marks. */
export type Tone = "success" | "danger" | "warning" | "neutral";

/** Colour classes per tone; use on an element that wraps the icon. */
export const useToneStyles = makeStyles({
  success: { color: tokens.colorStatusSuccessForeground1 },
  danger: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  neutral: { color: tokens.colorNeutralForeground3 },
});
