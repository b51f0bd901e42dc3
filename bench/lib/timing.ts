import { median } from "./stats";

/** Options for `timePerCall`. */
export interface TimePerCallOptions {
  /** Minimum wall time of one sample, in milliseconds. */
  minSampleMs?: number;
  /** Number of samples, combined by `statistic`. */
  samples?: number;
  /** Upper bound on calls in one sample, so a slow call cannot loop long. */
  maxCallsPerSample?: number;
  /**
   * Statistic that combines the samples: `median` (the default), or `min`,
   * which suits ratios of two sizes because other work on the machine only
   * adds time.
   */
  statistic?: "median" | "min";
}

/**
 * Measures the time of one call of `run`, in milliseconds: the median (or
 * minimum) over samples. Each sample
 * calls `run` at least once and repeats it until `minSampleMs` has passed, so calls far shorter than
 * the timer's resolution still get a stable figure. One untimed call warms
 * the function first.
 */
export async function timePerCall(
  run: () => unknown,
  options: TimePerCallOptions = {},
): Promise<number> {
  const minSampleMs = options.minSampleMs ?? 50;
  const samples = options.samples ?? 5;
  const maxCalls = options.maxCallsPerSample ?? 1_000_000;

  await run();
  const perCall: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      await run();
      calls++;
      elapsed = performance.now() - start;
    } while (elapsed < minSampleMs && calls < maxCalls);
    perCall.push(elapsed / calls);
  }
  return options.statistic === "min" ? Math.min(...perCall) : median(perCall);
}
