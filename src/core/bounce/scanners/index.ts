import type { BounceScanner } from "../scanner";

/** Scanners for non-standard bounces, tried in order; the first match wins. */
export const SCANNERS: readonly BounceScanner[] = [];
