/**
 * Writes both Outlook manifests for a base URL. `npm run build` calls this
 * after webpack, so dist/ holds the task pane and the manifests that point
 * at wherever dist/ will be hosted.
 *
 * Usage: ADDIN_BASE_URL=https://addins.example.com/ tsx scripts/manifests/write.ts
 *          [--out DIR]      folder to write to (default dist/)
 *          [--development]  rewrite the localhost manifests in manifest/
 * Environment: ADDIN_BASE_URL (default https://localhost:3000/),
 *   ADDIN_TRUSTED_IDS (comma-separated authserv-ids),
 *   ADDIN_SUPPORT_URL (default: the preview page under the base URL).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT, packageVersion } from "./addin";
import {
  DEVELOPMENT_BASE_URL,
  parseBaseUrl,
  parseSupportUrl,
  parseTrustedIds,
  taskpaneUrl,
  type ManifestOptions,
} from "./options";
import { formatJson, renderUnifiedManifest } from "./unified";
import { renderXmlManifest } from "./xml";

/** Names of the files written next to the task pane. */
export const XML_MANIFEST_NAME = "manifest.xml";
export const UNIFIED_MANIFEST_NAME = "manifest.json";

/**
 * Reads the manifest settings from ADDIN_BASE_URL, ADDIN_TRUSTED_IDS and
 * ADDIN_SUPPORT_URL in `environment`. Throws an Error that names the
 * variable with an invalid value.
 */
export function optionsFromEnvironment(
  environment: NodeJS.ProcessEnv,
): ManifestOptions {
  const baseUrl = environment.ADDIN_BASE_URL?.trim() || DEVELOPMENT_BASE_URL;
  const support = environment.ADDIN_SUPPORT_URL?.trim();
  return {
    baseUrl: parseBaseUrl(baseUrl, "ADDIN_BASE_URL"),
    trustedIds: parseTrustedIds(environment.ADDIN_TRUSTED_IDS ?? ""),
    supportUrl: support ? parseSupportUrl(support) : undefined,
    version: packageVersion(),
  };
}

/**
 * Writes manifest.xml, manifest.json and the unified manifest's
 * localization files into `folder`. Returns the paths written.
 */
export function writeManifests(
  options: ManifestOptions,
  folder: string,
  xmlName = XML_MANIFEST_NAME,
): string[] {
  mkdirSync(folder, { recursive: true });
  const written: string[] = [];

  const xmlPath = path.join(folder, xmlName);
  writeFileSync(xmlPath, renderXmlManifest(options));
  written.push(xmlPath);

  for (const file of renderUnifiedManifest(options)) {
    const filePath = path.join(folder, file.name);
    writeFileSync(filePath, formatJson(file.content));
    written.push(filePath);
  }
  return written;
}

/** Rewrites manifest/outlook.xml and manifest/outlook-unified/ for npm start. */
export function writeDevelopmentManifests(): string[] {
  const options: ManifestOptions = {
    baseUrl: DEVELOPMENT_BASE_URL,
    trustedIds: [],
    version: packageVersion(),
  };
  const manifestDir = path.join(ROOT, "manifest");
  const xmlPath = path.join(manifestDir, "outlook.xml");
  writeFileSync(xmlPath, renderXmlManifest(options));

  const unifiedDir = path.join(manifestDir, "outlook-unified");
  mkdirSync(unifiedDir, { recursive: true });
  const written = [xmlPath];
  for (const file of renderUnifiedManifest(options)) {
    const filePath = path.join(unifiedDir, file.name);
    writeFileSync(filePath, formatJson(file.content));
    written.push(filePath);
  }
  return written;
}

function main(): void {
  const argv = process.argv.slice(2);
  if (argv.includes("--development")) {
    for (const file of writeDevelopmentManifests()) {
      console.log(`Wrote ${path.relative(process.cwd(), file)}`);
    }
    return;
  }

  const outIndex = argv.indexOf("--out");
  const unknown = argv.filter(
    (value, index) => index !== outIndex && index !== outIndex + 1,
  );
  if (unknown.length > 0) {
    throw new Error(
      `Unknown argument "${unknown[0]}". Use --out DIR or --development.`,
    );
  }
  const folder =
    outIndex === -1
      ? path.join(ROOT, "dist")
      : path.resolve(argv[outIndex + 1] ?? "");
  if (outIndex !== -1 && argv[outIndex + 1] === undefined) {
    throw new Error("--out needs a folder.");
  }

  const options = optionsFromEnvironment(process.env);
  for (const file of writeManifests(options, folder)) {
    console.log(`Wrote ${path.relative(process.cwd(), file)}`);
  }
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
