/**
 * Builds the Thunderbird add-on: bundles the scripts with
 * webpack.thunderbird.config.js into dist/thunderbird/, adds the manifest
 * (version taken from package.json), the pages and the icons, lints the
 * result, and packs dist/mail-diagnostics-thunderbird.xpi with manifest.json
 * at its root. Exits with status 1 when bundling or the lint fails.
 *
 * Usage: npm run build:thunderbird [-- --mode development]
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { zipSync, type Zippable } from "fflate";
import webpack from "webpack";
import { lintExtensionDirectory } from "../src/hosts/thunderbird/build/lint-extension";

const root = path.resolve(__dirname, "..");
const outputDir = path.join(root, "dist/thunderbird");
const xpiPath = path.join(root, "dist/mail-diagnostics-thunderbird.xpi");
const pagesDir = path.join(root, "src/hosts/thunderbird/pages");
const ICON_SIZES = [16, 32, 48, 64, 96, 128];

/** Timestamp stored for every file in the .xpi, so equal inputs give equal archives. */
const ARCHIVE_TIME = new Date("2024-01-01T00:00:00Z");

async function main(): Promise<void> {
  const mode = readMode(process.argv.slice(2));
  await bundle(mode);

  writeManifest();
  for (const page of ["popup.html", "options.html"]) {
    copyFileSync(path.join(pagesDir, page), path.join(outputDir, page));
  }
  writeIcons();

  const result = lintExtensionDirectory(outputDir);
  if (result.problems.length > 0) {
    console.error("Thunderbird manifest lint failed:");
    for (const problem of result.problems) {
      console.error(`  ${problem.path}: ${problem.message}`);
    }
    process.exitCode = 1;
    return;
  }
  console.log(
    `Manifest lint passed; the scripts need ${result.requiredPermissions.join(", ") || "no permissions"}.`,
  );

  writeFileSync(xpiPath, packDirectory(outputDir));
  console.log(`Wrote ${path.relative(root, xpiPath)} (${statSync(xpiPath).size} bytes).`);
}

function readMode(args: string[]): "production" | "development" {
  const index = args.indexOf("--mode");
  const value = index >= 0 ? args[index + 1] : "production";
  if (value !== "production" && value !== "development") {
    throw new Error(`--mode must be production or development, not ${value}`);
  }
  return value;
}

async function bundle(mode: "production" | "development"): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configFactory = require("../webpack.thunderbird.config.js");
  const compiler = webpack(configFactory({}, { mode }));

  const stats = await new Promise<webpack.Stats | undefined>((resolve, reject) =>
    compiler.run((error, result) => (error ? reject(error) : resolve(result))),
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));

  if (!stats || stats.hasErrors()) {
    const errors = stats?.toJson({ all: false, errors: true }).errors ?? [];
    for (const error of errors) console.error(error.message);
    throw new Error("webpack could not bundle the Thunderbird add-on.");
  }
}

function writeManifest(): void {
  const template = JSON.parse(
    readFileSync(path.join(root, "manifest/thunderbird/manifest.json"), "utf8"),
  ) as Record<string, unknown>;
  const packageJson = JSON.parse(
    readFileSync(path.join(root, "package.json"), "utf8"),
  ) as { version: string };

  const manifest = { ...template, version: packageJson.version };
  writeFileSync(
    path.join(outputDir, "manifest.json"),
    `${JSON.stringify(manifest, null, 2)}\n`,
  );
}

/** Copies the icons from assets/, or draws plain ones when assets/ lacks a size. */
function writeIcons(): void {
  const iconDir = path.join(outputDir, "icons");
  mkdirSync(iconDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const source = path.join(root, `assets/icon-${size}.png`);
    const target = path.join(iconDir, `icon-${size}.png`);
    if (existsSync(source)) {
      copyFileSync(source, target);
    } else {
      writeFileSync(target, drawSquareIcon(size));
    }
  }
}

/** Draws a blue square icon as a PNG (RGB, 8 bits per channel). */
function drawSquareIcon(size: number): Buffer {
  const row = Buffer.alloc(1 + size * 3);
  for (let x = 0; x < size; x++) row.set([0x0f, 0x6c, 0xbd], 1 + x * 3);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));

  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(pixels)),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
    }
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Zips a directory with manifest.json first, paths relative to the directory. */
function packDirectory(directory: string): Uint8Array {
  const files: Zippable = {};
  const add = (relative: string): void => {
    files[relative] = [
      new Uint8Array(readFileSync(path.join(directory, relative))),
      { mtime: ARCHIVE_TIME },
    ];
  };

  add("manifest.json");
  for (const relative of listFiles(directory)) {
    if (relative !== "manifest.json") add(relative);
  }
  return zipSync(files, { level: 9 });
}

function listFiles(directory: string, prefix = ""): string[] {
  return readdirSync(path.join(directory, prefix), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(directory, relative) : [relative];
    });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
