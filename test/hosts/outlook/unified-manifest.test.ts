import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { fourPartVersion } from "../../../scripts/manifests/addin";
import { decodeRgbaPng, pngSize } from "./png";

const root = join(__dirname, "..", "..", "..");
const folder = join(root, "manifest", "outlook-unified");
const xmlManifest = readFileSync(join(root, "manifest", "outlook.xml"), "utf8");
const developmentOrigin = "https://localhost:3000";

interface RibbonControl {
  actionId: string;
  icons: { size: number; url: string }[];
}

interface Capability {
  name: string;
  minVersion: string;
}

interface UnifiedManifest {
  $schema: string;
  id: string;
  version: string;
  icons: { color: string; outline: string };
  localizationInfo: {
    defaultLanguageTag: string;
    additionalLanguages: { languageTag: string; file: string }[];
  };
  authorization: {
    permissions: { resourceSpecific: { name: string; type: string }[] };
  };
  extensions: {
    requirements: { capabilities: Capability[]; scopes: string[] };
    runtimes: {
      id: string;
      code: { page: string };
      actions: { id: string; type: string; pinnable: boolean }[];
    }[];
    ribbons: {
      contexts: string[];
      tabs: {
        groups: {
          controls: RibbonControl[];
        }[];
      }[];
    }[];
  }[];
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

const manifest = readJson<UnifiedManifest>(join(folder, "manifest.json"));
const extension = manifest.extensions[0];
if (!extension) {
  throw new Error("the unified manifest has no extension");
}

function schema(name: string): object {
  const version = /teams\/(v[\d.]+)\//.exec(manifest.$schema)?.[1] ?? "";
  return readJson<object>(
    join(
      root,
      "node_modules",
      "@microsoft",
      "app-manifest",
      "build",
      "json-schemas",
      "teams",
      version,
      name,
    ),
  );
}

function createAjv(): Ajv {
  // The localization schema has patterns such as `\[\b…\b]` that are
  // invalid in JavaScript's Unicode mode.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv;
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

function collectUrls(value: unknown, found: string[] = []): string[] {
  if (typeof value === "string" && value.startsWith("https://")) {
    found.push(value);
  } else if (value !== null && typeof value === "object") {
    Object.values(value).forEach((child) => collectUrls(child, found));
  }
  return found;
}

describe("unified Outlook manifest", () => {
  test("passes the manifest schema", () => {
    const validate = createAjv().compile(schema("MicrosoftTeams.schema.json"));
    const valid = validate(manifest);

    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  test("locale files pass their schema", () => {
    const validate = createAjv().compile(
      schema("MicrosoftTeams.Localization.schema.json"),
    );
    const languages = manifest.localizationInfo.additionalLanguages;
    expect(languages.map((language) => language.languageTag)).toEqual([
      "da-dk",
    ]);

    for (const language of languages) {
      const strings = readJson<Record<string, string>>(
        join(folder, language.file),
      );
      const valid = validate(strings);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);

      const keys = Object.keys(strings).filter((name) => name !== "$schema");
      for (const key of keys) {
        expect([key, typeof valueAt(manifest, key)]).toEqual([key, "string"]);
      }
    }
  });

  test("matches the XML manifest", () => {
    const xmlId = /<Id>([^<]+)<\/Id>/.exec(xmlManifest)?.[1];
    const xmlVersion = /<Version>([^<]+)<\/Version>/.exec(xmlManifest)?.[1];

    expect(manifest.id).toBe(xmlId);
    expect(fourPartVersion(manifest.version)).toBe(xmlVersion);
  });

  test("asks only to read the item", () => {
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([
      { name: "MailboxItem.Read.User", type: "Delegated" },
    ]);
    expect(extension.requirements.capabilities).toEqual([
      { name: "Mailbox", minVersion: "1.8" },
    ]);
    expect(extension.requirements.scopes).toEqual(["mail"]);
  });

  test("opens a pinnable task pane in read mode", () => {
    const runtime = extension.runtimes[0];
    const action = runtime?.actions[0];
    const ribbon = extension.ribbons[0];
    const control = ribbon?.tabs[0]?.groups[0]?.controls[0];

    expect(runtime?.code.page).toBe(`${developmentOrigin}/taskpane.html`);
    expect(action?.type).toBe("openPage");
    expect(action?.pinnable).toBe(true);
    expect(ribbon?.contexts).toEqual(["mailRead"]);
    expect(control?.actionId).toBe(action?.id);
  });

  test("every URL is a served asset or page", () => {
    // $schema names the schema's home page, which the client never loads.
    const urls = collectUrls({ ...manifest, $schema: undefined });
    expect(urls.length).toBeGreaterThan(5);

    for (const url of urls) {
      const parsed = new URL(url);
      expect(parsed.origin).toBe(developmentOrigin);
      if (parsed.pathname.startsWith("/assets/")) {
        expect([url, existsSync(join(root, parsed.pathname))]).toEqual([
          url,
          true,
        ]);
      }
    }
  });

  test("ribbon icons have their declared sizes", () => {
    const icons = extension.ribbons[0]?.tabs[0]?.groups[0]?.controls[0]?.icons;
    expect(icons?.map((icon) => icon.size)).toEqual([16, 32, 80]);

    for (const icon of icons ?? []) {
      const file = join(root, new URL(icon.url).pathname);
      expect(pngSize(readFileSync(file))).toEqual({
        width: icon.size,
        height: icon.size,
      });
    }
  });

  test("colour icon is 192 pixels square", () => {
    const image = decodeRgbaPng(readFileSync(join(root, manifest.icons.color)));

    expect(image.width).toBe(192);
    expect(image.height).toBe(192);
  });

  test("outline icon is white on transparent", () => {
    const image = decodeRgbaPng(
      readFileSync(join(root, manifest.icons.outline)),
    );
    expect(image.width).toBe(32);
    expect(image.height).toBe(32);

    let opaque = 0;
    for (let offset = 0; offset < image.pixels.length; offset += 4) {
      const pixel = image.pixels.subarray(offset, offset + 4);
      const [red, green, blue, alpha] = pixel;
      if (alpha === 0) {
        continue;
      }
      opaque += 1;
      const index = offset / 4;
      expect([index, red, green, blue]).toEqual([index, 255, 255, 255]);
    }
    expect(opaque).toBeGreaterThan(100);
  });
});
