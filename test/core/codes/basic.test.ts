import { REPLY_CODES, lookupReplyCode } from "../../../src/core/codes";
import { describeWithReference, readReference } from "./reference";

interface ReplyReference {
  standard: { code: string; title: string }[];
  nonstandard_commonly_seen: { code: string }[];
}

const reference = readReference<ReplyReference>("basic.json");

describeWithReference(reference, "reply code coverage")(
  "reply code coverage",
  () => {
    const standard = reference?.standard ?? [];
    const nonstandard = reference?.nonstandard_commonly_seen ?? [];

    test.each(standard.map((entry) => [entry.code]))(
      "standard %s is in the catalog",
      (code) => {
        const entry = REPLY_CODES.find((info) => info.code === code);
        expect(entry).toBeDefined();
        expect(entry?.standard).toBe(true);
      },
    );

    test.each(nonstandard.map((entry) => [entry.code]))(
      "commonly seen %s is in the catalog",
      (code) => {
        expect(REPLY_CODES.some((info) => info.code === code)).toBe(true);
      },
    );

    test("catalog has no code the reference lacks", () => {
      const known = new Set(
        [...standard, ...nonstandard].map((entry) => entry.code),
      );
      const extra = REPLY_CODES.filter((info) => !known.has(info.code));
      expect(extra).toEqual([]);
    });
  },
);

describe("reply code catalog", () => {
  test("is sorted by code", () => {
    const codes = REPLY_CODES.map((entry) => entry.code);
    expect(codes).toEqual([...codes].sort());
  });

  test("has unique codes", () => {
    const codes = REPLY_CODES.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  test("success codes need no retry", () => {
    const success = REPLY_CODES.filter((entry) => /^[23]/.test(entry.code));
    expect(success.length).toBeGreaterThan(0);
    for (const entry of success) {
      expect(entry.retry).toBe("not-needed");
    }
  });

  test("non-standard codes cite no RFC", () => {
    for (const entry of REPLY_CODES.filter((info) => !info.standard)) {
      expect(entry.rfc).toEqual([]);
    }
  });
});

describe("lookupReplyCode", () => {
  test("reads 550 from its entry and digits", () => {
    const lookup = lookupReplyCode("550");
    expect(lookup?.entry?.code).toBe("550");
    expect(lookup?.completion).toBe("permanent-negative");
    expect(lookup?.category).toBe("mail-system");
    expect(lookup?.meaningKey).toBe("code.basic.550.meaning");
  });

  test("reads 421 as transient connection reply", () => {
    const lookup = lookupReplyCode("421");
    expect(lookup?.completion).toBe("transient-negative");
    expect(lookup?.category).toBe("connections");
    expect(lookup?.retry).toBe("later");
  });

  test("reads unknown 4xx by its digits", () => {
    const lookup = lookupReplyCode("439");
    expect(lookup?.entry).toBeNull();
    expect(lookup?.completion).toBe("transient-negative");
    expect(lookup?.category).toBe("unspecified");
    expect(lookup?.meaningKey).toBe("code.basicClass.4.meaning");
    expect(lookup?.retry).toBe("later");
  });

  test("reads unknown 5xx by its digits", () => {
    const lookup = lookupReplyCode("507");
    expect(lookup?.entry).toBeNull();
    expect(lookup?.completion).toBe("permanent-negative");
    expect(lookup?.category).toBe("syntax");
    expect(lookup?.actionKey).toBe("code.basicClass.5.action");
    expect(lookup?.retry).toBe("after-fix");
  });

  test("reads unknown 2xx as success", () => {
    const lookup = lookupReplyCode("259");
    expect(lookup?.completion).toBe("positive-completion");
    expect(lookup?.retry).toBe("not-needed");
  });

  test("keeps non-standard 101 without a class", () => {
    const lookup = lookupReplyCode("101");
    expect(lookup?.entry?.standard).toBe(false);
    expect(lookup?.completion).toBeNull();
    expect(lookup?.completionKey).toBeNull();
    expect(lookup?.reason).toBe("networkerror");
  });

  test("keeps non-standard 471 without a category", () => {
    const lookup = lookupReplyCode("471");
    expect(lookup?.entry?.code).toBe("471");
    expect(lookup?.completion).toBe("transient-negative");
    expect(lookup?.category).toBeNull();
  });

  test("trims surrounding spaces", () => {
    expect(lookupReplyCode(" 552 ")?.entry?.code).toBe("552");
  });

  test.each(["abc", "99", "5500", "699", "160", "579", "", "5 5 0", "55a"])(
    "returns null for %p",
    (code) => {
      expect(lookupReplyCode(code)).toBeNull();
    },
  );

  test("returns null for huge input", () => {
    expect(lookupReplyCode("5".repeat(1_000_000))).toBeNull();
  });
});
