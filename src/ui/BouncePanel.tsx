import {
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import type { BounceReport } from "../core/bounce/types";
import type { Translate } from "../i18n";
import { BounceRecipientCard } from "./BounceRecipientCard";
import { explainRecipient } from "./explainRecipient";
import { dateOrNull } from "./DateText";
import { FactList } from "./FactList";
import { formatNumber } from "./locale";
import { providerName } from "./reportNames";
import {
  feedbackTypeText,
  formatText,
  kindExplanation,
} from "./reportWords";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  recipients: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  rawId: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface BouncePanelProps {
  bounce: BounceReport;
  /** Location of the report; `attached` adds a line saying so. */
  location?: "message" | "attached";
  translate: Translate;
}

/** Renders one card per recipient, then the facts about the report itself. */
export function BouncePanel({
  bounce,
  location,
  translate,
}: BouncePanelProps) {
  const styles = useStyles();
  const headingId = useId();

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {translate(headingKey(bounce))}
      </Subtitle2>
      {location === "attached" ? (
        <Text className={styles.note} data-bounce-location="attached">
          {translate("ui.bounce.attached")}
        </Text>
      ) : null}
      {bounce.recipients.length === 0 ? (
        <Text>{translate("ui.bounce.noRecipients")}</Text>
      ) : (
        <>
          <Text>
            {translate("ui.bounce.recipients", {
              count: formatNumber(translate, bounce.recipients.length),
            })}
          </Text>
          <ul className={styles.recipients}>
            {bounce.recipients.map((recipient, index) => (
              <li key={`${index}:${recipient.address}`}>
                <BounceRecipientCard
                  recipient={recipient}
                  showPermanence={bounce.messageKind === "bounce"}
                  explanation={
                    explainRecipient(translate, recipient, bounce.provider) ??
                    kindExplanation(translate, bounce.messageKind)
                  }
                  translate={translate}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      <FactList
        facts={[
          {
            label: translate("ui.bounce.originalSubject"),
            value: bounce.returnedMessage?.subject ?? null,
          },
          {
            label: translate("ui.bounce.originalDate"),
            value: dateOrNull(bounce.returnedMessage?.date, translate),
          },
          {
            label: translate("ui.bounce.provider"),
            value: bounce.provider ? providerName(bounce.provider) : null,
          },
          {
            label: translate("ui.bounce.reportingMta"),
            value: bounce.reportingMta,
          },
          {
            label: translate("ui.bounce.arrivalDate"),
            value: dateOrNull(bounce.arrivalDate, translate),
          },
          {
            label: translate("ui.bounce.feedbackType"),
            value: bounce.feedbackType
              ? feedbackTypeText(translate, bounce.feedbackType)
              : null,
          },
          {
            label: translate("ui.bounce.format"),
            value: formatText(translate, bounce.format),
          },
          {
            label: translate("ui.bounce.details"),
            value: <code className={styles.rawId}>{rawIds(bounce)}</code>,
          },
        ]}
      />
    </section>
  );
}

/** Returns the ids behind the worded fields, such as `format=rfc3464`. */
function rawIds(bounce: BounceReport): string {
  const ids = [`format=${bounce.format}`];
  if (bounce.provider) ids.push(`provider=${bounce.provider}`);
  if (bounce.feedbackType) ids.push(`feedback-type=${bounce.feedbackType}`);
  return ids.join(" ");
}

function headingKey(bounce: BounceReport): string {
  const allDelayed =
    bounce.recipients.length > 0 &&
    bounce.recipients.every((recipient) => recipient.action === "delayed");
  return allDelayed
    ? "ui.bounce.heading.delayed"
    : `ui.bounce.heading.${bounce.messageKind}`;
}
