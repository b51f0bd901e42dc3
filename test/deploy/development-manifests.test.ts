import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageVersion } from "../../scripts/manifests/addin";
import {
  DEVELOPMENT_BASE_URL,
  type ManifestOptions,
} from "../../scripts/manifests/options";
import {
  formatJson,
  renderUnifiedManifest,
} from "../../scripts/manifests/unified";
import { renderXmlManifest } from "../../scripts/manifests/xml";

const manifestDir = join(__dirname, "..", "..", "manifest");
const options: ManifestOptions = {
  baseUrl: DEVELOPMENT_BASE_URL,
  trustedIds: [],
  version: packageVersion(),
};
const regenerate =
  "run `npx tsx scripts/manifests/write.ts --development` to regenerate it";

describe("development manifests in manifest/", () => {
  test("outlook.xml matches the description", () => {
    const stored = readFileSync(join(manifestDir, "outlook.xml"), "utf8");
    expect([regenerate, stored]).toEqual([
      regenerate,
      renderXmlManifest(options),
    ]);
  });

  test.each(renderUnifiedManifest(options).map((file) => [file.name, file]))(
    "outlook-unified/%s matches the description",
    (name, file) => {
      const stored = readFileSync(
        join(manifestDir, "outlook-unified", name),
        "utf8",
      );
      expect([regenerate, stored]).toEqual([
        regenerate,
        formatJson(file.content),
      ]);
    },
  );
});
