import fc from "fast-check";
import { analyzeBounce } from "../../src/core/bounce";
import { extractCodes } from "../../src/core/bounce/extract-codes";
import { SCANNERS } from "../../src/core/bounce/scanners";
import { parseMessage } from "../../src/core/mime";
import type { ParsedMessage } from "../../src/core/mime/types";
import {
  damagedSample,
  hostileParsedMessage,
  hostileText,
} from "./arbitraries";
import {
  expectWellFormedScan,
  propertySettings,
  PROPERTY_TIMEOUT_MS,
} from "./checks";
import { carrierMessage } from "./hostile-inputs";

function scanWithEveryScanner(message: ParsedMessage): void {
  for (const scanner of SCANNERS) {
    expectWellFormedScan(scanner.scan(message));
  }
  const report = analyzeBounce(message);
  if (report !== null) expect(Array.isArray(report.recipients)).toBe(true);
}

async function parseOrNull(
  raw: string | Uint8Array,
): Promise<ParsedMessage | null> {
  try {
    return await parseMessage(raw);
  } catch {
    return null;
  }
}

describe("bounce scanners on hostile input", () => {
  test(
    "hostile text after every known opening line",
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileText, async (payload) => {
          const message = await parseOrNull(
            carrierMessage(payload, "scanner-text"),
          );
          if (message) scanWithEveryScanner(message);
        }),
        propertySettings(150),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  test(
    "damaged sample and corpus messages",
    async () => {
      await fc.assert(
        fc.asyncProperty(damagedSample, async (raw) => {
          const message = await parseOrNull(raw);
          if (message) scanWithEveryScanner(message);
        }),
        propertySettings(200),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  test(
    "messages postal-mime would never produce",
    () => {
      fc.assert(
        fc.property(hostileParsedMessage, scanWithEveryScanner),
        propertySettings(400),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

/** Matches an enhanced status code as written, leading zeros allowed. */
function writtenForm(status: string): RegExp {
  const [statusClass, subject, detail] = status.split(".");
  return new RegExp(`${statusClass}\\.0*${subject}\\.0*${detail}`);
}

describe("extractCodes on hostile input", () => {
  test(
    "returns codes that occur in the text",
    () => {
      fc.assert(
        fc.property(hostileText, (text) => {
          const codes = extractCodes(text);
          if (codes.replyCode !== null) expect(text).toContain(codes.replyCode);
          if (codes.enhancedStatus !== null) {
            expect(text).toMatch(writtenForm(codes.enhancedStatus));
          }
        }),
        propertySettings(1500),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
