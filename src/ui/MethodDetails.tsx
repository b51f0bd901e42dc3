import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type {
  AlignmentFacts,
  Badge,
  DkimSignatureTags,
  ReceivedSpfField,
  ResInfo,
  ResultProperty,
} from "../core/auth/types";
import type { Translate } from "../i18n";
import { AlignmentDetails } from "./AlignmentDetails";
import { methodFixKey, methodMeaningKey } from "./authAdvice";
import { FactList } from "./FactList";
import { useToneStyles } from "./toneStyles";
import { badgeLabel, verdictAppearance } from "./verdictAppearance";

const useStyles = makeStyles({
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    display: "block",
    overflowWrap: "anywhere",
  },
  icon: { display: "inline-flex" },
});

export interface MethodDetailsProps {
  badges: readonly Badge[];
  /** DMARC alignment facts, shown under the DMARC method when present. */
  alignment?: AlignmentFacts;
  /** DKIM-Signature fields, shown under the DKIM method when present. */
  dkimSignatures?: readonly DkimSignatureTags[];
  /** Received-SPF fields, shown under the SPF method when present. */
  receivedSpf?: readonly ReceivedSpfField[];
  /** False on a host without settings, so no advice points to them. */
  settingsAvailable?: boolean;
  translate: Translate;
}

/** An expandable explanation per method: evidence, meaning and the fix. */
export function MethodDetails({
  badges,
  alignment,
  dkimSignatures = [],
  receivedSpf = [],
  settingsAvailable = true,
  translate,
}: MethodDetailsProps) {
  const styles = useStyles();
  const toneStyles = useToneStyles();

  return (
    <Accordion multiple collapsible data-method-details>
      {badges.map((badge, index) => {
        const { Icon, tone } = verdictAppearance(badge.state);
        return (
          <AccordionItem
            key={`${badge.method}:${index}`}
            value={`${badge.method}:${index}`}
          >
            <AccordionHeader
              icon={
                <span className={mergeClasses(styles.icon, toneStyles[tone])}>
                  <Icon />
                </span>
              }
            >
              {badgeLabel(translate, badge.method, badge.state)}
            </AccordionHeader>
            <AccordionPanel>
              <FactList
                facts={[
                  {
                    label: translate("ui.detail.result"),
                    value:
                      badge.evidence.length > 0
                        ? badge.evidence.map((resinfo, index) => (
                            <code key={index} className={styles.code}>
                              {formatResInfo(resinfo)}
                            </code>
                          ))
                        : translate("ui.detail.noEvidence"),
                  },
                  {
                    label: translate("ui.detail.domains"),
                    value: domainLines(badge.evidence).map((line) => (
                      <code key={line} className={styles.code}>
                        {line}
                      </code>
                    )),
                  },
                  {
                    label: translate("ui.detail.reason"),
                    value: reasons(badge.evidence).join("; "),
                  },
                  {
                    label: translate("ui.detail.signatures"),
                    value:
                      badge.method === "dkim"
                        ? dkimSignatures.map((signature, index) => (
                            <code key={index} className={styles.code}>
                              {formatSignature(signature)}
                            </code>
                          ))
                        : null,
                  },
                  {
                    label: translate("ui.detail.receivedSpf"),
                    value:
                      badge.method === "spf"
                        ? receivedSpf.map((field) => (
                            <code key={field.index} className={styles.code}>
                              {formatReceivedSpf(field)}
                            </code>
                          ))
                        : null,
                  },
                  {
                    label: translate("ui.detail.meaning"),
                    value: translate(methodMeaningKey(badge, alignment)),
                  },
                  {
                    label: translate("ui.detail.fix"),
                    value: translate(
                      methodFixKey(badge, alignment, settingsAvailable),
                    ),
                  },
                ]}
              />
              {badge.method === "dmarc" && alignment ? (
                <AlignmentDetails alignment={alignment} translate={translate} />
              ) : null}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}

/**
 * Writes a resinfo back in header syntax, such as
 * `spf=pass smtp.mailfrom=example.com`.
 */
function formatResInfo(resinfo: ResInfo): string {
  const parts = [`${resinfo.method}=${resinfo.result}`];
  for (const property of resinfo.properties) {
    parts.push(`${propertyName(property)}=${property.value}`);
  }
  return parts.join(" ");
}

/**
 * Returns `ptype.property`, or the bare property for lenient results such as
 * Microsoft's `action=none`, which carry no ptype.
 */
function propertyName(property: ResultProperty): string {
  return property.ptype === ""
    ? property.property
    : `${property.ptype}.${property.property}`;
}

const domainProperties = new Set([
  "smtp.mailfrom",
  "smtp.helo",
  "header.d",
  "header.i",
  "header.from",
]);

function domainLines(evidence: readonly ResInfo[]): string[] {
  const lines = new Set<string>();
  for (const resinfo of evidence) {
    for (const property of resinfo.properties) {
      const name = propertyName(property);
      if (domainProperties.has(name)) lines.add(`${name}: ${property.value}`);
    }
  }
  return [...lines];
}

function reasons(evidence: readonly ResInfo[]): string[] {
  return evidence
    .map((resinfo) => resinfo.reason)
    .filter((reason): reason is string => reason !== null && reason !== "");
}

/** Writes the tags that identify a DKIM signature: `d=`, `s=` and `a=`. */
function formatSignature(signature: DkimSignatureTags): string {
  const tags: [string, string | null][] = [
    ["d", signature.domain],
    ["s", signature.selector],
    ["a", signature.algorithm],
  ];
  return tags
    .filter((tag): tag is [string, string] => tag[1] !== null)
    .map(([name, value]) => `${name}=${value}`)
    .join(" ");
}

/**
 * Writes a Received-SPF field as its result and the client facts behind it,
 * or as written when it could not be parsed.
 */
function formatReceivedSpf(field: ReceivedSpfField): string {
  if (!field.parse.ok) return field.raw;

  const { result, pairs } = field.parse.receivedSpf;
  const parts = [result];
  for (const key of ["client-ip", "envelope-from", "helo"]) {
    const value = pairs[key];
    if (value) parts.push(`${key}=${value}`);
  }
  return parts.join(" ");
}
