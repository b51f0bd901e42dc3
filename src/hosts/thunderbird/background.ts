import { analyzeMessage } from "../../core/analyze";
import { resolveLanguage } from "../../i18n";
import { BackgroundController } from "./background-controller";
import { createHostTranslator } from "./host-messages";
import type { MessengerApi } from "./messenger-api";

declare const messenger: MessengerApi;

const translate = createHostTranslator(
  resolveLanguage(messenger.i18n.getUILanguage()),
);

new BackgroundController(messenger, {
  analyze: (raw, options) => analyzeMessage(raw, options),
  translate,
}).install();
