import fc from "fast-check";
import { msgToMime, MsgReadError } from "../../src/hosts/shared/msg-to-mime";
import { buildMsg, type MsgContent } from "../hosts/shared/msg-fixture";
import { hostileText } from "./arbitraries";
import {
  expectCleanAnalysis,
  PROPERTY_TIMEOUT_MS,
  propertySettings,
} from "./checks";

/**
 * A .msg message with hostile strings and attachments, some of them nested
 * messages.
 */
const msgContent: fc.Arbitrary<MsgContent> = fc.letrec<{ message: MsgContent }>(
  (tie) => ({
    message: fc.record(
      {
        headers: hostileText,
        body: hostileText,
        subject: hostileText,
        attachments: fc.array(
          fc.oneof(
            { depthSize: "small" },
            fc.record({
              kind: fc.constant("file" as const),
              fileName: fc.constantFrom("report.txt", "bounce.eml", ""),
              mimeTag: fc.constantFrom(
                "message/rfc822",
                "message/delivery-status",
                "text/plain",
              ),
              content: hostileText,
            }),
            fc.record({
              kind: fc.constant("message" as const),
              displayName: fc.constant("attached"),
              message: tie("message"),
            }),
          ),
          { maxLength: 3 },
        ),
      },
      { requiredKeys: [] },
    ),
  }),
).message;

/** A built .msg file with bytes overwritten at random offsets, or cut short. */
const damagedMsg: fc.Arbitrary<Uint8Array> = fc
  .record({
    content: msgContent,
    edits: fc.array(
      fc.tuple(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.uint8Array({ minLength: 1, maxLength: 16 }),
      ),
      { maxLength: 4 },
    ),
    cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  })
  .map(({ content, edits, cut }) => {
    const bytes = buildMsg(content).slice();
    for (const [at, replacement] of edits) {
      const offset = Math.floor(at * bytes.length);
      bytes.set(replacement.subarray(0, bytes.length - offset), offset);
    }
    return cut === null
      ? bytes
      : bytes.slice(0, Math.floor(cut * bytes.length));
  });

describe("msgToMime on hostile .msg files", () => {
  test(
    "converts or rejects with MsgReadError",
    async () => {
      await fc.assert(
        fc.asyncProperty(damagedMsg, async (bytes) => {
          let mime: Uint8Array;
          try {
            mime = msgToMime(bytes);
          } catch (error) {
            expect(error).toBeInstanceOf(MsgReadError);
            return;
          }
          await expectCleanAnalysis(mime);
        }),
        propertySettings(150),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
