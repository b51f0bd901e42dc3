import {
  MAX_TRUSTED_IDS,
  parseTrustedIds,
} from "../../core/auth/trusted-ids";
import type { Translate } from "../../i18n";
import type { StorageAreaApi } from "./messenger-api";
import {
  formatTrustedIds,
  loadTrustedIds,
  saveTrustedIds,
} from "./trusted-ids";

/**
 * Fills the options page's words, loads the stored trusted authserv-ids into
 * its text area and saves them when the form is submitted. The page's
 * markup is pages/options.html.
 */
export async function startOptionsPage(
  document: Document,
  storage: StorageAreaApi,
  translate: Translate,
): Promise<void> {
  const form = requireElement(document, "form", HTMLFormElement);
  const textArea = requireElement(document, "trusted-ids", HTMLTextAreaElement);
  const status = requireElement(document, "status", HTMLElement);

  document.title = translate("thunderbird.options.title");
  setText(document, "title", translate("thunderbird.options.title"));
  setText(document, "trusted-label", translate("thunderbird.options.trustedIds.label"));
  setText(document, "trusted-help", translate("thunderbird.options.trustedIds.help"));
  setText(document, "save", translate("thunderbird.options.save"));

  const showStatus = (text: string, isError: boolean): void => {
    status.textContent = text;
    status.classList.toggle("error", isError);
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void saveForm(textArea, storage, translate, showStatus);
  });

  try {
    textArea.value = formatTrustedIds(await loadTrustedIds(storage));
  } catch (error) {
    showStatus(
      translate("thunderbird.options.loadFailed", { error: errorName(error) }),
      true,
    );
  }
}

async function saveForm(
  textArea: HTMLTextAreaElement,
  storage: StorageAreaApi,
  translate: Translate,
  showStatus: (text: string, isError: boolean) => void,
): Promise<void> {
  const { ids, invalid, dropped } = parseTrustedIds(textArea.value);
  if (invalid.length > 0) {
    showStatus(
      translate("thunderbird.options.invalid", { ids: invalid.join(", ") }),
      true,
    );
    return;
  }
  if (dropped > 0) {
    showStatus(
      translate("thunderbird.options.tooMany", { limit: MAX_TRUSTED_IDS }),
      true,
    );
    return;
  }

  try {
    await saveTrustedIds(storage, ids);
  } catch (error) {
    showStatus(
      translate("thunderbird.options.saveFailed", { error: errorName(error) }),
      true,
    );
    return;
  }
  textArea.value = formatTrustedIds(ids);
  showStatus(translate("thunderbird.options.saved"), false);
}

function requireElement<T extends HTMLElement>(
  document: Document,
  id: string,
  type: { new (): T; prototype: T },
): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) {
    throw new Error(`The options page has no #${id} element of the expected type.`);
  }
  return element;
}

function setText(document: Document, id: string, text: string): void {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}
