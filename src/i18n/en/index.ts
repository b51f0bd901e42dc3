import type { Catalog } from "../types";
import { authMessages } from "./auth";
import { bounceMessages } from "./bounce";
import { codeMessages } from "./codes";
import { outlookMessages } from "./outlook";
import { reportMessages } from "./report";
import { thunderbirdMessages } from "./thunderbird";
import { uiMessages } from "./ui";

/** The English catalog: the reference every other language falls back to. */
export const en: Catalog = {
  ...authMessages,
  ...bounceMessages,
  ...codeMessages,
  ...outlookMessages,
  ...reportMessages,
  ...thunderbirdMessages,
  ...uiMessages,
};
