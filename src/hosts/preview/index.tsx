import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { loadTranslator, resolveLanguage } from "../../i18n/load";
import { PreviewPage } from "./PreviewPage";

const container = document.getElementById("root");
if (!container) throw new Error("preview.html has no element with id 'root'");

const params = new URLSearchParams(window.location.search);
// `?lang=da` shows the page in another language than the browser's.
const language = resolveLanguage(params.get("lang") ?? navigator.language);
const translate = await loadTranslator(language);
document.documentElement.lang = language;
const prefersDark =
  window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
const requestedTheme = params.get("theme");
const theme =
  requestedTheme === "dark" || requestedTheme === "light"
    ? requestedTheme
    : prefersDark
      ? "dark"
      : "light";

// A file dropped beside the drop zone would make the browser open it in
// place of the page, losing the view.
for (const type of ["dragover", "drop"]) {
  window.addEventListener(type, (event) => event.preventDefault());
}

document.title = translate("ui.preview.title");
createRoot(container).render(
  <StrictMode>
    <PreviewPage
      translate={translate}
      initialTheme={theme}
      initialSampleId={params.get("sample")}
    />
  </StrictMode>,
);
