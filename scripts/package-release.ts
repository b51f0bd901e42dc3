/**
 * Builds a release for one hosting base URL and writes it to release/:
 *
 *   mail-diagnostics-VERSION-web.zip   the static folder to host (dist/)
 *   manifest.xml                       XML add-in only manifest
 *   manifest-unified.zip               unified manifest with icons
 *   mail-diagnostics-thunderbird-VERSION.xpi
 *   SHA256SUMS                         checksums, for `sha256sum -c`
 *
 * It runs `npm run build` and `npm run build:thunderbird` first, validates
 * the manifests and page policies, and stops on the first failure.
 *
 * Usage: npm run package -- --base-url https://addins.example.com/
 *          [--trusted mx.example.com,.example.net] [--support-url URL]
 *          [--out release] [--no-build]
 * The environment variables ADDIN_BASE_URL, ADDIN_TRUSTED_IDS and
 * ADDIN_SUPPORT_URL stand in for the first three options. --no-build
 * packs the existing dist/ and only rewrites its manifests.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { zipSync, type Zippable } from "fflate";
import { ROOT } from "./manifests/addin";
import { formatProblem } from "./manifests/checks";
import { validateFolder } from "./manifests/validate";
import { optionsFromEnvironment, writeManifests } from "./manifests/write";
import { taskpaneUrl, type ManifestOptions } from "./manifests/options";
import { ARCHIVE_TIME, packUnifiedManifest } from "./package-outlook";

const DIST = path.join(ROOT, "dist");
const XPI = path.join(DIST, "mail-diagnostics-thunderbird.xpi");

/** Entries of dist/ that belong to other outputs than the hosted folder. */
const NOT_HOSTED = new Set(["thunderbird", "outlook", path.basename(XPI)]);

export interface ReleaseSettings {
  options: ManifestOptions;
  outputDir: string;
  build: boolean;
}

/**
 * Reads the command line and the ADDIN_* environment variables. Options
 * win over variables. Throws an Error that names a missing or invalid one.
 */
export function readSettings(
  argv: readonly string[],
  environment: NodeJS.ProcessEnv,
): ReleaseSettings {
  const variables: Record<string, string> = {
    "--base-url": "ADDIN_BASE_URL",
    "--trusted": "ADDIN_TRUSTED_IDS",
    "--support-url": "ADDIN_SUPPORT_URL",
  };
  const merged: NodeJS.ProcessEnv = { ...environment };
  let outputDir = path.join(ROOT, "release");
  let build = true;
  for (let index = 0; index < argv.length; index += 1) {
    const name = argv[index] ?? "";
    if (name === "--no-build") {
      build = false;
      continue;
    }
    const value = argv[index + 1];
    if (name !== "--out" && variables[name] === undefined) {
      throw new Error(
        `Unknown option "${name}". Use --base-url, --trusted, --support-url, --out or --no-build.`,
      );
    }
    if (value === undefined) {
      throw new Error(`${name} needs a value.`);
    }
    index += 1;
    if (name === "--out") {
      outputDir = path.resolve(value);
    } else {
      merged[variables[name] as string] = value;
    }
  }
  if (!merged.ADDIN_BASE_URL?.trim()) {
    throw new Error(
      "The base URL is missing. Pass the https URL that will serve the add-in, such as --base-url https://addins.example.com/ (or set ADDIN_BASE_URL).",
    );
  }
  return { options: optionsFromEnvironment(merged), outputDir, build };
}

/** Lists the files under `folder`, relative to it, with `/` separators. */
function listFiles(folder: string, prefix = ""): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const full = path.join(folder, name);
      const relative = prefix === "" ? name : `${prefix}/${name}`;
      return statSync(full).isDirectory()
        ? listFiles(full, relative)
        : [relative];
    });
}

/** Zips the hosted part of `folder`, with a fixed timestamp on every file. */
export function packHostedFolder(folder: string): Uint8Array {
  const files: Zippable = {};
  for (const name of listFiles(folder)) {
    if (NOT_HOSTED.has(name.split("/")[0] ?? "")) {
      continue;
    }
    files[name] = [
      new Uint8Array(readFileSync(path.join(folder, name))),
      { mtime: ARCHIVE_TIME },
    ];
  }
  return zipSync(files, { level: 9 });
}

/** Formats checksums as `sha256sum` prints them. */
export function sha256Sums(files: Map<string, Uint8Array>): string {
  return [...files]
    .map(
      ([name, bytes]) =>
        `${createHash("sha256").update(bytes).digest("hex")}  ${name}\n`,
    )
    .join("");
}

function run(script: string, options: ManifestOptions): void {
  const environment = {
    ...process.env,
    ADDIN_BASE_URL: options.baseUrl,
    ADDIN_TRUSTED_IDS: options.trustedIds.join(","),
    ADDIN_SUPPORT_URL: options.supportUrl ?? "",
  };
  const result = spawnSync("npm", ["run", script], {
    cwd: ROOT,
    env: environment,
    stdio: "inherit",
  });
  if (result.status !== 0) {
    throw new Error(
      `npm run ${script} failed (${result.error?.message ?? `exit status ${result.status}`}); see its output above.`,
    );
  }
}

function main(): void {
  const settings = readSettings(process.argv.slice(2), process.env);
  const { options } = settings;

  if (settings.build) {
    run("build", options);
    run("build:thunderbird", options);
  } else {
    for (const file of [path.join(DIST, "taskpane.html"), XPI]) {
      if (!existsSync(file)) {
        throw new Error(
          `${path.relative(ROOT, file)} is missing; run without --no-build.`,
        );
      }
    }
    writeManifests(options, DIST);
  }

  const problems = validateFolder(DIST);
  if (problems.length > 0) {
    throw new Error(
      `Validation failed:\n${problems.map(formatProblem).join("\n")}`,
    );
  }

  const version = options.version;
  const outputs = new Map<string, Uint8Array>([
    [`mail-diagnostics-${version}-web.zip`, packHostedFolder(DIST)],
    [
      "manifest.xml",
      new Uint8Array(readFileSync(path.join(DIST, "manifest.xml"))),
    ],
    ["manifest-unified.zip", packUnifiedManifest(options)],
    [
      `mail-diagnostics-thunderbird-${version}.xpi`,
      new Uint8Array(readFileSync(XPI)),
    ],
  ]);

  rmSync(settings.outputDir, { recursive: true, force: true });
  mkdirSync(settings.outputDir, { recursive: true });
  for (const [name, bytes] of outputs) {
    writeFileSync(path.join(settings.outputDir, name), bytes);
  }
  writeFileSync(
    path.join(settings.outputDir, "SHA256SUMS"),
    sha256Sums(outputs),
  );

  console.log(
    `Release for ${options.baseUrl} in ${path.relative(process.cwd(), settings.outputDir) || "."}:`,
  );
  for (const [name, bytes] of outputs) {
    console.log(`  ${name} (${bytes.length} bytes)`);
  }
  console.log("  SHA256SUMS");
  console.log(`Task pane URL: ${taskpaneUrl(options)}`);
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
