import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  findApiUses,
  readApiNamespaces,
  requiredPermissions,
  type ApiNamespace,
  type ApiUse,
} from "./api-permissions";
import {
  lintManifest,
  lintPermissionUse,
  referencedFiles,
  type LintProblem,
} from "./manifest-lint";

/** Result of checking a built add-on directory. */
export interface ExtensionLintResult {
  problems: LintProblem[];
  /** API uses found in the add-on's scripts. */
  apiUses: ApiUse[];
  /** Permissions those uses need. */
  requiredPermissions: string[];
}

/** Loads the API namespaces from the installed Thunderbird type declarations. */
export function loadApiNamespaces(): ApiNamespace[] {
  const declarations = require.resolve(
    "@types/thunderbird-webext-browser/index.d.ts",
  );
  return readApiNamespaces(readFileSync(declarations, "utf8"));
}

/**
 * Checks a built add-on directory: the manifest's structure, the files it
 * points to, and that every permission the scripts need is requested.
 */
export function lintExtensionDirectory(
  directory: string,
  namespaces: readonly ApiNamespace[] = loadApiNamespaces(),
): ExtensionLintResult {
  const manifestPath = path.join(directory, "manifest.json");
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      problems: [{ path: "$", message: `cannot read ${manifestPath}: ${reason}` }],
      apiUses: [],
      requiredPermissions: [],
    };
  }

  const problems = lintManifest(manifest);
  for (const file of referencedFiles(manifest)) {
    if (!existsSync(path.join(directory, file))) {
      problems.push({ path: "$", message: `points to ${file}, which is not in the package` });
    }
  }

  const scripts = readdirSync(directory)
    .filter((file) => file.endsWith(".js"))
    .map((file) => readFileSync(path.join(directory, file), "utf8"));
  const apiUses = findApiUses(scripts.join("\n"), namespaces);
  const required = requiredPermissions(apiUses, namespaces);
  problems.push(...lintPermissionUse(manifest, required));

  return { problems, apiUses, requiredPermissions: required };
}
