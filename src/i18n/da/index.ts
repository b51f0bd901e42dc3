import type { Catalog } from "../types";
import { authMessages } from "./auth";
import { codeMessages } from "./codes";
import { outlookMessages } from "./outlook";
import { reportMessages } from "./report";

/** The Danish catalog; a key it lacks falls back to English. */
export const da: Catalog = {
  ...authMessages,
  ...codeMessages,
  ...outlookMessages,
  ...reportMessages,
};
