import type * as EngineModule from "./engine-module";

/** The analysis functions: message parsing, authentication, bounces. */
export type Engine = typeof EngineModule;

let loading: Promise<Engine> | null = null;

/**
 * Loads the analysis code. It is a separate download (postal-mime, the
 * Public Suffix List, the bounce scanners), so a host starts it as early as
 * it can and the pane's first paint does not wait for it. A failed load is
 * forgotten, so the next call tries again.
 */
export function loadEngine(): Promise<Engine> {
  loading ??= import(/* webpackChunkName: "engine" */ "./engine-module").catch(
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
