import { createTranslator, resolveLanguage } from "../../i18n";
import type { MessengerApi } from "./messenger-api";
import { startOptionsPage } from "./options-page";

declare const messenger: MessengerApi;

void startOptionsPage(
  document,
  messenger.storage.local,
  createTranslator(resolveLanguage(messenger.i18n.getUILanguage())),
);
