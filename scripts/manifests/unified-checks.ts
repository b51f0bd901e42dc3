/**
 * Offline checks of a unified JSON manifest in a folder: its schema, its
 * localization files, https URLs and icon files.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  httpsProblem,
  iconFileProblem,
  iconUrlProblem,
  type Problem,
} from "./checks";
import { schemaProblems } from "./schema";

interface UnifiedManifestShape {
  icons?: { color?: string; outline?: string };
  localizationInfo?: { additionalLanguages?: { file?: string }[] };
  extensions?: {
    runtimes?: { code?: { page?: string } }[];
    ribbons?: {
      tabs?: {
        groups?: { controls?: { icons?: { size: number; url: string }[] }[] }[];
      }[];
    }[];
  }[];
}

/** Collects every string that looks like an absolute URL, with its path. */
function collectUrls(
  value: unknown,
  where: string,
  found: { where: string; url: string }[],
): void {
  if (typeof value === "string") {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
      found.push({ where, url: value });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) =>
      collectUrls(item, `${where}/${index}`, found),
    );
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key !== "$schema") {
        collectUrls(item, `${where}/${key}`, found);
      }
    }
  }
}

/** Follows a localization key such as `extensions[0].runtimes[0].id`. */
function valueAt(document: unknown, key: string): unknown {
  let current: unknown = document;
  for (const part of key.match(/[^.[\]]+/g) ?? []) {
    if (current === null || typeof current !== "object") {
      return undefined;
    }
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/**
 * Checks the unified manifest at `manifestPath`. Localization files and the
 * colour and outline icons are read relative to it; URL icons are looked up
 * in `folder`, the built folder the base URL serves.
 */
export function checkUnifiedManifest(
  manifestPath: string,
  file: string,
  folder: string,
): Problem[] {
  const problems: Problem[] = [];
  const report = (where: string, message: string) =>
    problems.push({ file, where, message });

  let manifest: UnifiedManifestShape;
  try {
    manifest = JSON.parse(
      readFileSync(manifestPath, "utf8"),
    ) as UnifiedManifestShape;
  } catch (error) {
    report("(file)", `not valid JSON: ${(error as Error).message}`);
    return problems;
  }
  problems.push(...schemaProblems(manifest, "manifest", file));

  const manifestDir = path.dirname(manifestPath);
  for (const [index, language] of (
    manifest.localizationInfo?.additionalLanguages ?? []
  ).entries()) {
    const where = `/localizationInfo/additionalLanguages/${index}/file`;
    const languagePath = path.join(manifestDir, language.file ?? "");
    if (!language.file || !existsSync(languagePath)) {
      report(where, `localization file ${language.file ?? ""} does not exist`);
      continue;
    }
    const strings = JSON.parse(readFileSync(languagePath, "utf8")) as Record<
      string,
      unknown
    >;
    const languageFile = path.join(path.dirname(file), language.file);
    problems.push(...schemaProblems(strings, "localization", languageFile));
    for (const key of Object.keys(strings).filter(
      (name) => name !== "$schema",
    )) {
      if (typeof valueAt(manifest, key) !== "string") {
        problems.push({
          file: languageFile,
          where: key,
          message: "translates no string of the manifest",
        });
      }
    }
  }

  const urls: { where: string; url: string }[] = [];
  collectUrls(manifest, "", urls);
  for (const { where, url } of urls) {
    const reason = httpsProblem(url);
    if (reason) report(where, reason);
  }

  for (const [name, size] of [
    ["color", 192],
    ["outline", 32],
  ] as const) {
    const icon = manifest.icons?.[name];
    const reason =
      icon === undefined
        ? "is missing"
        : iconFileProblem(path.join(manifestDir, icon), size);
    if (reason) report(`/icons/${name}`, reason);
  }

  const page = manifest.extensions?.[0]?.runtimes?.[0]?.code?.page;
  if (page === undefined || httpsProblem(page) !== undefined) {
    return problems;
  }
  const baseUrl = new URL(".", page).href;
  manifest.extensions?.forEach((extension, e) =>
    extension.ribbons?.forEach((ribbon, r) =>
      ribbon.tabs?.forEach((tab, t) =>
        tab.groups?.forEach((group, g) =>
          group.controls?.forEach((control, c) =>
            control.icons?.forEach((icon, i) => {
              const reason = iconUrlProblem(
                icon.url,
                icon.size,
                baseUrl,
                folder,
              );
              if (reason) {
                report(
                  `/extensions/${e}/ribbons/${r}/tabs/${t}/groups/${g}/controls/${c}/icons/${i}`,
                  reason,
                );
              }
            }),
          ),
        ),
      ),
    ),
  );
  return problems;
}
