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
});

export interface BouncePanelProps {
  bounce: BounceReport;
  translate: Translate;
}

/** Renders the report's origin and one card per recipient. */
export function BouncePanel({ bounce, translate }: BouncePanelProps) {
  const styles = useStyles();
  const headingId = useId();

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {translate(headingKey(bounce))}
      </Subtitle2>
      <FactList
        facts={[
          {
            label: translate("ui.bounce.originalSubject"),
            value: bounce.returnedMessage?.subject ?? null,
          },
          {
            label: translate("ui.bounce.originalDate"),
            value: dateOrNull(bounce.returnedMessage?.date),
          },
          { label: translate("ui.bounce.provider"), value: bounce.provider },
          {
            label: translate("ui.bounce.reportingMta"),
            value: bounce.reportingMta,
          },
          {
            label: translate("ui.bounce.arrivalDate"),
            value: dateOrNull(bounce.arrivalDate),
          },
          {
            label: translate("ui.bounce.feedbackType"),
            value: bounce.feedbackType,
          },
          { label: translate("ui.bounce.format"), value: bounce.format },
        ]}
      />
      {bounce.recipients.length === 0 ? (
        <Text>{translate("ui.bounce.noRecipients")}</Text>
      ) : (
        <>
          <Text>
            {translate("ui.bounce.recipients", {
              count: bounce.recipients.length,
            })}
          </Text>
          <ul className={styles.recipients}>
            {bounce.recipients.map((recipient, index) => (
              <li key={`${index}:${recipient.address}`}>
                <BounceRecipientCard
                  recipient={recipient}
                  showPermanence={bounce.messageKind === "bounce"}
                  explanation={explainRecipient(
                    translate,
                    recipient,
                    bounce.provider,
                  )}
                  translate={translate}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function headingKey(bounce: BounceReport): string {
  const allDelayed =
    bounce.recipients.length > 0 &&
    bounce.recipients.every((recipient) => recipient.action === "delayed");
  return allDelayed
    ? "ui.bounce.heading.delayed"
    : `ui.bounce.heading.${bounce.messageKind}`;
}
