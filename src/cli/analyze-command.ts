import { parseArgs } from "node:util";
import { analyzeMessage } from "../core/analyze";
import { MAX_TRUSTED_IDS, parseTrustedIds } from "../core/auth/trusted-ids";
import type { Analysis } from "../core/analysis-types";
import { MimeParseError } from "../core/mime";
import { createTranslator } from "../i18n";
import { formatSummary } from "../report/summary";
import type { CliIo } from "./io";
import { toAnalysisJson } from "./json-output";
import { InputTooLargeError, readFileLimited } from "./read-input";
import { toTerminalText } from "./terminal-text";

export const ANALYZE_USAGE = `Usage: mail-diagnostics analyze [--json] [--trust ID]... FILE...

Analyses each message file (.eml, raw MIME) and prints its authentication
results and, for a bounce, each failed recipient with codes and reason.
Use - as FILE to read one message from standard input.

  --json       print one JSON object per file, one per line
  --trust ID   trust Authentication-Results from authserv-id ID instead
               of the topmost header's; .example.com also matches its
               subdomains (repeatable)
`;

/**
 * Runs `analyze`. Each file is analysed on its own, so one unreadable file
 * prints an error line and the run goes on. Returns 0 when every file was
 * analysed, 1 when any failed, 2 on a usage error.
 */
export async function runAnalyze(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        trust: { type: "string", multiple: true, default: [] },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    io.stderr(`mail-diagnostics analyze: ${(error as Error).message}\n\n${ANALYZE_USAGE}`);
    return 2;
  }

  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(ANALYZE_USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    io.stderr(`mail-diagnostics analyze: no file given.\n\n${ANALYZE_USAGE}`);
    return 2;
  }

  const trust = parseTrustedIds(values.trust.join(","));
  if (trust.invalid.length > 0) {
    io.stderr(
      `mail-diagnostics analyze: invalid --trust value: ${trust.invalid.join(", ")} (expected a host name such as mx.example.com).\n\n${ANALYZE_USAGE}`,
    );
    return 2;
  }
  if (trust.dropped > 0) {
    io.stderr(
      `mail-diagnostics analyze: --trust takes at most ${MAX_TRUSTED_IDS} ids; use .example.com to cover a whole domain.\n\n${ANALYZE_USAGE}`,
    );
    return 2;
  }

  const translate = createTranslator("en");
  const options = { trustedAuthservIds: trust.ids };
  let failures = 0;

  for (const file of positionals) {
    const outcome = await analyzeFile(file, options, io);
    if (!outcome.ok) {
      failures++;
      if (values.json) {
        io.stdout(`${JSON.stringify({ file, error: outcome.error })}\n`);
      } else {
        io.stderr(toTerminalText(`${file}: ${outcome.error}`) + "\n");
      }
      continue;
    }

    if (values.json) {
      io.stdout(`${JSON.stringify(toAnalysisJson(file, outcome.analysis, translate))}\n`);
    } else {
      io.stdout(toTerminalText(formatSummary(file, outcome.analysis, translate)) + "\n");
    }
  }

  return failures > 0 ? 1 : 0;
}

type FileOutcome = { ok: true; analysis: Analysis } | { ok: false; error: string };

async function analyzeFile(
  file: string,
  options: { trustedAuthservIds: string[] },
  io: CliIo,
): Promise<FileOutcome> {
  let raw: Uint8Array | string;
  try {
    raw = file === "-" ? await io.readStdin() : await readFileLimited(file);
  } catch (error) {
    if (error instanceof InputTooLargeError) {
      return { ok: false, error: `not analysed: the input is ${error.message}` };
    }
    return { ok: false, error: `cannot read the file: ${describeFsError(error)}` };
  }

  try {
    return { ok: true, analysis: await analyzeMessage(raw, options) };
  } catch (error) {
    if (error instanceof MimeParseError) {
      return { ok: false, error: `not a readable message: ${describeMimeError(error)}` };
    }
    return { ok: false, error: `analysis failed: ${(error as Error).message}` };
  }
}

/** Words for postal-mime's limit errors, which otherwise show only a code. */
function describeMimeError(error: MimeParseError): string {
  switch (error.code) {
    case "EEMPTY":
      return "the file is empty";
    case "EMAXNESTINGDEPTH":
      return "its MIME parts are nested too deeply";
    case "EMAXHEADERSIZE":
      return "its headers are too large";
    case "EMAXPARTCOUNT":
      return "it has too many MIME parts";
    case "EMAXFORWARDEDADDRESSES":
      return "its forwarded messages list too many addresses";
    default:
      return error.message;
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "it is a directory";
    case "EACCES":
      return "permission denied";
    default:
      return (error as Error).message;
  }
}
