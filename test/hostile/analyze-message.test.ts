import fc from "fast-check";
import { analyzeHeaders, analyzeMessage } from "../../src/core/analyze";
import { MimeParseError } from "../../src/core/mime";
import {
  brokenMimeMessage,
  carrierWithHostileText,
  damagedSample,
  forwardedDamagedSamples,
  hostileText,
  randomBytes,
} from "./arbitraries";
import {
  expectCleanAnalysis,
  expectWellFormedAnalysis,
  propertySettings,
  PROPERTY_TIMEOUT_MS,
} from "./checks";

describe("analyzeMessage on hostile input", () => {
  test(
    "broken MIME structures",
    async () => {
      await fc.assert(
        fc.asyncProperty(brokenMimeMessage, expectCleanAnalysis),
        propertySettings(150),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  test(
    "hostile text in headers and reports",
    async () => {
      await fc.assert(
        fc.asyncProperty(carrierWithHostileText, expectCleanAnalysis),
        propertySettings(150),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  test(
    "damaged sample and corpus messages",
    async () => {
      await fc.assert(
        fc.asyncProperty(damagedSample, expectCleanAnalysis),
        propertySettings(200),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  test(
    "damaged messages forwarded as attachments",
    async () => {
      await fc.assert(
        fc.asyncProperty(forwardedDamagedSamples, expectCleanAnalysis),
        propertySettings(100),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  test(
    "random bytes",
    async () => {
      await fc.assert(
        fc.asyncProperty(randomBytes, expectCleanAnalysis),
        propertySettings(150),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  test(
    "string, Uint8Array and ArrayBuffer alike",
    async () => {
      await fc.assert(
        fc.asyncProperty(brokenMimeMessage, async (text) => {
          const bytes = new TextEncoder().encode(text);
          await expectCleanAnalysis(bytes);
          await expectCleanAnalysis(bytes.buffer);
        }),
        propertySettings(50),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe("analyzeMessage with hostile trusted ids", () => {
  test(
    "any trusted authserv-id list",
    async () => {
      const trustedIds = fc.array(
        fc.oneof(
          hostileText,
          fc.constantFrom("", ".", "..", ".example.com", "mx.example.com", "*"),
        ),
        { maxLength: 4 },
      );
      await fc.assert(
        fc.asyncProperty(
          carrierWithHostileText,
          trustedIds,
          async (raw, trustedAuthservIds) => {
            try {
              const analysis = await analyzeMessage(raw, {
                trustedAuthservIds,
              });
              expectWellFormedAnalysis(analysis);
            } catch (error) {
              expect(error).toBeInstanceOf(MimeParseError);
            }
          },
        ),
        propertySettings(60),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe("analyzeHeaders on hostile input", () => {
  test(
    "hostile header blocks",
    async () => {
      const headerBlock = fc
        .array(
          fc.tuple(
            fc.constantFrom(
              "Authentication-Results",
              "ARC-Authentication-Results",
              "Received-SPF",
              "DKIM-Signature",
              "From",
              "X-MS-Exchange-Organization-AuthAs",
              "X-Forefront-Antispam-Report",
              "Subject",
            ),
            hostileText,
          ),
          { maxLength: 8 },
        )
        .map((fields) =>
          fields.map(([name, value]) => `${name}: ${value}`).join("\r\n"),
        );
      await fc.assert(
        fc.asyncProperty(headerBlock, async (block) => {
          try {
            expectWellFormedAnalysis(await analyzeHeaders(block));
          } catch (error) {
            expect(error).toBeInstanceOf(MimeParseError);
          }
        }),
        propertySettings(200),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
