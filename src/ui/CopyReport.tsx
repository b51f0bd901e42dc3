import {
  Button,
  Checkbox,
  Field,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Copy20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Analysis } from "../core/analysis-types";
import type { Translate } from "../i18n";
import { formatSummary } from "../report/summary";
import { formatSupportReport } from "../report/support-report";

const useStyles = makeStyles({
  block: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
  },
  report: { width: "100%", fontFamily: tokens.fontFamilyMonospace },
});

export interface CopyReportProps {
  analysis: Analysis;
  sourceName: string;
  translate: Translate;
}

type CopyStatus =
  { kind: "idle" } | { kind: "copied" } | { kind: "blocked"; text: string };

/**
 * Renders a button that copies the plain-text report for a support team.
 * Where the host blocks the clipboard, the report is shown for manual copying.
 */
export function CopyReport({
  analysis,
  sourceName,
  translate,
}: CopyReportProps) {
  const styles = useStyles();
  const [status, setStatus] = useState<CopyStatus>({ kind: "idle" });
  const [omitOwnAddress, setOmitOwnAddress] = useState(false);
  const [omitSubject, setOmitSubject] = useState(false);
  const hasReport = analysis.bounce !== null;

  const copy = async () => {
    const text =
      formatSupportReport(analysis, translate, {
        omitOwnAddress,
        omitSubject,
        locale: translate("report.support.locale"),
      }) ?? formatSummary(sourceName, analysis, translate);
    try {
      // Office and Thunderbird may deny clipboard access, and older engines
      // lack navigator.clipboard; both land in the catch.
      await navigator.clipboard.writeText(text);
      setStatus({ kind: "copied" });
    } catch {
      setStatus({ kind: "blocked", text });
    }
  };

  return (
    <div className={styles.block}>
      {hasReport ? (
        <>
          <Checkbox
            checked={omitOwnAddress}
            onChange={(_event, data) => setOmitOwnAddress(data.checked === true)}
            label={translate("report.support.option.omitOwnAddress")}
          />
          <Checkbox
            checked={omitSubject}
            onChange={(_event, data) => setOmitSubject(data.checked === true)}
            label={translate("report.support.option.omitSubject")}
          />
        </>
      ) : null}
      <Button icon={<Copy20Regular />} onClick={() => void copy()}>
        {translate("ui.report.copy")}
      </Button>
      <div aria-live="polite">
        {status.kind === "copied" ? (
          <Text>{translate("ui.report.copied")}</Text>
        ) : null}
      </div>
      {status.kind === "blocked" ? (
        <Field label={translate("ui.report.blocked")} className={styles.report}>
          <Textarea
            className={styles.report}
            readOnly
            resize="vertical"
            rows={8}
            value={status.text}
            onFocus={(event) => event.target.select()}
          />
        </Field>
      ) : null}
    </div>
  );
}
