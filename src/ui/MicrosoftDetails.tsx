import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { MicrosoftAnalysis } from "../core/auth/types";
import type { Translate } from "../i18n";
import { FactList } from "./FactList";

const useStyles = makeStyles({
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    marginRight: tokens.spacingHorizontalS,
  },
  line: { display: "block" },
});

export interface MicrosoftDetailsProps {
  microsoft: MicrosoftAnalysis;
  translate: Translate;
}

/** Renders Microsoft 365 compauth and anti-spam verdicts, collapsed. */
export function MicrosoftDetails({
  microsoft,
  translate,
}: MicrosoftDetailsProps) {
  const styles = useStyles();
  const { compauth, scl, bcl } = microsoft;

  return (
    <Accordion collapsible data-microsoft>
      <AccordionItem value="microsoft">
        <AccordionHeader>{translate("ui.microsoft.heading")}</AccordionHeader>
        <AccordionPanel>
          <FactList
            facts={[
              {
                label: translate("ui.microsoft.compauth"),
                value: compauth ? (
                  <>
                    <span className={styles.line}>
                      <code className={styles.code}>
                        {`compauth=${compauth.result} reason=${
                          compauth.reason ?? "-"
                        }`}
                      </code>
                    </span>
                    <span className={styles.line}>
                      {translate(compauth.resultKey)}
                    </span>
                    {compauth.reasonKey ? (
                      <span className={styles.line}>
                        {translate(
                          compauthReasonKey(
                            compauth.reasonKey,
                            compauth.reason,
                          ),
                          { reason: compauth.reason ?? "" },
                        )}
                      </span>
                    ) : null}
                  </>
                ) : null,
              },
              {
                label: translate("ui.microsoft.scl"),
                value: scl
                  ? translate(scl.meaningKey, { value: scl.value })
                  : null,
              },
              {
                label: translate("ui.microsoft.bcl"),
                value: bcl
                  ? translate(bcl.meaningKey, { value: bcl.value })
                  : null,
              },
              {
                label: translate("ui.microsoft.fields"),
                value: microsoft.antispamFields.map((field, index) => (
                  <span key={index} className={styles.line}>
                    <code className={styles.code}>
                      {field.name}:{field.value}
                    </code>
                    {field.meaningKey ? translate(field.meaningKey) : null}
                  </span>
                )),
              },
            ]}
          />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

/**
 * Returns the key explaining a compauth reason. The auth catalog words the
 * 1xx range around reason 130 (an ARC result overrode a DMARC failure), so
 * the other 1xx reasons get their own line.
 */
function compauthReasonKey(reasonKey: string, reason: string | null): string {
  if (reasonKey !== "auth.microsoft.compauth.reason.1xx") return reasonKey;
  return reason === "130"
    ? "ui.microsoft.compauthReason.130"
    : "ui.microsoft.compauthReason.1xx";
}
