import type { Catalog } from "../types";
import { codeMessages } from "./codes";
import { outlookMessages } from "./outlook";

/** The Danish catalog; a key it lacks falls back to English. */
export const da: Catalog = {
  ...codeMessages,
  ...outlookMessages,
};
