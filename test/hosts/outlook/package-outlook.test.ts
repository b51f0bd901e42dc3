import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { packUnifiedManifest } from "../../../scripts/package-outlook";
import {
  DEVELOPMENT_BASE_URL,
  parseBaseUrl,
  parseTrustedIds,
  taskpaneUrl,
  type ManifestOptions,
} from "../../../scripts/manifests/options";
import { renderXmlManifest } from "../../../scripts/manifests/xml";
import { checkConvertedXmlManifest } from "../../../scripts/manifests/converted-checks";
import { schemaProblems } from "../../../scripts/manifests/schema";
import { trustedIdsFromUrl } from "../../../src/hosts/outlook/trusted-ids";

const root = join(__dirname, "..", "..", "..");
const options: ManifestOptions = {
  baseUrl: "https://addin.example.com/",
  trustedIds: ["mx.example.com", ".example.net"],
  version: "0.1.0",
};

describe("parseBaseUrl", () => {
  test("accepts an https origin", () => {
    expect(parseBaseUrl("https://Addin.Example.com")).toBe(
      "https://addin.example.com/",
    );
    expect(parseBaseUrl("https://addin.example.com:8443/")).toBe(
      "https://addin.example.com:8443/",
    );
  });

  test("keeps a path and ends it with a slash", () => {
    expect(parseBaseUrl("https://example.com/addins/mail")).toBe(
      "https://example.com/addins/mail/",
    );
  });

  test.each([
    ["addin.example.com", /is not a URL/],
    ["http://addin.example.com", /must use https/],
    ["https://addin.example.com/?a=1", /no query/],
    ["https://addin.example.com/#top", /no query/],
  ])("rejects %s", (value, message) => {
    expect(() => parseBaseUrl(value, "ADDIN_BASE_URL")).toThrow(message);
  });

  test("names the setting in errors", () => {
    expect(() => parseBaseUrl("ftp://x", "ADDIN_BASE_URL")).toThrow(
      /^ADDIN_BASE_URL "ftp:\/\/x"/,
    );
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
      "trusted authserv-ids contain entries that are not host names: a b, <x>.",
    );
  });
});

describe("taskpaneUrl", () => {
  test("carries trusted ids the pane reads back", () => {
    const url = new URL(taskpaneUrl(options));

    expect(url.origin).toBe("https://addin.example.com");
    expect(url.pathname).toBe("/taskpane.html");
    expect(trustedIdsFromUrl(url.search)).toEqual(options.trustedIds);
  });

  test("has no query without trusted ids", () => {
    expect(taskpaneUrl({ ...options, trustedIds: [] })).toBe(
      "https://addin.example.com/taskpane.html",
    );
  });

  test("stays under a base URL path", () => {
    expect(
      taskpaneUrl({ ...options, baseUrl: "https://x.example/a/b/" }),
    ).toMatch(/^https:\/\/x\.example\/a\/b\/taskpane\.html\?/);
  });
});

describe("renderXmlManifest for a deployment", () => {
  const xml = renderXmlManifest(options);

  test("is well-formed", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  test("leaves no development URL", () => {
    expect(xml).not.toContain(DEVELOPMENT_BASE_URL);
    expect(xml).toContain("<AppDomain>https://addin.example.com</AppDomain>");
  });

  test("points both task pane URLs at the deployment", () => {
    const escaped = taskpaneUrl(options).replaceAll("&", "&amp;");
    const matches = xml.match(/DefaultValue="([^"]*taskpane[^"]*)"/g);

    expect(matches).toEqual([
      `DefaultValue="${escaped}"`,
      `DefaultValue="${escaped}"`,
    ]);
  });

  test("escapes markup in a support URL", () => {
    const withSupport = renderXmlManifest({
      ...options,
      supportUrl: 'https://help.example.com/?a=1&b="<x>"',
    });
    expect(XMLValidator.validate(withSupport)).toBe(true);
    expect(withSupport).toContain(
      'SupportUrl DefaultValue="https://help.example.com/?a=1&amp;b=&quot;&lt;x&gt;&quot;"',
    );
  });

  test("converts to a unified manifest that passes its schema", () => {
    const folder = mkdtempSync(join(tmpdir(), "outlook-package-"));
    try {
      const input = join(folder, "manifest.xml");
      writeFileSync(input, xml);
      expect(checkConvertedXmlManifest(input, "manifest.xml")).toEqual([]);
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

    expect(schemaProblems(manifest, "manifest", "manifest.json")).toEqual([]);
    expect(manifest.extensions[0]?.runtimes[0]?.code.page).toBe(
      taskpaneUrl(options),
    );
  });

  test("locale file passes its schema", () => {
    const strings: unknown = JSON.parse(
      strFromU8(files["da-dk.json"] ?? new Uint8Array()),
    );
    expect(schemaProblems(strings, "localization", "da-dk.json")).toEqual([]);
  });

  test("leaves no development URL", () => {
    for (const name of ["manifest.json", "da-dk.json"]) {
      const text = strFromU8(files[name] ?? new Uint8Array());
      expect([name, text.includes(DEVELOPMENT_BASE_URL)]).toEqual([
        name,
        false,
      ]);
    }
  });

  test("gives equal archives for equal input", () => {
    expect(packUnifiedManifest(options)).toEqual(packUnifiedManifest(options));
  });
});
