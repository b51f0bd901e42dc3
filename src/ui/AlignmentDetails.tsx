import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type {
  AlignmentFacts,
  AlignmentMatch,
  VerdictState,
} from "../core/auth/types";
import type { Translate } from "../i18n";
import { policyWithoutVerdict } from "./authAdvice";
import { FactList } from "./FactList";
import { translateIfPresent } from "./translateOr";

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
  const notedPolicy = policyWithoutVerdict(alignment);

  return (
    <div className={styles.block} data-alignment>
      <Text weight="semibold">{translate("ui.alignment.heading")}</Text>
      <FactList
        facts={[
          {
            label: translate("ui.alignment.why"),
            value:
              notedPolicy === null
                ? translate(alignment.reason)
                : translate("ui.alignment.reason.policyWithoutVerdict", {
                    policy: notedPolicy,
                    meaning: policyMeaning(translate, notedPolicy),
                  }),
          },
          {
            label: translate("ui.alignment.fromDomain"),
            value: alignment.fromDomain,
          },
          {
            label: translate("ui.alignment.spf"),
            value: spf.domain
              ? describe(translate, "spf", spf.domain, spf)
              : null,
          },
          {
            label: translate("ui.alignment.dkim"),
            value: dkim
              .filter((entry) => entry.domain !== null)
              .map((entry, index) => (
                <span key={index} className={styles.line}>
                  {describe(translate, "dkim", entry.domain ?? "", entry)}
                </span>
              )),
          },
          {
            label: translate("ui.alignment.policy"),
            value: policy.policy
              ? translate("ui.alignment.policyValue", {
                  policy: policy.policy,
                  meaning: policyMeaning(translate, policy.policy),
                  subdomainPolicy: policy.subdomainPolicy ?? policy.policy,
                })
              : null,
          },
        ]}
      />
    </div>
  );
}

/** The fields that SPF and DKIM alignment facts share. */
interface MethodAlignment {
  match: AlignmentMatch | null;
  state: VerdictState;
  aligned: boolean;
}

/** Returns what a DMARC `p=` value requests of receivers (RFC 7489 6.3). */
function policyMeaning(translate: Translate, policy: string): string {
  return (
    translateIfPresent(translate, `ui.alignment.policyMeaning.${policy}`) ??
    translate("ui.alignment.policyMeaning.unknown")
  );
}

/**
 * Describes how one SPF or DKIM domain relates to the From domain, and why
 * a matching domain still does not count for DMARC: the check did not pass,
 * or the policy requires strict alignment.
 */
function describe(
  translate: Translate,
  method: "spf" | "dkim",
  domain: string,
  facts: MethodAlignment,
): string {
  return translate("ui.alignment.entry", {
    domain,
    match: translate(`ui.alignment.match.${facts.match ?? "unknown"}`),
    aligned: alignedText(translate, method, facts),
  });
}

function alignedText(
  translate: Translate,
  method: "spf" | "dkim",
  facts: MethodAlignment,
): string {
  if (facts.aligned) return translate("ui.alignment.aligned");

  const sameDomain = facts.match === "strict" || facts.match === "relaxed";
  if (!sameDomain) return translate("ui.alignment.notAligned");
  if (facts.state !== "passed") {
    return translate(`ui.alignment.notAligned.${method}NotPassed`, {
      state: translate(`ui.state.${facts.state}`).toLocaleLowerCase(),
    });
  }
  return translate("ui.alignment.notAligned.strict");
}
