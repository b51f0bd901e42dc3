import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { Badge as AuthBadge } from "../core/auth/types";
import type { Translate } from "../i18n";
import { badgeLabel, verdictAppearance } from "./verdictAppearance";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
});

export interface BadgeRowProps {
  badges: readonly AuthBadge[];
  translate: Translate;
}

/** One badge per method; each says its result in words and with an icon. */
export function BadgeRow({ badges, translate }: BadgeRowProps) {
  const styles = useStyles();

  return (
    <ul className={styles.row} aria-label={translate("ui.auth.heading")}>
      {badges.map((badge, index) => {
        const { Icon, color } = verdictAppearance(badge.state);
        return (
          <li
            key={`${badge.method}:${index}`}
            data-method={badge.method}
            data-state={badge.state}
          >
            <Badge
              appearance="tint"
              color={color}
              size="extra-large"
              shape="rounded"
              icon={<Icon />}
            >
              {badgeLabel(translate, badge.method, badge.state)}
            </Badge>
          </li>
        );
      })}
    </ul>
  );
}
