import type { Catalog } from "../types";

export const bounceMessages: Catalog = {};
