import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { AuthResultsField } from "../core/auth/types";
import type { Translate } from "../i18n";
import { formatNumber } from "./locale";

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  raw: {
    display: "block",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface UntrustedClaimsProps {
  fields: readonly AuthResultsField[];
  translate: Translate;
}

/**
 * Renders the authentication headers that did not come from the receiving
 * servers, collapsed and as raw text, because they may be forged. They never
 * drive a badge.
 */
export function UntrustedClaims({ fields, translate }: UntrustedClaimsProps) {
  const styles = useStyles();
  const untrusted = fields.filter((field) => !field.trusted);
  if (untrusted.length === 0) return null;

  return (
    <Accordion collapsible>
      <AccordionItem value="untrusted">
        <AccordionHeader>
          {translate("ui.untrusted.heading", {
            count: formatNumber(translate, untrusted.length),
          })}
        </AccordionHeader>
        <AccordionPanel>
          <Text as="p" block>
            {translate("ui.untrusted.body")}
          </Text>
          <ul className={styles.list}>
            {untrusted.map((field) => (
              <li key={field.index}>
                <code className={styles.raw}>{field.raw}</code>
                {field.parse.ok ? null : (
                  <Text size={200} className={styles.note}>
                    {translate("ui.untrusted.unparsed", {
                      error: translate(field.parse.error),
                    })}
                  </Text>
                )}
              </li>
            ))}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
