import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Translate } from "../i18n";
import { formatNumber } from "./locale";
import type { DiagnosticEntry } from "./types";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

export interface DiagnosticsSectionProps {
  entries: readonly DiagnosticEntry[];
  translate: Translate;
}

/** The host calls that ran and how each went, collapsed by default. */
export function DiagnosticsSection({
  entries,
  translate,
}: DiagnosticsSectionProps) {
  const styles = useStyles();

  return (
    <Accordion collapsible>
      <AccordionItem value="diagnostics">
        <AccordionHeader>
          {translate("ui.diagnostics.heading", {
            count: formatNumber(translate, entries.length),
          })}
        </AccordionHeader>
        <AccordionPanel>
          {entries.length === 0 ? (
            <Text>{translate("ui.diagnostics.empty")}</Text>
          ) : (
            <ul className={styles.list}>
              {entries.map((entry, index) => (
                <li
                  key={index}
                  className={
                    entry.outcome === "failed" ? styles.failed : undefined
                  }
                >
                  {entry.call}:{" "}
                  {translate(`ui.diagnostics.outcome.${entry.outcome}`)}
                  {entry.detail ? ` (${entry.detail})` : null}
                </li>
              ))}
            </ul>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
