/**
 * Validates unified manifests and their localization files against the JSON
 * schemas that ship inside @microsoft/app-manifest (draft-04), offline.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv-draft-04";
import addFormats from "ajv-formats";
import { ROOT } from "./addin";
import type { Problem } from "./checks";

const SCHEMA_DIR = path.join(
  ROOT,
  "node_modules/@microsoft/app-manifest/build/json-schemas/teams",
);

/** The schema kinds that a unified manifest package needs. */
export type SchemaKind = "manifest" | "localization";

const SCHEMA_FILES: Record<SchemaKind, string> = {
  manifest: "MicrosoftTeams.schema.json",
  localization: "MicrosoftTeams.Localization.schema.json",
};

const compiled = new Map<string, ValidateFunction>();

/** Returns the schema version a `$schema` URL names, such as `v1.17`. */
export function schemaVersion(schemaUrl: unknown): string | undefined {
  if (typeof schemaUrl !== "string") {
    return undefined;
  }
  return /\/teams\/(v[\d.]+|vDevPreview)\//.exec(schemaUrl)?.[1];
}

function validator(version: string, kind: SchemaKind): ValidateFunction {
  const key = `${version}/${kind}`;
  const cached = compiled.get(key);
  if (cached) {
    return cached;
  }
  const file = path.join(SCHEMA_DIR, version, SCHEMA_FILES[kind]);
  // The localization schema has patterns such as `\[\b…\b]` that are
  // invalid in JavaScript's Unicode mode.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(
    JSON.parse(readFileSync(file, "utf8")) as object,
  );
  compiled.set(key, validate);
  return validate;
}

function describeError(error: ErrorObject): string {
  const details =
    error.keyword === "enum"
      ? ` (${JSON.stringify((error.params as { allowedValues: unknown[] }).allowedValues)})`
      : error.keyword === "additionalProperties"
        ? ` ("${(error.params as { additionalProperty: string }).additionalProperty}")`
        : "";
  return `${error.message ?? error.keyword}${details}`;
}

/**
 * Validates `document` against the schema its `$schema` names. Returns one
 * problem per schema error, with the JSON path as `where`.
 */
export function schemaProblems(
  document: unknown,
  kind: SchemaKind,
  file: string,
): Problem[] {
  const schemaUrl =
    document !== null && typeof document === "object"
      ? (document as { $schema?: unknown }).$schema
      : undefined;
  const version = schemaVersion(schemaUrl);
  if (
    version === undefined ||
    !existsSync(path.join(SCHEMA_DIR, version, SCHEMA_FILES[kind]))
  ) {
    return [
      {
        file,
        where: "$schema",
        message: `${JSON.stringify(schemaUrl)} names no schema version that @microsoft/app-manifest ships`,
      },
    ];
  }

  const validate = validator(version, kind);
  if (validate(document)) {
    return [];
  }
  return (validate.errors ?? []).map((error) => ({
    file,
    where: error.instancePath === "" ? "(root)" : error.instancePath,
    message: `${describeError(error)} (schema ${version})`,
  }));
}
