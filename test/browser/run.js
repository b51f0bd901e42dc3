#!/usr/bin/env node
/**
 * Runs every test/browser/*.test.js with the Node test runner and exits
 * with its status, so a failing browser test fails `npm test`. The tests
 * read the built pages from dist/, so run `npm run build` first.
 */
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const files = fs
  .readdirSync(__dirname)
  .filter((name) => name.endsWith(".test.js"))
  .sort()
  .map((name) => path.join(__dirname, name));

if (files.length === 0) {
  console.error(`No *.test.js files found in ${__dirname}.`);
  process.exit(1);
}

const result = spawnSync(process.execPath, ["--test", ...files], {
  stdio: "inherit",
});
if (result.error) {
  console.error(
    `Starting the Node test runner failed: ${result.error.message}`,
  );
  process.exit(1);
}
process.exit(result.status ?? 1);
