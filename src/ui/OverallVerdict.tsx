import { makeStyles, tokens } from "@fluentui/react-components";
import {
  Shield24Regular,
  ShieldCheckmark24Filled,
  ShieldDismiss24Filled,
  ShieldQuestion24Regular,
  type FluentIcon,
} from "@fluentui/react-icons";
import type { OverallVerdict as Verdict } from "../core/auth/types";
import type { Translate } from "../i18n";
import { translateOr } from "./translateOr";

const useStyles = makeStyles({
  line: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  icon: { flexShrink: 0 },
  verified: { color: tokens.colorPaletteGreenForeground1 },
  "not-verified": { color: tokens.colorPaletteDarkOrangeForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  "not-checked": { color: tokens.colorNeutralForeground3 },
});

const icons: Record<Verdict, FluentIcon> = {
  verified: ShieldCheckmark24Filled,
  "not-verified": ShieldQuestion24Regular,
  failed: ShieldDismiss24Filled,
  "not-checked": Shield24Regular,
};

export interface OverallVerdictProps {
  verdict: Verdict;
  translate: Translate;
}

/** The one-line verdict above the badges, with an icon per verdict. */
export function OverallVerdict({ verdict, translate }: OverallVerdictProps) {
  const styles = useStyles();
  const Icon = icons[verdict];

  return (
    <p className={styles.line} data-verdict={verdict}>
      <Icon className={`${styles.icon} ${styles[verdict]}`} />
      <span>
        {translateOr(translate, `auth.overall.${verdict}`, `ui.overall.${verdict}`)}
      </span>
    </p>
  );
}
