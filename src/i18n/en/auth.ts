import type { Catalog } from "../types";

export const authMessages: Catalog = {};
