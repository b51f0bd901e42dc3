import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import type { AuthenticationAnalysis } from "../core/auth/types";
import type { Translate } from "../i18n";
import { verdictAdviceKey } from "./authAdvice";
import { BadgeRow } from "./BadgeRow";
import { MethodDetails } from "./MethodDetails";
import { MicrosoftDetails } from "./MicrosoftDetails";
import { OverallVerdict } from "./OverallVerdict";
import { UntrustedClaims } from "./UntrustedClaims";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface AuthenticationSectionProps {
  authentication: AuthenticationAnalysis;
  /** False on a host without settings, so no advice points to them. */
  settingsAvailable?: boolean;
  translate: Translate;
}

/** Renders the verdict, the badges, their details and the untrusted claims. */
export function AuthenticationSection({
  authentication,
  settingsAvailable = true,
  translate,
}: AuthenticationSectionProps) {
  const styles = useStyles();
  const headingId = useId();
  const hasResults = authentication.fields.length > 0;
  const lenient = authentication.fields.some(
    (field) => field.trusted && field.parse.ok && field.parse.header.lenient,
  );

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {translate("ui.auth.heading")}
      </Subtitle2>
      {hasResults ? (
        <>
          <OverallVerdict
            verdict={authentication.overall}
            adviceKey={verdictAdviceKey(authentication, settingsAvailable)}
            translate={translate}
          />
          <BadgeRow badges={authentication.badges} translate={translate} />
          {authentication.authservId ? (
            <Text size={200} className={styles.note}>
              {translate("ui.auth.authservId", {
                authservId: authentication.authservId,
              })}
            </Text>
          ) : null}
          {lenient ? (
            <Text size={200} className={styles.note}>
              {translate("ui.auth.lenient")}
            </Text>
          ) : null}
          <MethodDetails
            badges={authentication.badges}
            alignment={authentication.alignment}
            dkimSignatures={authentication.dkimSignatures}
            receivedSpf={authentication.receivedSpf}
            settingsAvailable={settingsAvailable}
            translate={translate}
          />
          {authentication.microsoft ? (
            <MicrosoftDetails
              microsoft={authentication.microsoft}
              translate={translate}
            />
          ) : null}
        </>
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {translate("ui.auth.empty.title")}
            </MessageBarTitle>
            {translate("ui.auth.empty.body")}
          </MessageBarBody>
        </MessageBar>
      )}
      <UntrustedClaims fields={authentication.fields} translate={translate} />
    </section>
  );
}
