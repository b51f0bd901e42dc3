import { resolveLanguage } from "../../i18n";
import { createHostTranslator } from "./host-messages";
import type { MessengerApi } from "./messenger-api";
import { startOptionsPage } from "./options-page";

declare const messenger: MessengerApi;

void startOptionsPage(
  document,
  messenger.storage.local,
  createHostTranslator(resolveLanguage(messenger.i18n.getUILanguage())),
);
