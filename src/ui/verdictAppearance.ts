import {
  CheckmarkCircle20Filled,
  CircleHalfFill20Regular,
  Clock20Regular,
  DismissCircle20Filled,
  ErrorCircle20Filled,
  QuestionCircle20Regular,
  SubtractCircle20Regular,
  Warning20Filled,
  type FluentIcon,
} from "@fluentui/react-icons";
import type { BadgeProps } from "@fluentui/react-components";
import type { BadgeMethod, VerdictState } from "../core/auth/types";
import type { Translate } from "../i18n";
import type { Tone } from "./toneStyles";
import { translateOr } from "./translateOr";

/** Icon and colour of one badge state; each state has its own icon. */
export interface VerdictAppearance {
  Icon: FluentIcon;
  color: NonNullable<BadgeProps["color"]>;
  tone: Tone;
}

const appearances: Record<VerdictState, VerdictAppearance> = {
  passed: { Icon: CheckmarkCircle20Filled, color: "success", tone: "success" },
  failed: { Icon: DismissCircle20Filled, color: "danger", tone: "danger" },
  softfail: { Icon: Warning20Filled, color: "warning", tone: "warning" },
  neutral: {
    Icon: CircleHalfFill20Regular,
    color: "informative",
    tone: "neutral",
  },
  "not-available": {
    Icon: SubtractCircle20Regular,
    color: "subtle",
    tone: "neutral",
  },
  temperror: { Icon: Clock20Regular, color: "warning", tone: "warning" },
  permerror: { Icon: ErrorCircle20Filled, color: "severe", tone: "danger" },
  "not-checked": {
    Icon: QuestionCircle20Regular,
    color: "informative",
    tone: "neutral",
  },
};

/** Returns the icon and colour for a badge state. */
export function verdictAppearance(state: VerdictState): VerdictAppearance {
  return appearances[state];
}

/**
 * Returns a badge's label, such as "SPF Passed": the auth catalog's wording
 * when it has one, otherwise the method name and the state's generic word.
 */
export function badgeLabel(
  translate: Translate,
  method: BadgeMethod,
  state: VerdictState,
): string {
  return translateOr(
    translate,
    `auth.badge.${method}.${state}`,
    "ui.badge.label",
    {
      method: translate(`ui.method.${method}`),
      state: translate(`ui.state.${state}`),
    },
  );
}
