import { ANALYZE_USAGE, runAnalyze } from "./analyze-command";
import { runAuthResults } from "./auth-results";
import type { CliIo } from "./io";

export { processIo } from "./io";

const USAGE = `Usage: mail-diagnostics COMMAND [OPTIONS]

Commands:
  analyze FILE...       explain authentication results and bounces in
                        message files (see: mail-diagnostics analyze --help)
  auth-results VALUE    parse one Authentication-Results value (- reads
                        standard input)

All analysis runs on this machine; nothing is sent anywhere.
`;

/** Runs the command line and returns the process exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;

  switch (command) {
    case "analyze":
      return runAnalyze(rest, io);
    case "auth-results":
      return runAuthResults(rest, io);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      io.stdout(USAGE);
      return command === undefined ? 2 : 0;
    default:
      io.stderr(`mail-diagnostics: unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

export { ANALYZE_USAGE };
