/**
 * Checks an XML add-in only manifest through its conversion: Microsoft's
 * office-addin-manifest-converter turns it into a unified manifest, which
 * is then validated against the unified manifest's JSON schema.
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "./addin";
import type { Problem } from "./checks";
import { schemaProblems } from "./schema";

/**
 * Converts the XML manifest at `xmlPath` to a unified manifest with
 * office-addin-manifest-converter and validates the result and its
 * localization files against the JSON schemas. The converter writes
 * nothing and still exits 0 when it rejects the XML, so a missing output
 * file counts as a failure.
 */
export function checkConvertedXmlManifest(
  xmlPath: string,
  file: string,
): Problem[] {
  const output = mkdtempSync(path.join(tmpdir(), "manifest-convert-"));
  try {
    const converter = path.join(
      ROOT,
      "node_modules/office-addin-manifest-converter/cli.js",
    );
    let log = "";
    try {
      log = execFileSync(
        process.execPath,
        [converter, "convert", xmlPath, "--output", output],
        {
          encoding: "utf8",
          stdio: "pipe",
        },
      );
    } catch (error) {
      log = String((error as { stderr?: unknown }).stderr ?? error);
    }
    const converted = path.join(output, "manifest.json");
    if (!existsSync(converted)) {
      const reason = log.trim().split("\n").slice(-3).join(" ").slice(0, 400);
      return [
        {
          file,
          where: "(conversion)",
          message: `office-addin-manifest-converter could not convert the XML (it wrote no manifest.json)${reason ? `: ${reason}` : ""}`,
        },
      ];
    }
    const problems: Problem[] = [];
    for (const name of readdirSync(output).filter((entry) =>
      entry.endsWith(".json"),
    )) {
      const document: unknown = JSON.parse(
        readFileSync(path.join(output, name), "utf8"),
      );
      const kind = name === "manifest.json" ? "manifest" : "localization";
      problems.push(
        ...schemaProblems(document, kind, `${file} (converted ${name})`),
      );
    }
    return problems;
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
}
