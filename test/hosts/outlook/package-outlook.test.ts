import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { XMLValidator } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import {
  DEVELOPMENT_ORIGIN,
  packUnifiedManifest,
  parseOrigin,
  parseTrustedIds,
  rewriteXmlManifest,
  taskpaneUrl,
} from "../../../scripts/package-outlook";
import { trustedIdsFromUrl } from "../../../src/hosts/outlook/trusted-ids";

const root = join(__dirname, "..", "..", "..");
const xml = readFileSync(join(root, "manifest", "outlook.xml"), "utf8");
const options = {
  origin: "https://addin.example.com",
  trustedIds: ["mx.example.com", ".example.net"],
};

describe("parseOrigin", () => {
  test("accepts an https origin", () => {
    expect(parseOrigin("https://Addin.Example.com/")).toBe(
      "https://addin.example.com",
    );
    expect(parseOrigin("https://addin.example.com:8443")).toBe(
      "https://addin.example.com:8443",
    );
  });

  test.each([
    ["addin.example.com", /is not a URL/],
    ["http://addin.example.com", /must use https/],
    ["https://addin.example.com/mail/", /origin only/],
    ["https://addin.example.com/?a=1", /origin only/],
  ])("rejects %s", (value, message) => {
    expect(() => parseOrigin(value)).toThrow(message);
  });
});

describe("parseTrustedIds", () => {
  test("reads a comma-separated list", () => {
    expect(parseTrustedIds(" mx.example.com, .Example.net ,")).toEqual([
      "mx.example.com",
      ".example.net",
    ]);
  });

  test("accepts an empty list", () => {
    expect(parseTrustedIds("")).toEqual([]);
  });

  test("names invalid entries", () => {
    expect(() => parseTrustedIds("mx.example.com,a b,<x>")).toThrow(
      "--trusted has entries that are not host names: a b, <x>.",
    );
  });
});

describe("taskpaneUrl", () => {
  test("carries trusted ids the pane reads back", () => {
    const url = new URL(taskpaneUrl(options));

    expect(url.origin).toBe(options.origin);
    expect(url.pathname).toBe("/taskpane.html");
    expect(trustedIdsFromUrl(url.search)).toEqual(options.trustedIds);
  });

  test("has no query without trusted ids", () => {
    expect(taskpaneUrl({ ...options, trustedIds: [] })).toBe(
      "https://addin.example.com/taskpane.html",
    );
  });
});

describe("rewriteXmlManifest", () => {
  const rewritten = rewriteXmlManifest(xml, options);

  test("stays well-formed", () => {
    expect(XMLValidator.validate(rewritten)).toBe(true);
  });

  test("leaves no development URL", () => {
    expect(rewritten).not.toContain(DEVELOPMENT_ORIGIN);
    expect(rewritten).toContain(
      '<AppDomain>https://addin.example.com</AppDomain>',
    );
  });

  test("points both task pane URLs at the deployment", () => {
    const taskpane = taskpaneUrl(options);
    const matches = rewritten.match(/DefaultValue="([^"]*taskpane[^"]*)"/g);

    expect(matches).toEqual([
      `DefaultValue="${taskpane}"`,
      `DefaultValue="${taskpane}"`,
    ]);
  });

  test("converts to a valid unified manifest", () => {
    const folder = mkdtempSync(join(tmpdir(), "outlook-package-"));
    try {
      const input = join(folder, "manifest.xml");
      writeFileSync(input, rewritten);
      const output = join(folder, "unified");
      const converter = join(
        root,
        "node_modules",
        "office-addin-manifest-converter",
        "cli.js",
      );
      execFileSync(
        process.execPath,
        [converter, "convert", input, "--output", output],
        { stdio: "pipe" },
      );

      // The converter exits 0 even when it rejects the XML.
      expect(existsSync(join(output, "manifest.json"))).toBe(true);
      const unified = JSON.parse(
        readFileSync(join(output, "manifest.json"), "utf8"),
      ) as { extensions: { runtimes: { code: { page: string } }[] }[] };
      expect(unified.extensions[0]?.runtimes[0]?.code.page).toBe(
        taskpaneUrl(options),
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("packUnifiedManifest", () => {
  const files = unzipSync(packUnifiedManifest(options));

  test("holds the manifest, locale and icons", () => {
    expect(Object.keys(files)).toEqual([
      "manifest.json",
      "da-dk.json",
      "assets/icon-192.png",
      "assets/outline-32.png",
    ]);
    expect(files["assets/icon-192.png"]).toEqual(
      new Uint8Array(readFileSync(join(root, "assets", "icon-192.png"))),
    );
  });

  test("manifest passes its schema", () => {
    const manifest = JSON.parse(
      strFromU8(files["manifest.json"] ?? new Uint8Array()),
    ) as { extensions: { runtimes: { code: { page: string } }[] }[] };
    const schema = JSON.parse(
      readFileSync(
        join(
          root,
          "node_modules/@microsoft/app-manifest/build/json-schemas",
          "teams/v1.17/MicrosoftTeams.schema.json",
        ),
        "utf8",
      ),
    ) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);

    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(manifest.extensions[0]?.runtimes[0]?.code.page).toBe(
      taskpaneUrl(options),
    );
  });

  test("leaves no development URL", () => {
    for (const name of ["manifest.json", "da-dk.json"]) {
      const text = strFromU8(files[name] ?? new Uint8Array());
      expect([name, text.includes(DEVELOPMENT_ORIGIN)]).toEqual([name, false]);
    }
  });
});
