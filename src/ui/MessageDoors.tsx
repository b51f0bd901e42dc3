import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ArrowUpload24Regular } from "@fluentui/react-icons";
import { useId, useRef, useState, type DragEvent } from "react";
import type { MessageParams, Translate } from "../i18n";
import { MAX_INPUT_BYTES, readFileBytes } from "./readFileBytes";
import type { MessageInput } from "./types";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  dropZone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    textAlign: "center",
  },
  dropActive: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hiddenInput: { display: "none" },
  paste: { fontFamily: tokens.fontFamilyMonospace },
  actions: { display: "flex", justifyContent: "flex-end" },
});

/** File types the picker offers; a drop accepts any file. */
const ACCEPTED_FILES =
  ".eml,.msg,.txt,message/rfc822,application/vnd.ms-outlook,text/plain";

export interface MessageDoorsProps {
  onInput: (input: MessageInput) => void;
  translate: Translate;
  /**
   * True when the message on show is no delivery report, so the doors
   * explain how to bring a bounce in: mail clients such as Outlook run no
   * add-in on a bounce itself.
   */
  suggestBounceDoors?: boolean;
}

interface DoorError {
  messageKey: string;
  hintKey: string;
  params: MessageParams;
}

/** The ways to hand in a message: drop a file, choose one, or paste text. */
export function MessageDoors({
  onInput,
  translate,
  suggestBounceDoors = false,
}: MessageDoorsProps) {
  const styles = useStyles();
  const headingId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragActive, setDragActive] = useState(false);
  const [pasted, setPasted] = useState("");
  const [error, setError] = useState<DoorError | null>(null);

  const acceptFile = async (file: File) => {
    setError(null);
    if (file.size > MAX_INPUT_BYTES) {
      setError({
        messageKey: "ui.error.tooLarge",
        hintKey: "ui.error.tooLarge.hint",
        params: {
          name: file.name,
          size: Math.ceil(file.size / 1024 / 1024),
          limit: MAX_INPUT_BYTES / 1024 / 1024,
        },
      });
      return;
    }

    let bytes: Uint8Array;
    try {
      bytes = await readFileBytes(file);
    } catch {
      setError({
        messageKey: "ui.error.readFile",
        hintKey: "ui.error.readFile.hint",
        params: { name: file.name },
      });
      return;
    }
    onInput({ kind: "file", name: file.name, bytes });
  };

  const analysePasted = () => {
    if (pasted.trim() !== "") onInput({ kind: "text", text: pasted });
  };

  const onDragOver = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setDragActive(true);
  };

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragActive(false);

    const file = event.dataTransfer.files[0];
    if (file) {
      void acceptFile(file);
      return;
    }
    const text = event.dataTransfer.getData("text/plain");
    if (text.trim() !== "") onInput({ kind: "text", text });
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {translate("ui.doors.heading")}
      </Subtitle2>
      {suggestBounceDoors ? (
        <Text data-testid="bounce-doors-hint">
          {translate("ui.doors.bounceHint")}
        </Text>
      ) : null}
      <div
        className={mergeClasses(
          styles.dropZone,
          dragActive && styles.dropActive,
        )}
        data-testid="drop-zone"
        onDragEnter={onDragOver}
        onDragOver={onDragOver}
        onDragLeave={() => setDragActive(false)}
        onDrop={onDrop}
      >
        <ArrowUpload24Regular />
        <Text>
          {translate(dragActive ? "ui.doors.dropActive" : "ui.doors.drop")}
        </Text>
        <Button onClick={() => fileInput.current?.click()}>
          {translate("ui.doors.choose")}
        </Button>
        <input
          ref={fileInput}
          className={styles.hiddenInput}
          type="file"
          accept={ACCEPTED_FILES}
          aria-label={translate("ui.doors.choose")}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Clearing the value lets the same file be chosen again.
            event.target.value = "";
            if (file) void acceptFile(file);
          }}
        />
      </div>
      {error ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <Text as="p" block>
              {translate(error.messageKey, error.params)}
            </Text>
            <Text as="p" block>
              {translate(error.hintKey, error.params)}
            </Text>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Field label={translate("ui.doors.pasteLabel")}>
        <Textarea
          className={styles.paste}
          resize="vertical"
          rows={5}
          value={pasted}
          placeholder={translate("ui.doors.pastePlaceholder")}
          onChange={(_event, data) => setPasted(data.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              analysePasted();
            }
          }}
        />
      </Field>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={pasted.trim() === ""}
          onClick={analysePasted}
        >
          {translate("ui.doors.analyse")}
        </Button>
      </div>
    </section>
  );
}
