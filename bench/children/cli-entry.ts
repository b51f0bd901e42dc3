// Entry point of the bench-only command line bundle: the same calls as
// bin/mail-diagnostics.js, without compiling TypeScript at startup.
import { processIo, runCli } from "../../src/cli/main";

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(`mail-diagnostics: unexpected failure: ${detail}\n`);
    process.exitCode = 70;
  },
);
