import fc from "fast-check";
import {
  extractCodes,
  extractEnhancedStatus,
  extractReplyCode,
} from "../../../src/core/bounce/extract-codes";
import {
  forEachCandidate,
  isAdjacent,
  type CodeMatch,
  type ReplyCandidate,
} from "../../../src/core/bounce/code-candidates";

describe("extractCodes", () => {
  it.each([
    ["550 5.1.1 <user@example.com>: mailbox unknown", "550", "5.1.1"],
    [
      "host mx.example.com[192.0.2.7] said: 452 4.2.2 quota exceeded",
      "452",
      "4.2.2",
    ],
    ["554.5.3.4 message exceeds the size limit", "554", "5.3.4"],
    ["said: 550\n    5.1.1 no mailbox by that name", "550", "5.1.1"],
    ["returned 550-'5.7.1 relaying denied'", "550", "5.7.1"],
    ["550 550 5.7.0 header error", "550", "5.7.0"],
    ["Remote host said: 421 4.7.0 try again later", "421", "4.7.0"],
    ["521 5.7.13 account disabled", "521", "5.7.13"],
    ["550 5.1.10 RESOLVER.ADR.RecipientNotFound", "550", "5.1.10"],
    ["550 5.7.509 access denied", "550", "5.7.509"],
    [
      "#< #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound> #SMTP#",
      "550",
      "5.1.1",
    ],
  ])("pairs reply and status in %j", (text, reply, status) => {
    const codes = extractCodes(text);
    expect(codes.replyCode).toBe(reply);
    expect(codes.enhancedStatus).toBe(status);
  });

  it("reads a multi-line reply from its first line", () => {
    const text = [
      "550-5.1.1 That mailbox does not exist here. Check the spelling",
      "550-5.1.1 of the address and send again. More help is on our",
      "550 5.1.1 support pages.",
    ].join("\n");
    const codes = extractCodes(text);
    expect(codes.replyCode).toBe("550");
    expect(codes.enhancedStatus).toBe("5.1.1");
    expect(codes.replyCodeMatch?.start).toBe(0);
    expect(codes.enhancedStatusMatch?.start).toBe(4);
  });

  it.each([
    ["no such user here (#5.1.1)", "5.1.1"],
    ["delivery refused #5.7.1", "5.7.1"],
    ["5.1.1 (user unknown)", "5.1.1"],
    ["Status: 4.4.7", "4.4.7"],
  ])("finds the status in %j", (text, status) => {
    expect(extractEnhancedStatus(text)).toBe(status);
  });

  it.each([
    "connect to 10.5.2.1 port 25: connection refused",
    "relay 192.0.2.1 answered slowly",
    "Postfix 3.5.1 on mx.example.com",
    "Exim 4.72 with version 2.5.1 of the filter",
    "attachment of 5.2.1 MB removed",
    "queued since 2024.5.1 10:00",
    "code 3.1.1 and 6.1.1 and 5.9.1 are not statuses",
    "build v5.1.1 deployed",
  ])("finds no status in %j", (text) => {
    expect(extractEnhancedStatus(text)).toBeNull();
  });

  it.each([
    "waited 10 minutes on port 587",
    "a message of 1543 bytes",
    "address 192.0.2.250 refused",
    "the 600 series and 199 are outside the reply range",
    "timestamp 12:550",
  ])("finds no reply code in %j", (text) => {
    expect(extractReplyCode(text)).toBeNull();
  });

  it("drops a reply code whose class differs from the status", () => {
    const codes = extractCodes("421 later, then the status 5.7.1 came back");
    expect(codes.enhancedStatus).toBe("5.7.1");
    expect(codes.replyCode).toBeNull();
  });

  it("prefers an anchored reply code to one inside a sentence", () => {
    const codes = extractCodes(
      "tried 3 times, 250 copies queued\nremote said: 550 mailbox unavailable",
    );
    expect(codes.replyCode).toBe("550");
  });

  it("skips an anchored reply code of another class", () => {
    const codes = extractCodes(
      "status: 421 busy\nthe server then sent 550 with 5.7.1 later",
    );
    expect(codes.enhancedStatus).toBe("5.7.1");
    expect(codes.replyCode).toBe("550");
  });

  it("returns the positions of the codes it picked", () => {
    const text = "error: 452 4.2.2 over quota";
    const codes = extractCodes(text);
    expect(codes.replyCodeMatch).toEqual({ value: "452", start: 7, end: 10 });
    expect(codes.enhancedStatusMatch).toEqual({
      value: "4.2.2",
      start: 11,
      end: 16,
    });
  });

  it("returns nulls for empty text", () => {
    expect(extractCodes("")).toEqual({
      replyCode: null,
      enhancedStatus: null,
      replyCodeMatch: null,
      enhancedStatusMatch: null,
    });
  });

  it("never throws and returns well-formed codes for any input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const codes = extractCodes(text);
        if (codes.replyCode !== null) {
          expect(codes.replyCode).toMatch(/^[2-5][0-5][0-9]$/);
        }
        if (codes.enhancedStatus !== null) {
          expect(codes.enhancedStatus).toMatch(/^[245]\.[0-7]\.\d{1,3}$/);
        }
        if (codes.replyCode !== null && codes.enhancedStatus !== null) {
          expect(codes.replyCode[0]).toBe(codes.enhancedStatus[0]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on digit-heavy input", () => {
    const digitText = fc
      .array(
        fc.constantFrom("5", "4", "2", "0", "1", ".", " ", "-", "#", "\n", "a"),
        {
          maxLength: 300,
        },
      )
      .map((characters) => characters.join(""));
    fc.assert(
      fc.property(digitText, (text) => {
        expect(() => extractCodes(text)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * Chooses codes from the full candidate lists by the rule in extractCodes's
 * documentation, as a reference for its one-pass choice.
 */
function chooseFromLists(text: string): [string | null, string | null] {
  const replies: ReplyCandidate[] = [];
  const statuses: CodeMatch[] = [];
  forEachCandidate(text, {
    reply: (reply) => {
      replies.push(reply);
      return false;
    },
    status: (status) => {
      statuses.push(status);
      return false;
    },
  });

  const classOf = (match: CodeMatch): string => match.value.charAt(0);
  for (const reply of replies) {
    const next = statuses.find((status) => status.start >= reply.end);
    if (
      next !== undefined &&
      classOf(next) === classOf(reply) &&
      isAdjacent(text, reply.end, next.start)
    ) {
      return [reply.value, next.value];
    }
  }
  const status = statuses[0] ?? null;
  const fits = (reply: ReplyCandidate): boolean =>
    status === null || classOf(reply) === classOf(status);
  const reply =
    replies.find((candidate) => candidate.anchored && fits(candidate)) ??
    replies.find(fits) ??
    null;
  return [reply?.value ?? null, status?.value ?? null];
}

describe("extractCodes against the full candidate lists", () => {
  it("picks the same codes for any mix of codes and separators", () => {
    const piece = fc.constantFrom(
      "550", "421", "250", "554", "5.1.1", "4.4.7", "2.0.0", "5.7.26",
      " ", "-", ".", "\n", ":", "(", "#", "x", "1", "v", " MB",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join("");
        const codes = extractCodes(text);
        expect([codes.replyCode, codes.enhancedStatus]).toEqual(
          chooseFromLists(text),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
