import {
  Badge,
  type BadgeProps,
  Card,
  CardHeader,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { BounceRecipient } from "../core/bounce/types";
import type { Translate } from "../i18n";
import type { RecipientExplanation } from "./explainRecipient";
import {
  type FailureClass,
  failureClassOf,
  retryOutlookKey,
} from "./failureClass";
import { dateOrNull } from "./DateText";
import { FactList } from "./FactList";
import { translateIfPresent } from "./translateOr";

const useStyles = makeStyles({
  address: {
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  permanence: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    marginTop: tokens.spacingVerticalXXS,
  },
  diagnostic: {
    display: "block",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export interface BounceRecipientCardProps {
  recipient: BounceRecipient;
  /** False for auto-replies and feedback reports, where nothing bounced. */
  showPermanence: boolean;
  /** Explanation of the recipient's codes; null when there is none. */
  explanation: RecipientExplanation | null;
  translate: Translate;
}

/** Renders what happened to one recipient, with server text as plain text. */
export function BounceRecipientCard({
  recipient,
  showPermanence,
  explanation,
  translate,
}: BounceRecipientCardProps) {
  const styles = useStyles();

  return (
    <Card data-recipient>
      <CardHeader
        header={<Text className={styles.address}>{recipient.address}</Text>}
        description={
          showPermanence ? (
            <Permanence recipient={recipient} translate={translate} />
          ) : undefined
        }
      />
      <FactList
        facts={[
          {
            label: translate("ui.bounce.action"),
            value: recipient.action
              ? translate(`ui.bounce.action.${recipient.action}`)
              : null,
          },
          { label: translate("ui.bounce.status"), value: recipient.status },
          {
            label: translate("ui.bounce.replyCode"),
            value: recipient.replyCode,
          },
          {
            label: translate("ui.bounce.reason"),
            value: recipient.reason
              ? reasonTitle(translate, recipient.reason)
              : null,
          },
          {
            label: translate("ui.bounce.remoteMta"),
            value: recipient.remoteMta,
          },
          {
            label: translate("ui.bounce.retryUntil"),
            value: dateOrNull(recipient.willRetryUntil, translate),
          },
          {
            label: translate("ui.bounce.diagnostic"),
            value: recipient.diagnostic ? (
              <code className={styles.diagnostic}>{recipient.diagnostic}</code>
            ) : null,
          },
          {
            label: translate("ui.bounce.summary"),
            value:
              explanation?.summary ??
              reasonExplanation(translate, recipient.reason),
          },
          { label: translate("ui.bounce.retry"), value: explanation?.retry },
          { label: translate("ui.bounce.actor"), value: explanation?.actor },
          {
            label: translate("ui.bounce.whatToDo"),
            value: explanation?.whatToDo,
          },
        ]}
      />
    </Card>
  );
}

const FAILURE_CLASS_COLORS: Record<FailureClass, BadgeProps["color"]> = {
  permanent: "danger",
  temporary: "warning",
  unknown: "informative",
};

/**
 * Renders the failure class from the codes as a badge, with a line saying
 * whether sending to the address again can work.
 */
function Permanence({
  recipient,
  translate,
}: {
  recipient: BounceRecipient;
  translate: Translate;
}) {
  const styles = useStyles();
  const failureClass = failureClassOf(recipient);

  return (
    <span className={styles.permanence} data-permanence={failureClass}>
      <Badge appearance="tint" color={FAILURE_CLASS_COLORS[failureClass]}>
        {translate(`ui.bounce.failureClass.${failureClass}`)}
      </Badge>
      <Text size={200}>
        {translate(retryOutlookKey(failureClass, recipient.hardBounce))}
      </Text>
    </span>
  );
}

/**
 * Returns the bounce catalog's explanation of a reason, for recipients
 * without codes, such as an auto-reply or a feedback report.
 */
function reasonExplanation(
  translate: Translate,
  reason: string | null,
): string | null {
  if (reason === null) return null;
  return translateIfPresent(translate, `bounce.reason.${reason}.explanation`);
}

/** Returns the bounce catalog's title for a reason, else the reason name. */
function reasonTitle(translate: Translate, reason: string): string {
  return (
    translateIfPresent(translate, `bounce.reason.${reason}.title`) ?? reason
  );
}
