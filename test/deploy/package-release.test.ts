import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import {
  packHostedFolder,
  readSettings,
  sha256Sums,
} from "../../scripts/package-release";

describe("readSettings", () => {
  test("takes the base URL from the command line", () => {
    const settings = readSettings(
      ["--base-url", "https://addins.example.com/mail", "--no-build"],
      { ADDIN_BASE_URL: "https://ignored.example.com/" },
    );
    expect(settings.options.baseUrl).toBe("https://addins.example.com/mail/");
    expect(settings.build).toBe(false);
  });

  test("falls back to ADDIN_BASE_URL and ADDIN_TRUSTED_IDS", () => {
    const settings = readSettings([], {
      ADDIN_BASE_URL: "https://addins.example.com",
      ADDIN_TRUSTED_IDS: "mx.example.com",
    });
    expect(settings.options.baseUrl).toBe("https://addins.example.com/");
    expect(settings.options.trustedIds).toEqual(["mx.example.com"]);
    expect(settings.build).toBe(true);
  });

  test("requires a base URL", () => {
    expect(() => readSettings([], {})).toThrow(/base URL is missing/);
  });

  test("rejects http", () => {
    expect(() =>
      readSettings(["--base-url", "http://addins.example.com"], {}),
    ).toThrow(/must use https/);
  });

  test("rejects unknown options", () => {
    expect(() => readSettings(["--origin", "https://x.example"], {})).toThrow(
      /Unknown option "--origin"/,
    );
  });

  test("rejects an option without value", () => {
    expect(() => readSettings(["--base-url"], {})).toThrow(
      "--base-url needs a value.",
    );
  });
});

describe("packHostedFolder", () => {
  test("leaves out the Thunderbird build", () => {
    const folder = mkdtempSync(join(tmpdir(), "release-"));
    try {
      mkdirSync(join(folder, "assets"));
      mkdirSync(join(folder, "thunderbird"));
      writeFileSync(join(folder, "taskpane.html"), "<p>pane</p>");
      writeFileSync(join(folder, "assets", "icon-16.png"), "png");
      writeFileSync(join(folder, "thunderbird", "manifest.json"), "{}");
      writeFileSync(join(folder, "mail-diagnostics-thunderbird.xpi"), "xpi");

      const files = unzipSync(packHostedFolder(folder));
      expect(Object.keys(files).sort()).toEqual([
        "assets/icon-16.png",
        "taskpane.html",
      ]);
      expect(strFromU8(files["taskpane.html"] ?? new Uint8Array())).toBe(
        "<p>pane</p>",
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

test("sha256Sums uses the sha256sum format", () => {
  const bytes = new TextEncoder().encode("abc");
  const digest = createHash("sha256").update("abc").digest("hex");

  expect(sha256Sums(new Map([["a.zip", bytes]]))).toBe(`${digest}  a.zip\n`);
});
