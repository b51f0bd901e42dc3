import { createRoot } from "react-dom/client";
import { createTranslator, resolveLanguage } from "../../i18n";
import { App } from "../../ui";
import type { ThemeName } from "../../ui/types";
import type { MessengerApi } from "./messenger-api";
import { loadPopupState } from "./popup-state";

declare const messenger: MessengerApi;

const translate = createTranslator(
  resolveLanguage(messenger.i18n.getUILanguage()),
);
const theme: ThemeName = window.matchMedia("(prefers-color-scheme: dark)")
  .matches
  ? "dark"
  : "light";

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  root.render(
    <App state={{ status: "loading" }} translate={translate} theme={theme} />,
  );
  void loadPopupState(messenger).then(({ view, diagnostics }) => {
    root.render(
      <App
        state={view}
        translate={translate}
        theme={theme}
        diagnostics={diagnostics}
      />,
    );
  });
}
