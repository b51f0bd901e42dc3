/**
 * Writes the Outlook manifests for a deployment: manifest.xml (add-in only
 * manifest, for the Microsoft 365 admin center) and outlook-unified.zip
 * (unified manifest with its locale file and icons). Both point at the
 * origin that serves dist/ instead of the development server, and the task
 * pane URL can carry the authserv-ids the organisation trusts.
 *
 * Usage: npm run package:outlook -- --origin https://addin.example.com
 *          [--trusted mx.example.com,.example.net] [--out dist/outlook]
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { zipSync, type Zippable } from "fflate";
import {
  TRUSTED_IDS_PARAMETER,
  trustedIdsFromUrl,
} from "../src/hosts/outlook/trusted-ids";

const root = path.resolve(__dirname, "..");

/** Origin that the manifests in manifest/ name. */
export const DEVELOPMENT_ORIGIN = "https://localhost:3000";

/** Timestamp of every file in the zip, so equal inputs give equal archives. */
const ARCHIVE_TIME = new Date("2024-01-01T00:00:00Z");

export interface PackageOptions {
  /** Origin that serves dist/, such as `https://addin.example.com`. */
  origin: string;
  /** Authserv-ids to append to the task pane URL; may be empty. */
  trustedIds: readonly string[];
}

/**
 * Checks that `value` is an https origin without path, query or fragment
 * and returns it normalised. Throws an Error that names the value.
 */
export function parseOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`--origin "${value}" is not a URL.`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `--origin "${value}" must use https, because Office loads add-ins only over https.`,
    );
  }
  if (url.pathname !== "/" || url.search !== "" || url.hash !== "") {
    throw new Error(
      `--origin "${value}" must be an origin only, such as https://addin.example.com.`,
    );
  }
  return url.origin;
}

/**
 * Parses a comma-separated list of authserv-ids. Throws an Error that lists
 * the entries that are not host names.
 */
export function parseTrustedIds(value: string): string[] {
  const entries = value
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const ids = trustedIdsFromUrl(
    `?${TRUSTED_IDS_PARAMETER}=${encodeURIComponent(entries.join(","))}`,
  );
  const invalid = entries.filter(
    (entry) => !ids.includes(entry.toLowerCase()),
  );
  if (invalid.length > 0) {
    throw new Error(
      `--trusted has entries that are not host names: ${invalid.join(", ")}.`,
    );
  }
  return ids;
}

/** Returns the task pane URL for `options`, with trusted ids in its query. */
export function taskpaneUrl(options: PackageOptions): string {
  const url = new URL("/taskpane.html", options.origin);
  if (options.trustedIds.length > 0) {
    url.searchParams.set(TRUSTED_IDS_PARAMETER, options.trustedIds.join(","));
  }
  return url.href;
}

/** Rewrites the XML manifest's URLs for `options`. */
export function rewriteXmlManifest(
  xml: string,
  options: PackageOptions,
): string {
  const taskpane = escapeXmlAttribute(taskpaneUrl(options));
  return xml
    .replaceAll(`"${DEVELOPMENT_ORIGIN}/taskpane.html"`, `"${taskpane}"`)
    .replaceAll(DEVELOPMENT_ORIGIN, options.origin);
}

/** Rewrites every URL in a unified manifest or locale file for `options`. */
export function rewriteUnifiedManifest(
  value: unknown,
  options: PackageOptions,
): unknown {
  if (typeof value === "string") {
    if (value === `${DEVELOPMENT_ORIGIN}/taskpane.html`) {
      return taskpaneUrl(options);
    }
    return value.startsWith(DEVELOPMENT_ORIGIN)
      ? options.origin + value.slice(DEVELOPMENT_ORIGIN.length)
      : value;
  }
  if (Array.isArray(value)) {
    return value.map((item) => rewriteUnifiedManifest(item, options));
  }
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        rewriteUnifiedManifest(item, options),
      ]),
    );
  }
  return value;
}

/**
 * Packs the unified manifest, its locale files and the icons it names
 * (paths relative to the repository root) into a zip, manifest.json first.
 */
export function packUnifiedManifest(options: PackageOptions): Uint8Array {
  const folder = path.join(root, "manifest", "outlook-unified");
  const manifest = JSON.parse(
    readFileSync(path.join(folder, "manifest.json"), "utf8"),
  ) as {
    icons: { color: string; outline: string };
    localizationInfo?: { additionalLanguages?: { file: string }[] };
  };

  const files: Zippable = {};
  const addText = (name: string, value: unknown) => {
    files[name] = [
      new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`),
      { mtime: ARCHIVE_TIME },
    ];
  };

  addText("manifest.json", rewriteUnifiedManifest(manifest, options));
  for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
    const strings: unknown = JSON.parse(
      readFileSync(path.join(folder, language.file), "utf8"),
    );
    addText(language.file, rewriteUnifiedManifest(strings, options));
  }
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    files[icon] = [
      new Uint8Array(readFileSync(path.join(root, icon))),
      { mtime: ARCHIVE_TIME },
    ];
  }
  return zipSync(files, { level: 9 });
}

function escapeXmlAttribute(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll('"', "&quot;")
    .replaceAll("<", "&lt;");
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
      "--origin is missing. Pass the https origin that serves dist/, such as --origin https://addin.example.com.",
    );
  }
  const options: PackageOptions = {
    origin: parseOrigin(originValue),
    trustedIds: parseTrustedIds(values.get("--trusted") ?? ""),
  };
  const outputDir = path.resolve(
    values.get("--out") ?? path.join(root, "dist", "outlook"),
  );
  mkdirSync(outputDir, { recursive: true });

  const xml = readFileSync(path.join(root, "manifest", "outlook.xml"), "utf8");
  const xmlPath = path.join(outputDir, "manifest.xml");
  writeFileSync(xmlPath, rewriteXmlManifest(xml, options));

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
