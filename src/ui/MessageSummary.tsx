import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { MessageSummary as Summary } from "../core/analysis-types";
import type { Translate } from "../i18n";
import { dateOrNull } from "./DateText";
import { FactList } from "./FactList";

const useStyles = makeStyles({
  subject: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
    margin: 0,
    overflowWrap: "anywhere",
  },
});

export interface MessageSummaryProps {
  message: Summary;
  sourceName: string;
  translate: Translate;
}

/** Renders the analysed message's subject, sender and date. */
export function MessageSummary({
  message,
  sourceName,
  translate,
}: MessageSummaryProps) {
  const styles = useStyles();

  return (
    <header>
      <Text as="h1" className={styles.subject} block>
        {message.subject ?? translate("ui.summary.noSubject")}
      </Text>
      <FactList
        facts={[
          { label: translate("ui.summary.from"), value: message.from },
          {
            label: translate("ui.summary.date"),
            value: dateOrNull(message.date, translate),
          },
          { label: translate("ui.summary.source"), value: sourceName },
        ]}
      />
    </header>
  );
}
