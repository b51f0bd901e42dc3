/**
 * Writes the Outlook manifests for a deployment: manifest.xml (add-in only
 * manifest, for the Microsoft 365 admin center) and outlook-unified.zip
 * (unified manifest with its locale file and icons). Both come from the
 * description in scripts/manifests/addin.ts and point at the base URL that
 * serves dist/; the task pane URL can carry the authserv-ids the
 * organisation trusts.
 *
 * Usage: npm run package:outlook -- --origin https://addins.example.com
 *          [--trusted mx.example.com,.example.net] [--out dist/outlook]
 * --origin takes a base URL with a path too, such as
 * https://addins.example.com/mail-diagnostics/.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { zipSync, type Zippable } from "fflate";
import { ICONS, ROOT, packageVersion } from "./manifests/addin";
import {
  parseBaseUrl,
  parseTrustedIds,
  taskpaneUrl,
  type ManifestOptions,
} from "./manifests/options";
import { formatJson, renderUnifiedManifest } from "./manifests/unified";
import { renderXmlManifest } from "./manifests/xml";

/** Timestamp of every file in the zip, so equal inputs give equal archives. */
export const ARCHIVE_TIME = new Date("2024-01-01T00:00:00Z");

/**
 * Packs the unified manifest, its locale files and its colour and outline
 * icons into a zip, manifest.json first, as the admin center and
 * sideloading take it.
 */
export function packUnifiedManifest(options: ManifestOptions): Uint8Array {
  const files: Zippable = {};
  for (const file of renderUnifiedManifest(options)) {
    files[file.name] = [
      new TextEncoder().encode(formatJson(file.content)),
      { mtime: ARCHIVE_TIME },
    ];
  }
  for (const icon of [ICONS.color.file, ICONS.outline.file]) {
    files[icon] = [
      new Uint8Array(readFileSync(path.join(ROOT, icon))),
      { mtime: ARCHIVE_TIME },
    ];
  }
  return zipSync(files, { level: 9 });
}

/** Reads `--name value` pairs; throws for unknown names or missing values. */
function readArguments(argv: readonly string[]): Map<string, string> {
  const known = new Set(["--origin", "--trusted", "--out"]);
  const values = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 2) {
    const name = argv[index] ?? "";
    const value = argv[index + 1];
    if (!known.has(name)) {
      throw new Error(
        `Unknown option "${name}". Use --origin, --trusted or --out.`,
      );
    }
    if (value === undefined) {
      throw new Error(`${name} needs a value.`);
    }
    values.set(name, value);
  }
  return values;
}

function main(): void {
  const values = readArguments(process.argv.slice(2));
  const originValue = values.get("--origin");
  if (originValue === undefined) {
    throw new Error(
      "--origin is missing. Pass the https URL that serves dist/, such as --origin https://addins.example.com.",
    );
  }
  const options: ManifestOptions = {
    baseUrl: parseBaseUrl(originValue, "--origin"),
    trustedIds: parseTrustedIds(values.get("--trusted") ?? ""),
    version: packageVersion(),
  };
  const outputDir = path.resolve(
    values.get("--out") ?? path.join(ROOT, "dist", "outlook"),
  );
  mkdirSync(outputDir, { recursive: true });

  const xmlPath = path.join(outputDir, "manifest.xml");
  writeFileSync(xmlPath, renderXmlManifest(options));

  const zipPath = path.join(outputDir, "outlook-unified.zip");
  writeFileSync(zipPath, packUnifiedManifest(options));

  console.log(`Task pane URL: ${taskpaneUrl(options)}`);
  console.log(`Wrote ${path.relative(process.cwd(), xmlPath)}`);
  console.log(`Wrote ${path.relative(process.cwd(), zipPath)}`);
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
