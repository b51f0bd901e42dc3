import type { Catalog } from "../types";

export const codeMessages: Catalog = {};
