/**
 * Validates a built folder offline: both Outlook manifests (structure,
 * schema, https URLs, icon files and sizes), that they describe the same
 * add-in, and the Content-Security-Policy of the task pane and the preview
 * page. Nothing is sent to Microsoft's online validation service.
 *
 * Usage: npm run validate [-- --dir DIR]   (default dist/, from npm run build)
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ROOT, fourPartVersion } from "./addin";
import { formatProblem, type Problem } from "./checks";
import { OFFICE_JS_ORIGIN, checkPagePolicy } from "./csp";
import { checkUnifiedManifest } from "./unified-checks";
import { checkConvertedXmlManifest } from "./converted-checks";
import { checkXmlManifest } from "./xml-checks";
import { UNIFIED_MANIFEST_NAME, XML_MANIFEST_NAME } from "./write";

/** Pages checked for their policy, with the script origins each may use. */
const PAGES: { name: string; scriptOrigins: string[] }[] = [
  { name: "taskpane.html", scriptOrigins: [OFFICE_JS_ORIGIN] },
  { name: "preview.html", scriptOrigins: [] },
];

/** Checks that both manifests name the same id, version and task pane. */
function checkAgreement(folder: string, relative: string): Problem[] {
  const xml = readFileSync(path.join(folder, XML_MANIFEST_NAME), "utf8");
  let unified: {
    id?: string;
    version?: string;
    extensions?: { runtimes?: { code?: { page?: string } }[] }[];
  };
  try {
    unified = JSON.parse(
      readFileSync(path.join(folder, UNIFIED_MANIFEST_NAME), "utf8"),
    ) as typeof unified;
  } catch {
    return [];
  }
  const file = path.join(relative, UNIFIED_MANIFEST_NAME);
  const problems: Problem[] = [];
  const xmlId = /<Id>\s*([^<]*?)\s*<\/Id>/.exec(xml)?.[1];
  if (unified.id !== xmlId) {
    problems.push({
      file,
      where: "/id",
      message: `"${unified.id}" differs from the XML manifest's <Id> "${xmlId}"`,
    });
  }
  const xmlVersion = /<Version>\s*([^<]*?)\s*<\/Version>/.exec(xml)?.[1];
  let expected: string | undefined;
  try {
    expected = fourPartVersion(unified.version ?? "");
  } catch {
    expected = undefined;
  }
  if (expected !== xmlVersion) {
    problems.push({
      file,
      where: "/version",
      message: `"${unified.version}" does not match the XML manifest's <Version> "${xmlVersion}"`,
    });
  }
  const page = unified.extensions?.[0]?.runtimes?.[0]?.code?.page ?? "";
  const xmlPage = /<SourceLocation DefaultValue="([^"]*)"/.exec(xml)?.[1];
  if (xmlPage?.replaceAll("&amp;", "&") !== page) {
    problems.push({
      file,
      where: "/extensions/0/runtimes/0/code/page",
      message: `"${page}" differs from the XML manifest's task pane "${xmlPage}"`,
    });
  }
  return problems;
}

/**
 * Validates the manifests and pages in `folder`. File names in problems are
 * relative to the current directory. Returns every problem found.
 */
export function validateFolder(folder: string): Problem[] {
  const relative = path.relative(process.cwd(), folder) || ".";
  const missing = [
    XML_MANIFEST_NAME,
    UNIFIED_MANIFEST_NAME,
    ...PAGES.map((page) => page.name),
  ]
    .filter((name) => !existsSync(path.join(folder, name)))
    .map((name) => ({
      file: path.join(relative, name),
      where: "(file)",
      message: "does not exist; run `npm run build` first",
    }));
  if (missing.length > 0) {
    return missing;
  }

  const xmlPath = path.join(folder, XML_MANIFEST_NAME);
  const xmlFile = path.join(relative, XML_MANIFEST_NAME);
  const xmlProblems = checkXmlManifest(
    readFileSync(xmlPath, "utf8"),
    xmlFile,
    folder,
  );
  const problems = [...xmlProblems];
  if (
    !xmlProblems.some((problem) =>
      problem.message.startsWith("not well-formed"),
    )
  ) {
    problems.push(...checkConvertedXmlManifest(xmlPath, xmlFile));
  }
  problems.push(
    ...checkUnifiedManifest(
      path.join(folder, UNIFIED_MANIFEST_NAME),
      path.join(relative, UNIFIED_MANIFEST_NAME),
      folder,
    ),
    ...checkAgreement(folder, relative),
  );
  for (const page of PAGES) {
    problems.push(
      ...checkPagePolicy(
        path.join(folder, page.name),
        path.join(relative, page.name),
        page.scriptOrigins,
      ),
    );
  }
  return problems;
}

function main(): void {
  const argv = process.argv.slice(2);
  let folder = path.join(ROOT, "dist");
  if (argv[0] === "--dir" && argv[1] !== undefined && argv.length === 2) {
    folder = path.resolve(argv[1]);
  } else if (argv.length > 0) {
    throw new Error(`Unknown arguments "${argv.join(" ")}". Use --dir DIR.`);
  }

  const problems = validateFolder(folder);
  for (const problem of problems) {
    console.error(formatProblem(problem));
  }
  if (problems.length > 0) {
    console.error(`${problems.length} problem(s) found.`);
    process.exitCode = 1;
    return;
  }
  console.log(
    `${path.relative(process.cwd(), folder) || "."}: manifest.xml, manifest.json and the page policies are valid.`,
  );
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
