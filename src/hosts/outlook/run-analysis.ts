import type { Analysis } from "../../core/analyze";
import type { RecordDiagnostic } from "./mailbox";

/** Result of one analysis run: the analysis, or the error's name and code. */
export type AnalysisOutcome =
  | { ok: true; value: Analysis }
  | { ok: false; code: string };

/**
 * Runs one analysis and records a failure. Only the error's name and code
 * are kept, because a parser's message may quote the message content.
 */
export async function runAnalysis(
  call: string,
  analyze: () => Promise<Analysis>,
  record: RecordDiagnostic,
): Promise<AnalysisOutcome> {
  try {
    const value = await analyze();
    return { ok: true, value };
  } catch (error) {
    const code = describeError(error);
    record({ call, outcome: "failed", detail: code });
    return { ok: false, code };
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) {
    return "unknown";
  }
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? `${error.name} ${code}` : error.name;
}
