import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import PostalMime from "postal-mime";
import { parseMessage } from "../../../src/core/mime";
import { normalizeBareCr } from "../../../src/core/mime/line-endings";
import { compareWithPostalMime, view } from "./postal-reference";

/**
 * Checks, for every message of the bounce corpus, that leaving bodies out of
 * postal-mime's input changes nothing in the result. The corpus lives
 * outside the repository, so the test skips when the folder is absent.
 */
const emlDir = path.resolve(__dirname, "../../../../shared/corpus/bounces/eml");
const present = existsSync(emlDir);

if (!present) {
  console.log(`Bounce corpus not found at ${emlDir}; skipping.`);
}

(present ? describe : describe.skip)("corpus parse with cut bodies", () => {
  const files = present
    ? readdirSync(emlDir)
        .filter((file) => file.endsWith(".eml"))
        .sort()
    : [];

  test("every message parses as postal-mime parses it", async () => {
    let cutMessages = 0;
    let cutParts = 0;

    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(path.join(emlDir, file)));
      const comparison = await compareWithPostalMime(bytes, 0);

      expect({ file, result: comparison.ours }).toEqual({
        file,
        result: comparison.reference,
      });
      expect({ file, contents: comparison.ourContents }).toEqual({
        file,
        contents: comparison.referenceContents,
      });
      if (comparison.cutCount > 0) cutMessages++;
      cutParts += comparison.cutCount;
    }

    console.log(
      `${files.length} corpus messages, ${cutMessages} with cut bodies, ` +
        `${cutParts} parts cut`,
    );
    expect(cutMessages).toBeGreaterThan(files.length / 4);
  });

  test("parseMessage keeps postal-mime's parts and text", async () => {
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(path.join(emlDir, file)));
      let reference;
      try {
        reference = await PostalMime.parse(normalizeBareCr(bytes), {
          forceRfc822Attachments: true,
        });
      } catch {
        continue;
      }
      if (reference.attachments.length === 0 && !reference.text) continue;

      const message = await parseMessage(bytes);

      expect({ file, count: message.parts.length }).toEqual({
        file,
        count: reference.attachments.length,
      });
      expect({ file, text: message.text }).toEqual({
        file,
        text: reference.text ?? "",
      });
      message.parts.forEach((part, i) => {
        const expected = reference.attachments[i];
        expect({ file, i, bytes: view(part.bytes()) }).toEqual({
          file,
          i,
          bytes: view(expected?.content ?? ""),
        });
        expect({ file, i, size: part.size }).toEqual({
          file,
          i,
          size: view(expected?.content ?? "").byteLength,
        });
      });
    }
  });
});
