import { Divider, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../core/analysis-types";
import type { Translate } from "../i18n";
import { AuthenticationSection } from "./AuthenticationSection";
import { BouncePanel } from "./BouncePanel";
import { CopyReport } from "./CopyReport";
import { MessageSummary } from "./MessageSummary";

const useStyles = makeStyles({
  view: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
  },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface AnalysisViewProps {
  analysis: Analysis;
  sourceName: string;
  /** False on a host without settings, so no advice points to them. */
  settingsAvailable?: boolean;
  translate: Translate;
}

/**
 * Renders everything the add-in found out about one message. A bounce's
 * recipients come right after the summary, ahead of the copy button, so a
 * narrow pane such as Thunderbird's popup shows them without scrolling.
 */
export function AnalysisView({
  analysis,
  sourceName,
  settingsAvailable = true,
  translate,
}: AnalysisViewProps) {
  const styles = useStyles();

  return (
    <div className={styles.view}>
      <MessageSummary
        message={analysis.message}
        sourceName={sourceName}
        translate={translate}
      />
      {analysis.bounce ? (
        <BouncePanel
          bounce={analysis.bounce}
          location={analysis.bounceLocation}
          translate={translate}
        />
      ) : null}
      <CopyReport
        analysis={analysis}
        sourceName={sourceName}
        translate={translate}
      />
      {analysis.bounce ? <Divider /> : null}
      <AuthenticationSection
        authentication={analysis.authentication}
        settingsAvailable={settingsAvailable}
        translate={translate}
      />
      {analysis.headersOnly ? (
        <Text size={200} className={styles.note}>
          {translate("ui.summary.headersOnly")}
        </Text>
      ) : null}
    </div>
  );
}
