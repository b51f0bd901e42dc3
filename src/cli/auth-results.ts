import { parseAuthenticationResults } from "../core/auth";
import type { AuthResultsHeader, ResInfo } from "../core/auth";
import { createTranslator, type Translate } from "../i18n";

/** Output streams and standard input of the command; tests pass their own. */
export interface AuthResultsIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
}

const FIELD_NAME = /^\s*authentication-results\s*:/i;

/**
 * Runs `auth-results [--json] VALUE`: parses one Authentication-Results
 * value and prints it readably, or as JSON with `--json`. VALUE may start
 * with the field name; `-` reads it from standard input. Returns 0 when the
 * value parsed, 1 when it did not, 2 on a usage error.
 */
export async function runAuthResults(
  args: string[],
  io: AuthResultsIo,
): Promise<number> {
  const translate = createTranslator("en");
  let json = false;
  const positionals: string[] = [];
  for (const arg of args) {
    if (arg === "--json") {
      json = true;
    } else if (arg === "--help" || arg === "-h") {
      io.stdout(`${translate("auth.cli.usage")}\n`);
      return 0;
    } else if (arg.startsWith("--")) {
      io.stderr(
        `${translate("auth.cli.error.unknown-option", { option: arg })}\n` +
          `${translate("auth.cli.usage")}\n`,
      );
      return 2;
    } else {
      positionals.push(arg);
    }
  }
  if (positionals.length === 0) {
    io.stderr(
      `${translate("auth.cli.error.missing-value")}\n` +
        `${translate("auth.cli.usage")}\n`,
    );
    return 2;
  }

  const input =
    positionals.length === 1 && positionals[0] === "-"
      ? await io.readStdin()
      : positionals.join(" ");
  const prefix = FIELD_NAME.exec(input)?.[0] ?? "";
  const value = input.slice(prefix.length).replace(/[\r\n]+$/, "");

  const parse = parseAuthenticationResults(value);
  if (!parse.ok) {
    const message = translate("auth.cli.error.parse", {
      message: translate(parse.error),
      position: prefix.length + parse.position + 1,
    });
    io.stderr(`${message}\n`);
    return 1;
  }

  io.stdout(
    json
      ? `${JSON.stringify(toJson(parse.header))}\n`
      : formatReadable(parse.header, translate),
  );
  return 0;
}

/** The JSON shape printed by `--json`. */
export interface AuthResultsJson {
  authservId: string | null;
  version: string | null;
  none: boolean;
  lenient: boolean;
  results: {
    method: string;
    result: string;
    reason: string | null;
    properties: Record<string, string>;
  }[];
}

/**
 * Converts a parsed header to the `--json` shape. Property keys are
 * `ptype.property`, or the bare name for a lenient `name=value` pair; when a
 * key repeats, the first value is kept.
 */
export function toJson(header: AuthResultsHeader): AuthResultsJson {
  return {
    authservId: header.authservId,
    version: header.version,
    none: header.none,
    lenient: header.lenient,
    results: header.results.map((resinfo) => ({
      method: resinfo.method,
      result: resinfo.result,
      reason: resinfo.reason,
      properties: propertyMap(resinfo),
    })),
  };
}

function propertyMap(resinfo: ResInfo): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const property of resinfo.properties) {
    const key = propertyKey(property.ptype, property.property);
    if (!Object.prototype.hasOwnProperty.call(properties, key)) {
      properties[key] = property.value;
    }
  }
  return properties;
}

function propertyKey(ptype: string, property: string): string {
  return ptype === "" ? property : `${ptype}.${property}`;
}

function formatReadable(
  header: AuthResultsHeader,
  translate: Translate,
): string {
  const lines: string[] = [];
  const missing = translate("auth.cli.label.missing");
  lines.push(
    `${translate("auth.cli.label.authserv-id")}: ${header.authservId ?? missing}`,
  );
  if (header.version !== null) {
    lines.push(`${translate("auth.cli.label.version")}: ${header.version}`);
  }
  if (header.lenient) {
    lines.push(translate("auth.cli.label.lenient"));
  }
  if (header.none) {
    lines.push(translate("auth.cli.label.none"));
  }

  for (const resinfo of header.results) {
    const version =
      resinfo.methodVersion === null ? "" : `/${resinfo.methodVersion}`;
    lines.push(`${resinfo.method}${version}=${resinfo.result}`);
    if (resinfo.reason !== null) {
      lines.push(`  ${translate("auth.cli.label.reason")}: ${resinfo.reason}`);
    }
    for (const property of resinfo.properties) {
      lines.push(
        `  ${propertyKey(property.ptype, property.property)}: ${property.value}`,
      );
    }
    for (const comment of resinfo.comments ?? []) {
      lines.push(`  ${translate("auth.cli.label.comment")}: ${comment}`);
    }
  }
  return `${lines.map(withoutControls).join("\n")}\n`;
}

/** Replaces control characters so a value cannot move the terminal cursor. */
function withoutControls(line: string): string {
  let safe = "";
  for (const char of line) {
    const code = char.charCodeAt(0);
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
    safe += control && char !== "\t" ? "\uFFFD" : char;
  }
  return safe;
}
