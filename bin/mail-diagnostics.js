#!/usr/bin/env node
// Runs the TypeScript command line through tsx, so the checkout needs no
// separate compile step.
require("tsx/cjs");
const { runCli, processIo } = require("../src/cli/main.ts");

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`mail-diagnostics: unexpected failure: ${error && error.message}\n`);
    process.exitCode = 70;
  },
);
