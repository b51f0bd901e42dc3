import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AlignmentFacts, AlignmentMatch } from "../core/auth/types";
import type { Translate } from "../i18n";
import { FactList } from "./FactList";

const useStyles = makeStyles({
  block: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalM,
  },
  line: { display: "block", overflowWrap: "anywhere" },
});

export interface AlignmentDetailsProps {
  alignment: AlignmentFacts;
  translate: Translate;
}

/**
 * Renders how the SPF and DKIM domains relate to the From domain, which
 * decides DMARC (RFC 7489 section 3.1), and the policy the domain publishes.
 */
export function AlignmentDetails({
  alignment,
  translate,
}: AlignmentDetailsProps) {
  const styles = useStyles();
  const { spf, dkim, policy } = alignment;

  return (
    <div className={styles.block} data-alignment>
      <Text weight="semibold">{translate("ui.alignment.heading")}</Text>
      <FactList
        facts={[
          {
            label: translate("ui.alignment.why"),
            value: translate(alignment.reason),
          },
          {
            label: translate("ui.alignment.fromDomain"),
            value: alignment.fromDomain,
          },
          {
            label: translate("ui.alignment.spf"),
            value: spf.domain
              ? describe(translate, spf.domain, spf.match, spf.aligned)
              : null,
          },
          {
            label: translate("ui.alignment.dkim"),
            value: dkim
              .filter((entry) => entry.domain !== null)
              .map((entry, index) => (
                <span key={index} className={styles.line}>
                  {describe(
                    translate,
                    entry.domain ?? "",
                    entry.match,
                    entry.aligned,
                  )}
                </span>
              )),
          },
          {
            label: translate("ui.alignment.policy"),
            value: policy.policy
              ? translate("ui.alignment.policyValue", {
                  policy: policy.policy,
                  subdomainPolicy: policy.subdomainPolicy ?? policy.policy,
                })
              : null,
          },
        ]}
      />
    </div>
  );
}

function describe(
  translate: Translate,
  domain: string,
  match: AlignmentMatch | null,
  aligned: boolean,
): string {
  return translate("ui.alignment.entry", {
    domain,
    match: translate(`ui.alignment.match.${match ?? "unknown"}`),
    aligned: translate(
      aligned ? "ui.alignment.aligned" : "ui.alignment.notAligned",
    ),
  });
}
