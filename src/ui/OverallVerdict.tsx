import {
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import {
  Shield24Regular,
  ShieldCheckmark24Filled,
  ShieldDismiss24Filled,
  ShieldQuestion24Regular,
  type FluentIcon,
} from "@fluentui/react-icons";
import type { OverallVerdict as Verdict } from "../core/auth/types";
import type { Translate } from "../i18n";
import { useToneStyles, type Tone } from "./toneStyles";

const useStyles = makeStyles({
  verdict: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  icon: { display: "inline-flex", gridRow: "span 2", paddingTop: "1px" },
  title: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
    margin: 0,
  },
  advice: { margin: 0, gridColumn: 2 },
});

const appearances: Record<Verdict, { Icon: FluentIcon; tone: Tone }> = {
  verified: { Icon: ShieldCheckmark24Filled, tone: "success" },
  "not-verified": { Icon: ShieldQuestion24Regular, tone: "warning" },
  failed: { Icon: ShieldDismiss24Filled, tone: "danger" },
  "not-checked": { Icon: Shield24Regular, tone: "neutral" },
};

export interface OverallVerdictProps {
  verdict: Verdict;
  /** Catalog key of the line saying who must act and what to do. */
  adviceKey: string | null;
  translate: Translate;
}

/** Renders the verdict above the badges with its icon and advice. */
export function OverallVerdict({
  verdict,
  adviceKey,
  translate,
}: OverallVerdictProps) {
  const styles = useStyles();
  const toneStyles = useToneStyles();
  const { Icon, tone } = appearances[verdict];

  return (
    <div className={styles.verdict} data-verdict={verdict}>
      <span className={mergeClasses(styles.icon, toneStyles[tone])}>
        <Icon />
      </span>
      <Text as="p" className={styles.title}>
        {translate(`auth.overall.${verdict}.title`)}
      </Text>
      {adviceKey ? (
        <Text as="p" className={styles.advice} data-advice>
          {translate(adviceKey)}
        </Text>
      ) : null}
    </div>
  );
}
