import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  findApiUses,
  requiredPermissions,
} from "../../../src/hosts/thunderbird/build/api-permissions";
import {
  lintExtensionDirectory,
  loadApiNamespaces,
} from "../../../src/hosts/thunderbird/build/lint-extension";
import {
  lintManifest,
  lintPermissionUse,
  referencedFiles,
} from "../../../src/hosts/thunderbird/build/manifest-lint";

const root = path.resolve(__dirname, "../../..");
const templatePath = path.join(root, "manifest/thunderbird/manifest.json");
const sourceDir = path.join(root, "src/hosts/thunderbird");
const namespaces = loadApiNamespaces();

type Manifest = Record<string, unknown> & {
  browser_specific_settings: { gecko: Record<string, unknown> };
  message_display_action: Record<string, unknown>;
};

function template(): Manifest {
  return JSON.parse(readFileSync(templatePath, "utf8")) as Manifest;
}

function messages(manifest: unknown): string[] {
  return lintManifest(manifest).map((problem) => `${problem.path}: ${problem.message}`);
}

describe("lintManifest on the template", () => {
  test("template passes", () => {
    expect(messages(template())).toEqual([]);
  });

  test("template targets Thunderbird 128 with MV3", () => {
    const manifest = template();
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings.gecko.strict_min_version).toBe("128.0");
    expect(manifest.permissions).toEqual(["messagesRead", "storage"]);
  });

  test("template points to the built files", () => {
    expect(referencedFiles(template())).toEqual([
      "background.js",
      "icons/icon-128.png",
      "icons/icon-16.png",
      "icons/icon-32.png",
      "icons/icon-48.png",
      "icons/icon-64.png",
      "icons/icon-96.png",
      "options.html",
      "popup.html",
    ]);
  });
});

describe("lintManifest rejects", () => {
  test("unknown top-level key", () => {
    expect(messages({ ...template(), browser_action: {} })).toEqual([
      "$.browser_action: unknown key",
    ]);
  });

  test("unknown key in a known object", () => {
    const manifest = template();
    manifest.message_display_action.default_tooltip = "x";
    manifest.browser_specific_settings.gecko.min_version = "128.0";
    expect(messages(manifest)).toEqual([
      "$.browser_specific_settings.gecko.min_version: unknown key",
      "$.message_display_action.default_tooltip: unknown key",
    ]);
  });

  test("Manifest V2", () => {
    expect(messages({ ...template(), manifest_version: 2 })).toEqual([
      "$.manifest_version: must be 3, found 2",
    ]);
  });

  test("permission beyond the allowed two", () => {
    const problems = messages({
      ...template(),
      permissions: ["messagesRead", "storage", "accountsRead"],
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\$\.permissions\[2\]: "accountsRead" is not allowed/);
  });

  test("host permissions", () => {
    expect(messages({ ...template(), host_permissions: ["<all_urls>"] })).toEqual([
      "$.host_permissions: must be absent: the add-on requests no further permissions",
    ]);
  });

  test("old minimum version and bad id", () => {
    const manifest = template();
    manifest.browser_specific_settings.gecko.strict_min_version = "115.0";
    manifest.browser_specific_settings.gecko.id = "mail diagnostics";
    expect(messages(manifest)).toEqual([
      "$.browser_specific_settings.gecko.id: missing or not of the form name@domain",
      '$.browser_specific_settings.gecko.strict_min_version: must be at least "128.0"',
    ]);
  });

  test("bad icon size and missing name", () => {
    const manifest = template();
    delete manifest.name;
    manifest.icons = { "0": "icons/icon-16.png", large: "x.png" };
    expect(messages(manifest)).toEqual([
      "$.name: missing or not a string",
      "$.icons.0: icon size must be a positive integer",
      "$.icons.large: icon size must be a positive integer",
    ]);
  });

  test("values that are not objects", () => {
    expect(messages(null)).toEqual(["$: the manifest is not a JSON object"]);
    expect(messages({ ...template(), options_ui: "options.html" })).toEqual([
      "$.options_ui: must be an object",
    ]);
  });
});

describe("permission scan", () => {
  function sourceFiles(directory: string): string[] {
    return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
      const file = path.join(directory, entry.name);
      if (entry.isDirectory()) return entry.name === "build" ? [] : sourceFiles(file);
      return /\.tsx?$/.test(entry.name) ? [file] : [];
    });
  }

  test("declarations list the Thunderbird namespaces", () => {
    const byName = new Map(namespaces.map((namespace) => [namespace.name, namespace]));
    expect(byName.get("messages")?.permissions).toEqual(["messagesRead"]);
    expect(byName.get("messages")?.members).toContain("getRaw");
    expect(byName.get("messageDisplay")?.permissions).toEqual(["messagesRead"]);
    expect(byName.get("storage")?.permissions).toEqual(["storage"]);
    expect(byName.get("messageDisplayAction")?.permissions).toEqual([]);
    expect(byName.get("tabs")?.permissions).toEqual([]);
  });

  test("add-on sources need exactly the manifest's permissions", () => {
    const code = sourceFiles(sourceDir)
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    const needed = requiredPermissions(findApiUses(code, namespaces), namespaces);
    expect(needed).toEqual(["messagesRead", "storage"]);
    expect(lintPermissionUse(template(), needed)).toEqual([]);
  });

  test("minified calls are found", () => {
    const code =
      "const e=messenger;e.messages.getRaw(t);n.storage.local.get(k);" +
      "e.accounts.list();a.messages.move([1],f);navigator.clipboard.writeText(x)";
    expect(findApiUses(code, namespaces)).toEqual([
      { namespace: "accounts", member: "list" },
      { namespace: "messages", member: "getRaw" },
      { namespace: "messages", member: "move" },
      { namespace: "storage", member: "local" },
    ]);
    expect(requiredPermissions(findApiUses(code, namespaces), namespaces)).toEqual([
      "accountsRead",
      "messagesMove",
      "messagesRead",
      "storage",
    ]);
  });

  test("missing permission is reported", () => {
    const manifest = { ...template(), permissions: ["storage"] };
    expect(lintPermissionUse(manifest, ["messagesRead", "storage"])).toEqual([
      {
        path: "$.permissions",
        message: 'missing "messagesRead", which the scripts use',
      },
    ]);
  });

  test("unrelated property chains are ignored", () => {
    const code = "catalog.messages.length; cache.storage.size; x.tabs.count";
    expect(findApiUses(code, namespaces)).toEqual([]);
  });
});

describe("lintExtensionDirectory", () => {
  let directory: string;

  beforeEach(() => {
    directory = mkdtempSync(path.join(tmpdir(), "md-lint-"));
    mkdirSync(path.join(directory, "icons"));
    for (const file of referencedFiles(template())) {
      writeFileSync(path.join(directory, file), "");
    }
  });

  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  test("complete package passes", () => {
    writeFileSync(path.join(directory, "manifest.json"), JSON.stringify(template()));
    writeFileSync(
      path.join(directory, "background.js"),
      "const e=messenger;e.messages.getRaw(1).then(()=>e.storage.local.get(null));",
    );
    const result = lintExtensionDirectory(directory, namespaces);
    expect(result.problems).toEqual([]);
    expect(result.requiredPermissions).toEqual(["messagesRead", "storage"]);
  });

  test("missing file and permission are reported", () => {
    writeFileSync(
      path.join(directory, "manifest.json"),
      JSON.stringify({ ...template(), permissions: ["messagesRead"] }),
    );
    writeFileSync(path.join(directory, "background.js"), "n.storage.local.set({a:1})");
    rmSync(path.join(directory, "popup.html"));

    const result = lintExtensionDirectory(directory, namespaces);
    expect(result.problems).toEqual([
      { path: "$", message: "points to popup.html, which is not in the package" },
      { path: "$.permissions", message: 'missing "storage", which the scripts use' },
    ]);
  });

  test("unreadable manifest is reported", () => {
    writeFileSync(path.join(directory, "manifest.json"), "{ not json");
    const result = lintExtensionDirectory(directory, namespaces);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message).toMatch(/^cannot read .*manifest\.json/);
  });
});
