import { analyzeMessage } from "../../core/analyze";
import { createTranslator, resolveLanguage } from "../../i18n";
import { BackgroundController } from "./background-controller";
import type { MessengerApi } from "./messenger-api";

declare const messenger: MessengerApi;

const translate = createTranslator(
  resolveLanguage(messenger.i18n.getUILanguage()),
);

new BackgroundController(messenger, {
  analyze: (raw, options) => analyzeMessage(raw, options),
  translate,
}).install();
