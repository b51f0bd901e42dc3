import type { Catalog } from "../types";
import { authMessages } from "./auth";
import { bounceMessages } from "./bounce";
import { codeMessages } from "./codes";
import { outlookMessages } from "./outlook";
import { reportMessages } from "./report";
import { thunderbirdMessages } from "./thunderbird";
import { uiMessages } from "./ui";

/** The Danish catalog; a key it lacks falls back to English. */
export const da: Catalog = {
  ...authMessages,
  ...bounceMessages,
  ...codeMessages,
  ...outlookMessages,
  ...reportMessages,
  ...thunderbirdMessages,
  ...uiMessages,
};
