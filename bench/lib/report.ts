/** A performance target and how this run measured against it. */
export interface TargetResult {
  /** What is compared, such as "CLI throughput vs Sisimai". */
  name: string;
  /** The target in words, such as "≥ 3×". */
  goal: string;
  /** The measured figure in words, or why it could not be measured. */
  measured: string;
  /** Null when the target could not be measured in this run. */
  met: boolean | null;
}

/** What one section of the benchmark found. */
export interface SectionResult {
  title: string;
  /** Figures, one per line, already formatted. */
  lines: string[];
  targets: TargetResult[];
}

/** Builds a target result from a measured number and its limit. */
export function judge(
  name: string,
  measuredValue: number,
  comparison: "<=" | ">=" | "<",
  limit: number,
  goal: string,
  measured: string,
): TargetResult {
  let met: boolean | null;
  if (!Number.isFinite(measuredValue)) met = null;
  else if (comparison === "<=") met = measuredValue <= limit;
  else if (comparison === ">=") met = measuredValue >= limit;
  else met = measuredValue < limit;
  return { name, goal, measured, met };
}

/** A target that this run could not measure, with the reason. */
export function notMeasured(
  name: string,
  goal: string,
  reason: string,
): TargetResult {
  return { name, goal, measured: `not measured: ${reason}`, met: null };
}

/** Lays out rows as a plain-text table with aligned columns. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  return [
    line(header),
    line(widths.map((width) => "-".repeat(width))),
    ...rows.map(line),
  ].join("\n");
}
