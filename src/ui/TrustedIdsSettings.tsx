import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import {
  MAX_TRUSTED_IDS,
  parseTrustedIds,
} from "../core/auth/trusted-ids";
import type { MessageParams, Translate } from "../i18n";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
  },
  ids: { fontFamily: tokens.fontFamilyMonospace },
  actions: { display: "flex", justifyContent: "flex-end" },
});

/** Maximum length of an invalid entry quoted back; longer ones are cut. */
const MAX_QUOTED_LENGTH = 60;

export interface TrustedIdsSettingsProps {
  translate: Translate;
  /** Ids an administrator set for every user; shown, not editable. */
  adminIds: readonly string[];
  /** Ids the user saved before; the text area starts with them. */
  userIds: readonly string[];
  /** False when the host cannot store settings; the form is then read-only. */
  canSave: boolean;
  /** Stores the ids; resolves to whether they were saved. */
  onSave: (ids: string[]) => Promise<boolean>;
}

type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved" }
  | { kind: "failed" }
  | { kind: "invalid"; messageKey: string; params: MessageParams };

/**
 * Renders a collapsed settings section where the user lists the
 * authserv-ids of their own mail servers, one per line or separated by
 * commas. Entries that are not host names are named back and nothing is
 * saved until they are fixed.
 */
export function TrustedIdsSettings({
  translate,
  adminIds,
  userIds,
  canSave,
  onSave,
}: TrustedIdsSettingsProps) {
  const styles = useStyles();
  const [text, setText] = useState(userIds.join("\n"));
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });

  const save = async () => {
    const { ids, invalid, dropped } = parseTrustedIds(text);
    if (invalid.length > 0) {
      setStatus({
        kind: "invalid",
        messageKey: "outlook.settings.invalid",
        params: { ids: invalid.map(quoteEntry).join(", ") },
      });
      return;
    }
    // Both lists apply together, and only MAX_TRUSTED_IDS of them count.
    const room = MAX_TRUSTED_IDS - adminIds.length;
    const added = ids.filter((id) => !adminIds.includes(id));
    if (dropped > 0 || added.length > room) {
      setStatus({
        kind: "invalid",
        messageKey: "outlook.settings.tooMany",
        params: { limit: Math.max(room, 0) },
      });
      return;
    }

    setStatus({ kind: "saving" });
    const saved = await onSave(ids);
    if (saved) {
      setText(ids.join("\n"));
    }
    setStatus({ kind: saved ? "saved" : "failed" });
  };

  return (
    <Accordion collapsible>
      <AccordionItem value="trusted-ids">
        <AccordionHeader as="h2">
          {translate("outlook.settings.heading")}
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Text as="p" block>
            {translate("outlook.settings.help")}
          </Text>
          {adminIds.length > 0 ? (
            <Text as="p" block data-testid="admin-trusted-ids">
              {translate("outlook.settings.admin", {
                ids: adminIds.join(", "),
              })}
            </Text>
          ) : null}
          <Field
            label={translate("outlook.settings.label")}
            hint={translate("outlook.settings.hint")}
            validationState={status.kind === "invalid" ? "error" : "none"}
            validationMessage={
              status.kind === "invalid"
                ? translate(status.messageKey, status.params)
                : undefined
            }
          >
            <Textarea
              className={styles.ids}
              resize="vertical"
              rows={4}
              value={text}
              disabled={!canSave}
              spellCheck={false}
              onChange={(_event, data) => {
                setText(data.value);
                if (status.kind !== "saving") setStatus({ kind: "idle" });
              }}
            />
          </Field>
          {canSave ? null : (
            <Text as="p" block>
              {translate("outlook.settings.unavailable")}
            </Text>
          )}
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={!canSave || status.kind === "saving"}
              onClick={() => void save()}
            >
              {translate("outlook.settings.save")}
            </Button>
          </div>
          {status.kind === "saved" ? (
            <MessageBar intent="success" layout="multiline" role="status">
              <MessageBarBody>
                {translate("outlook.settings.saved")}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {status.kind === "failed" ? (
            <MessageBar intent="error" layout="multiline" role="alert">
              <MessageBarBody>
                {translate("outlook.settings.saveFailed")}
              </MessageBarBody>
            </MessageBar>
          ) : null}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

function quoteEntry(entry: string): string {
  return entry.length > MAX_QUOTED_LENGTH
    ? `${entry.slice(0, MAX_QUOTED_LENGTH)}…`
    : entry;
}
