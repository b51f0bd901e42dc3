import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Problem } from "../../scripts/manifests/checks";
import { checkConvertedXmlManifest } from "../../scripts/manifests/converted-checks";
import type { ManifestOptions } from "../../scripts/manifests/options";
import { validateFolder } from "../../scripts/manifests/validate";
import { writeManifests } from "../../scripts/manifests/write";

const root = join(__dirname, "..", "..");
const options: ManifestOptions = {
  baseUrl: "https://addins.example.com/mail/",
  trustedIds: ["mx.example.com"],
  version: "0.1.0",
};
const taskpaneTemplate = readFileSync(
  join(root, "src", "hosts", "outlook", "taskpane.html"),
  "utf8",
);
const previewPage = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'">
</head><body></body></html>`;

const folders: string[] = [];

/** Builds a folder as npm run build lays it out, without the bundles. */
function builtFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), "validate-"));
  folders.push(folder);
  mkdirSync(join(folder, "assets"));
  for (const name of readdirSync(join(root, "assets"))) {
    if (name.endsWith(".png")) {
      copyFileSync(join(root, "assets", name), join(folder, "assets", name));
    }
  }
  writeFileSync(join(folder, "taskpane.html"), taskpaneTemplate);
  writeFileSync(join(folder, "preview.html"), previewPage);
  writeManifests(options, folder);
  return folder;
}

function edit(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, "utf8");
  const changed = text.replace(from, to);
  if (changed === text) {
    throw new Error(`${from} not found in ${file}`);
  }
  writeFileSync(file, changed);
}

function where(problems: Problem[]): string[] {
  return problems.map((problem) => problem.where);
}

afterAll(() => {
  for (const folder of folders) {
    rmSync(folder, { recursive: true, force: true });
  }
});

describe("validateFolder", () => {
  test("accepts a generated folder", () => {
    expect(validateFolder(builtFolder())).toEqual([]);
  });

  test("names missing files", () => {
    const folder = builtFolder();
    rmSync(join(folder, "manifest.json"));

    const problems = validateFolder(folder);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toMatch(/manifest\.json$/);
    expect(problems[0]?.message).toMatch(/npm run build/);
  });

  test("reports XML that is not well-formed", () => {
    const folder = builtFolder();
    edit(join(folder, "manifest.xml"), "</Permissions>", "</Permission>");

    const problems = validateFolder(folder);
    expect(problems[0]?.where).toMatch(/^line \d+, column \d+$/);
    expect(problems[0]?.message).toMatch(/not well-formed/);
  });

  test("names an http URL by element", () => {
    const folder = builtFolder();
    edit(
      join(folder, "manifest.xml"),
      '<IconUrl DefaultValue="https://',
      '<IconUrl DefaultValue="http://',
    );

    const problem = validateFolder(folder).find(
      (item) => item.where === "/OfficeApp/IconUrl@DefaultValue",
    );
    expect(problem?.message).toMatch(/uses http, .* only over https/);
  });

  test("names an icon of the wrong size", () => {
    const folder = builtFolder();
    copyFileSync(
      join(folder, "assets", "icon-64.png"),
      join(folder, "assets", "icon-80.png"),
    );

    const problems = validateFolder(folder);
    expect(where(problems)).toContain(
      '/OfficeApp/VersionOverrides/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Control/Icon/bt:Image[@resid="MailDiagnostics.Icon80"]',
    );
    expect(where(problems)).toContain(
      "/extensions/0/ribbons/0/tabs/0/groups/0/controls/0/icons/2",
    );
    for (const problem of problems) {
      expect(problem.message).toMatch(/64 × 64 pixels, .* declares 80 × 80/);
    }
  });

  test("names a missing icon file", () => {
    const folder = builtFolder();
    rmSync(join(folder, "assets", "icon-128.png"));

    const problem = validateFolder(folder).find(
      (item) => item.where === "/OfficeApp/HighResolutionIconUrl",
    );
    expect(problem?.message).toMatch(/icon-128\.png does not exist/);
  });

  test("requires a four-part XML version", () => {
    const folder = builtFolder();
    edit(join(folder, "manifest.xml"), "<Version>0.1.0.0<", "<Version>0.1.0<");

    const problems = validateFolder(folder);
    expect(where(problems)).toContain("/OfficeApp/Version");
    expect(where(problems)).toContain("/version");
  });

  test("names a resid without resource", () => {
    const folder = builtFolder();
    edit(
      join(folder, "manifest.xml"),
      '<Label resid="MailDiagnostics.GroupLabel"/>',
      '<Label resid="MailDiagnostics.Missing"/>',
    );

    const problem = validateFolder(folder).find((item) =>
      item.where.endsWith('Group/Label[@resid="MailDiagnostics.Missing"]'),
    );
    expect(problem?.message).toBe("names no resource under <Resources>");
  });

  test("names a string over its limit", () => {
    const folder = builtFolder();
    edit(
      join(folder, "manifest.xml"),
      'DefaultValue="Check message"',
      `DefaultValue="${"x".repeat(126)}"`,
    );

    const problem = validateFolder(folder).find((item) =>
      item.where.endsWith('bt:String[@id="MailDiagnostics.ButtonLabel"]'),
    );
    expect(problem?.message).toBe(
      "value is 126 characters, more than the 125 allowed in <bt:ShortStrings>",
    );
  });

  test("names a duplicate resource id", () => {
    const folder = builtFolder();
    edit(
      join(folder, "manifest.xml"),
      '<bt:Image id="MailDiagnostics.Icon32"',
      '<bt:Image id="MailDiagnostics.Icon16"',
    );

    const messages = validateFolder(folder).map((item) => item.message);
    expect(messages).toContain("id is not unique");
    expect(messages).toContain("names no resource under <Resources>");
  });

  test("reports unified schema errors by path", () => {
    const folder = builtFolder();
    edit(
      join(folder, "manifest.json"),
      '"pinnable": true',
      '"pinnable": "yes"',
    );

    const problem = validateFolder(folder).find(
      (item) => item.where === "/extensions/0/runtimes/0/actions/0/pinnable",
    );
    expect(problem?.message).toMatch(/must be boolean \(schema v1\.17\)/);
  });

  test("reports a stray localization key", () => {
    const folder = builtFolder();
    edit(join(folder, "da-dk.json"), '"name.short"', '"name.shortest"');

    const problem = validateFolder(folder).find(
      (item) => item.where === "name.shortest",
    );
    expect(problem?.message).toBe("translates no string of the manifest");
  });

  test("reports manifests that disagree", () => {
    const folder = builtFolder();
    edit(
      join(folder, "manifest.json"),
      "1f03c6ed-2ac5-4c16-9d8c-844d46216a5b",
      "00000000-2ac5-4c16-9d8c-844d46216a5b",
    );

    expect(where(validateFolder(folder))).toEqual(["/id"]);
  });

  test("rejects scripts from another origin", () => {
    const folder = builtFolder();
    edit(
      join(folder, "taskpane.html"),
      "script-src 'self' https://appsforoffice.microsoft.com",
      "script-src 'self' https://appsforoffice.microsoft.com https://cdn.example.com",
    );

    const problems = validateFolder(folder);
    expect(where(problems)).toEqual(["Content-Security-Policy script-src"]);
    expect(problems[0]?.message).toMatch(/allows https:\/\/cdn\.example\.com/);
  });

  test("rejects connections beyond the origin", () => {
    const folder = builtFolder();
    edit(join(folder, "preview.html"), "connect-src 'self'", "connect-src *");

    const problems = validateFolder(folder);
    expect(problems.map((problem) => problem.file)).toEqual([
      expect.stringMatching(/preview\.html$/),
    ]);
    expect(problems[0]?.where).toBe("Content-Security-Policy connect-src");
  });

  test("rejects a page without a policy", () => {
    const folder = builtFolder();
    writeFileSync(join(folder, "preview.html"), "<!doctype html><p>x</p>");

    expect(validateFolder(folder)[0]?.message).toBe(
      "the page has no Content-Security-Policy",
    );
  });
});

test("converter failure counts as a problem", () => {
  const folder = mkdtempSync(join(tmpdir(), "validate-"));
  folders.push(folder);
  writeFileSync(join(folder, "manifest.xml"), "<OfficeApp/>");

  const problems = checkConvertedXmlManifest(
    join(folder, "manifest.xml"),
    "manifest.xml",
  );
  expect(where(problems)).toEqual(["(conversion)"]);
});
