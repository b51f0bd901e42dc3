import {
  FluentProvider,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { AnalysisView } from "./AnalysisView";
import { DiagnosticsSection } from "./DiagnosticsSection";
import { ErrorView } from "./ErrorView";
import { LoadingView } from "./LoadingView";
import { MessageDoors } from "./MessageDoors";
import { RenderErrorBoundary } from "./RenderErrorBoundary";
import type { Translate } from "../i18n";
import type { AppProps, ViewState } from "./types";

const useStyles = makeStyles({
  root: {
    minHeight: "100%",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXL,
    maxWidth: "48rem",
    margin: "0 auto",
    padding: tokens.spacingHorizontalL,
    boxSizing: "border-box",
  },
});

/** Renders the root component every host shows, by view state and theme. */
export function App({
  state,
  translate,
  theme,
  onInput,
  diagnostics,
  settingsAvailable = true,
  settings,
}: AppProps) {
  const styles = useStyles();

  return (
    <FluentProvider
      theme={theme === "dark" ? webDarkTheme : webLightTheme}
      className={styles.root}
    >
      <main className={styles.main} aria-busy={state.status === "loading"}>
        {/* Only this short status is announced: a live region around the
            whole analysis would make screen readers read all of it. */}
        <span className={styles.visuallyHidden} aria-live="polite">
          {statusText(state, translate)}
        </span>
        <div>
          {state.status === "loading" ? (
            <LoadingView translate={translate} />
          ) : null}
          {state.status === "error" ? (
            <ErrorView state={state} translate={translate} />
          ) : null}
          {state.status === "ready" ? (
            <RenderErrorBoundary
              resetKey={state}
              fallback={
                <ErrorView
                  state={{
                    status: "error",
                    messageKey: "ui.error.render",
                    hintKey: "ui.error.render.hint",
                    params: { name: state.sourceName },
                  }}
                  translate={translate}
                />
              }
            >
              <AnalysisView
                analysis={state.analysis}
                sourceName={state.sourceName}
                settingsAvailable={settingsAvailable}
                translate={translate}
              />
            </RenderErrorBoundary>
          ) : null}
        </div>
        {onInput ? (
          <MessageDoors
            onInput={onInput}
            translate={translate}
            suggestBounceDoors={
              state.status === "ready" && state.analysis.bounce === null
            }
          />
        ) : null}
        {settings}
        {diagnostics ? (
          <DiagnosticsSection entries={diagnostics} translate={translate} />
        ) : null}
      </main>
    </FluentProvider>
  );
}

function statusText(state: ViewState, translate: Translate): string {
  if (state.status === "loading") return translate("ui.loading");
  if (state.status === "ready") {
    return translate("ui.status.ready", { name: state.sourceName });
  }
  return "";
}
