import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { fourPartVersion } from "../../../scripts/manifests/addin";
import { pngSize } from "./png";

const root = join(__dirname, "..", "..", "..");
const manifestPath = join(root, "manifest", "outlook.xml");
const manifestText = readFileSync(manifestPath, "utf8");
const developmentOrigin = "https://localhost:3000";

type XmlNode = { [key: string]: XmlValue };
type XmlValue = string | number | boolean | XmlNode | XmlValue[];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
});
const document = parser.parse(manifestText) as XmlNode;

/** Returns the child elements named `name`, always stored as an array. */
function children(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  if (!Array.isArray(value)) {
    return [];
  }
  return value.map((item) =>
    typeof item === "object" && !Array.isArray(item)
      ? item
      : { "#text": String(item) },
  );
}

/** Follows a path of element names, taking the only child at each step. */
function only(node: XmlNode, ...path: string[]): XmlNode {
  let current = node;
  for (const name of path) {
    const found = children(current, name);
    if (found.length !== 1) {
      throw new Error(`expected one <${name}>, found ${found.length}`);
    }
    current = found[0] as XmlNode;
  }
  return current;
}

function text(node: XmlNode): string {
  return String(node["#text"] ?? "").trim();
}

function attribute(node: XmlNode, name: string): string | undefined {
  const value = node[`@${name}`];
  return value === undefined ? undefined : String(value);
}

/** Collects every attribute value named `name` anywhere below `node`. */
function collectAttributes(value: XmlValue, name: string, found: string[]) {
  if (Array.isArray(value)) {
    value.forEach((item) => collectAttributes(item, name, found));
  } else if (typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === `@${name}`) {
        found.push(String(child));
      } else {
        collectAttributes(child, name, found);
      }
    }
  }
  return found;
}

const officeApp = only(document, "OfficeApp");
const outerOverrides = only(officeApp, "VersionOverrides");
const overrides = only(outerOverrides, "VersionOverrides");
const resources = only(overrides, "Resources");

function resourceUrl(group: string, item: string, id: string): string {
  const entry = children(only(resources, group), item).find(
    (node) => attribute(node, "id") === id,
  );
  if (!entry) {
    throw new Error(`resource ${id} is missing from ${group}`);
  }
  return attribute(entry, "DefaultValue") ?? "";
}

describe("Outlook manifest", () => {
  test("is well-formed XML", () => {
    expect(XMLValidator.validate(manifestText)).toBe(true);
  });

  test("declares a mail add-in", () => {
    expect(attribute(officeApp, "xsi:type")).toBe("MailApp");
    expect(attribute(officeApp, "xmlns")).toBe(
      "http://schemas.microsoft.com/office/appforoffice/1.1",
    );
    expect(text(only(officeApp, "Id"))).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(text(only(officeApp, "Version"))).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text(only(officeApp, "ProviderName"))).not.toBe("");
    expect(attribute(only(officeApp, "DisplayName"), "DefaultValue")).toBe(
      "Mail Diagnostics",
    );
    expect(
      attribute(only(officeApp, "Hosts", "Host"), "Name"),
    ).toBe("Mailbox");
  });

  test("version matches package.json", () => {
    const packageJson = JSON.parse(
      readFileSync(join(root, "package.json"), "utf8"),
    ) as { version: string };
    expect(text(only(officeApp, "Version"))).toBe(
      fourPartVersion(packageJson.version),
    );
  });

  test("requires Mailbox 1.8 and only ReadItem", () => {
    const set = only(officeApp, "Requirements", "Sets", "Set");
    expect(attribute(set, "Name")).toBe("Mailbox");
    expect(attribute(set, "MinVersion")).toBe("1.8");
    expect(text(only(officeApp, "Permissions"))).toBe("ReadItem");

    const overrideSets = only(overrides, "Requirements", "bt:Sets");
    expect(attribute(overrideSets, "DefaultMinVersion")).toBe("1.8");
    expect(attribute(only(overrideSets, "bt:Set"), "Name")).toBe("Mailbox");
  });

  test("activates on messages in read mode only", () => {
    const rule = only(officeApp, "Rule");
    const inner = children(rule, "Rule");
    expect(inner).toHaveLength(1);
    expect(attribute(inner[0] as XmlNode, "xsi:type")).toBe("ItemIs");
    expect(attribute(inner[0] as XmlNode, "ItemType")).toBe("Message");
    expect(attribute(inner[0] as XmlNode, "FormType")).toBe("Read");

    const forms = children(only(officeApp, "FormSettings"), "Form");
    expect(forms.map((form) => attribute(form, "xsi:type"))).toEqual([
      "ItemRead",
    ]);
  });

  test("nests VersionOverrides 1.1 inside 1.0", () => {
    expect(attribute(outerOverrides, "xsi:type")).toBe("VersionOverridesV1_0");
    expect(attribute(overrides, "xsi:type")).toBe("VersionOverridesV1_1");
    expect(attribute(overrides, "xmlns")).toBe(
      "http://schemas.microsoft.com/office/mailappversionoverrides/1.1",
    );
  });

  test("read surface button opens pinnable task pane", () => {
    const host = only(overrides, "Hosts", "Host");
    expect(attribute(host, "xsi:type")).toBe("MailHost");

    const extensionPoint = only(host, "DesktopFormFactor", "ExtensionPoint");
    expect(attribute(extensionPoint, "xsi:type")).toBe(
      "MessageReadCommandSurface",
    );

    const control = only(extensionPoint, "OfficeTab", "Group", "Control");
    expect(attribute(control, "xsi:type")).toBe("Button");

    const action = only(control, "Action");
    expect(attribute(action, "xsi:type")).toBe("ShowTaskpane");
    expect(text(only(action, "SupportsPinning"))).toBe("true");

    const sourceId = attribute(only(action, "SourceLocation"), "resid") ?? "";
    expect(resourceUrl("bt:Urls", "bt:Url", sourceId)).toBe(
      `${developmentOrigin}/taskpane.html`,
    );
    expect(
      attribute(
        only(
          officeApp,
          "FormSettings",
          "Form",
          "DesktopSettings",
          "SourceLocation",
        ),
        "DefaultValue",
      ),
    ).toBe(`${developmentOrigin}/taskpane.html`);
  });

  test("every resid names a resource", () => {
    const declared = new Set(collectAttributes(resources, "id", []));
    const referenced = collectAttributes(overrides, "resid", []);
    expect(referenced.length).toBeGreaterThan(0);
    for (const resid of referenced) {
      expect(declared).toContain(resid);
    }
  });

  test("resource ids fit in 32 characters", () => {
    for (const id of collectAttributes(resources, "id", [])) {
      expect(id.length).toBeLessThanOrEqual(32);
    }
  });

  test("every URL uses https", () => {
    const urls = collectAttributes(officeApp, "DefaultValue", []).filter(
      (value) => /^[a-z]+:\/\//i.test(value),
    );
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(new URL(url).protocol).toBe("https:");
    }
    for (const domain of children(only(officeApp, "AppDomains"), "AppDomain")) {
      expect(new URL(text(domain)).protocol).toBe("https:");
    }
    expect(
      new URL(attribute(only(officeApp, "SupportUrl"), "DefaultValue") ?? "")
        .protocol,
    ).toBe("https:");
  });

  test("every icon file exists at its declared size", () => {
    const icons: { url: string; size: number | null }[] = [
      {
        url: attribute(only(officeApp, "IconUrl"), "DefaultValue") ?? "",
        size: 64,
      },
      {
        url:
          attribute(only(officeApp, "HighResolutionIconUrl"), "DefaultValue") ??
          "",
        size: 128,
      },
    ];
    const button = only(
      overrides,
      "Hosts",
      "Host",
      "DesktopFormFactor",
      "ExtensionPoint",
      "OfficeTab",
      "Group",
      "Control",
      "Icon",
    );
    for (const image of children(button, "bt:Image")) {
      icons.push({
        url: resourceUrl(
          "bt:Images",
          "bt:Image",
          attribute(image, "resid") ?? "",
        ),
        size: Number(attribute(image, "size")),
      });
    }
    expect(icons.map((icon) => icon.size)).toEqual([64, 128, 16, 32, 80]);

    for (const icon of icons) {
      const url = new URL(icon.url);
      expect(url.origin).toBe(developmentOrigin);
      const file = join(root, decodeURIComponent(url.pathname));
      expect(existsSync(file)).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({
        width: icon.size,
        height: icon.size,
      });
    }
  });

  test("converts to a unified manifest that passes its schema", () => {
    const output = mkdtempSync(join(tmpdir(), "outlook-manifest-"));
    try {
      const converter = join(
        root,
        "node_modules",
        "office-addin-manifest-converter",
        "cli.js",
      );
      execFileSync(
        process.execPath,
        [converter, "convert", manifestPath, "--output", output],
        { stdio: "pipe" },
      );

      // The converter exits 0 even when it rejects the XML, so only a
      // missing output file shows the failure.
      const converted = join(output, "manifest.json");
      expect(existsSync(converted)).toBe(true);
      const unified = JSON.parse(readFileSync(converted, "utf8")) as {
        $schema: string;
        id: string;
        localizationInfo?: { additionalLanguages?: { file: string }[] };
      };
      expect(unified.id).toBe(text(only(officeApp, "Id")));

      const version = /teams\/(v[\d.]+)\//.exec(unified.$schema)?.[1];
      expect(version).toBeDefined();
      const schemaPath = join(
        root,
        "node_modules",
        "@microsoft",
        "app-manifest",
        "build",
        "json-schemas",
        "teams",
        version ?? "",
        "MicrosoftTeams.schema.json",
      );
      // The localization schema has patterns such as `\[\b…\b]` that are
      // invalid in JavaScript's Unicode mode.
      const ajv = new Ajv({
        allErrors: true,
        strict: false,
        unicodeRegExp: false,
      });
      addFormats(ajv);
      const validate = ajv.compile(
        JSON.parse(readFileSync(schemaPath, "utf8")) as object,
      );
      const valid = validate(unified);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);

      const languages = unified.localizationInfo?.additionalLanguages ?? [];
      expect(languages.map((language) => language.file)).toEqual([
        "da-dk.json",
      ]);
      const validateLocalization = ajv.compile(
        JSON.parse(
          readFileSync(
            schemaPath.replace(
              "MicrosoftTeams.schema.json",
              "MicrosoftTeams.Localization.schema.json",
            ),
            "utf8",
          ),
        ) as object,
      );
      for (const language of languages) {
        const strings = JSON.parse(
          readFileSync(join(output, language.file), "utf8"),
        ) as object;
        const localizationValid = validateLocalization(strings);
        expect(validateLocalization.errors ?? []).toEqual([]);
        expect(localizationValid).toBe(true);
      }
    } finally {
      rmSync(output, { recursive: true, force: true });
    }
  });

  test("has Danish text for every visible string", () => {
    const overridden = [
      only(officeApp, "DisplayName"),
      only(officeApp, "Description"),
      ...children(only(resources, "bt:ShortStrings"), "bt:String").filter(
        (node) => attribute(node, "id") === "MailDiagnostics.ButtonLabel",
      ),
      ...children(only(resources, "bt:LongStrings"), "bt:String"),
    ];
    expect(overridden).toHaveLength(4);
    for (const node of overridden) {
      const override = [
        ...children(node, "Override"),
        ...children(node, "bt:Override"),
      ];
      expect(override.map((item) => attribute(item, "Locale"))).toEqual([
        "da-DK",
      ]);
      expect(attribute(override[0] as XmlNode, "Value")).not.toBe("");
    }
  });
});
