import {
  Button,
  FluentProvider,
  Switch,
  Text,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Translate } from "../../i18n";
import { App } from "../../ui/App";
import type {
  DiagnosticEntry,
  MessageInput,
  ThemeName,
  ViewState,
} from "../../ui/types";
import { analyzeInput, type InputResult } from "../shared/analyze-input";
import { SAMPLES, findSample, type SampleMessage } from "./samples";

const useStyles = makeStyles({
  page: {
    minHeight: "100vh",
    display: "grid",
    gridTemplateColumns: "minmax(14rem, 18rem) 1fr",
    "@media (max-width: 720px)": { gridTemplateColumns: "1fr" },
    backgroundColor: tokens.colorNeutralBackground1,
  },
  sidebar: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  intro: { color: tokens.colorNeutralForeground3 },
  samples: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  sample: { justifyContent: "flex-start", width: "100%", textAlign: "start" },
  current: { fontWeight: tokens.fontWeightSemibold },
  result: { minWidth: 0 },
});

export interface PreviewPageProps {
  translate: Translate;
  initialTheme: ThemeName;
  /** Sample to open first; the first sample when null or unknown. */
  initialSampleId: string | null;
}

/** Renders the standalone page: sample list, and the add-in's view beside it. */
export function PreviewPage({
  translate,
  initialTheme,
  initialSampleId,
}: PreviewPageProps) {
  const styles = useStyles();
  const initialSample = findSample(initialSampleId) ?? SAMPLES[0] ?? null;
  const [theme, setTheme] = useState<ThemeName>(initialTheme);
  const [state, setState] = useState<ViewState>({ status: "loading" });
  const [currentId, setCurrentId] = useState<string | null>(
    initialSample?.id ?? null,
  );
  const [diagnostics, setDiagnostics] = useState<DiagnosticEntry[]>([]);
  // Only the latest request may update the view, so a slow analysis that
  // finishes after a newer one cannot overwrite it.
  const latestRequest = useRef(0);
  const resultRef = useRef<HTMLDivElement>(null);
  // Set when the user picks a sample: on a narrow screen the result starts
  // below the sample list, so focus and scroll move to it once it is shown.
  const focusResultWhenShown = useRef(false);

  /** Analyses a message; the caller has already shown the loading state. */
  const runAnalysis = useCallback(
    async (input: MessageInput) => {
      const request = ++latestRequest.current;
      let result: InputResult;
      try {
        result = await analyzeInput(input, {
          pastedName: translate("ui.doors.pastedName"),
        });
      } catch (error) {
        // analyzeInput turns parse failures into states itself; this is a
        // bug elsewhere, reported without the error text, which may quote
        // message content.
        result = {
          state: {
            status: "error",
            messageKey: "ui.error.generic",
            hintKey: "ui.error.generic.hint",
          },
          diagnostic: {
            call: "analyzeInput",
            outcome: "failed",
            detail: error instanceof Error ? error.name : "unknown error",
          },
        };
      }
      if (request !== latestRequest.current) return;
      setState(result.state);
      setDiagnostics((entries) => [...entries, result.diagnostic]);
    },
    [translate],
  );

  const openInput = (input: MessageInput, sampleId: string | null) => {
    if (sampleId === null) {
      // The view no longer shows a sample, so a reload must not claim one.
      const url = new URL(window.location.href);
      url.searchParams.delete("sample");
      window.history.replaceState(null, "", url);
    }
    setCurrentId(sampleId);
    setState({ status: "loading" });
    void runAnalysis(input);
  };

  const openSample = (sample: SampleMessage) => {
    const url = new URL(window.location.href);
    url.searchParams.set("sample", sample.id);
    window.history.replaceState(null, "", url);
    focusResultWhenShown.current = true;
    openInput(sampleInput(sample), sample.id);
  };

  useEffect(() => {
    if (state.status === "loading" || !focusResultWhenShown.current) return;
    focusResultWhenShown.current = false;
    focusResult(resultRef.current);
  }, [state]);

  useEffect(() => {
    if (initialSample) void runAnalysis(sampleInput(initialSample));
  }, [initialSample, runAnalysis]);

  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>
      <div className={styles.page}>
        <nav
          className={styles.sidebar}
          aria-label={translate("ui.preview.samples")}
        >
          <Title3 as="p">{translate("ui.preview.title")}</Title3>
          <Text className={styles.intro}>{translate("ui.preview.intro")}</Text>
          <Switch
            label={translate("ui.preview.darkTheme")}
            checked={theme === "dark"}
            onChange={(_event, data) =>
              setTheme(data.checked ? "dark" : "light")
            }
          />
          <Text weight="semibold" as="h2">
            {translate("ui.preview.samples")}
          </Text>
          <ul className={styles.samples}>
            {SAMPLES.map((sample) => (
              <li key={sample.id}>
                <Button
                  appearance={sample.id === currentId ? "secondary" : "subtle"}
                  className={mergeClasses(
                    styles.sample,
                    sample.id === currentId && styles.current,
                  )}
                  aria-current={sample.id === currentId ? "true" : undefined}
                  data-sample={sample.id}
                  onClick={() => openSample(sample)}
                >
                  {translate(`ui.preview.sample.${sample.id}`)}
                </Button>
              </li>
            ))}
          </ul>
        </nav>
        <div ref={resultRef} className={styles.result}>
          <App
            state={state}
            translate={translate}
            theme={theme}
            onInput={(input) => openInput(input, null)}
            diagnostics={diagnostics}
            settingsAvailable={false}
          />
        </div>
      </div>
    </FluentProvider>
  );
}

/**
 * Moves focus to the result's heading (the subject, or the error message)
 * and scrolls it to the top, so keyboard, screen reader and touch users
 * land on what they asked for.
 */
function focusResult(container: HTMLElement | null) {
  const target = container?.querySelector<HTMLElement>("h1, [role='alert']");
  if (!target) return;

  if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.focus({ preventScroll: true });
  // jsdom has no scrollIntoView; every browser the page supports has it.
  target.scrollIntoView?.({ block: "start" });
}

function sampleInput(sample: SampleMessage): MessageInput {
  return {
    kind: "file",
    name: `${sample.id}.eml`,
    bytes: new TextEncoder().encode(sample.source),
  };
}
