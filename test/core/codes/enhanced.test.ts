import {
  ENHANCED_STATUS_CODES,
  STATUS_SUBJECTS,
  lookupEnhancedStatus,
  parseEnhancedStatus,
} from "../../../src/core/codes";
import { describeWithReference, readReference } from "./reference";

interface RegistryEntry {
  code: string;
  title: string;
}

interface RegistryStructure {
  subjects: { code: string; title: string }[];
}

const registry = readReference<RegistryEntry[]>("enhanced.json");
const structure = readReference<RegistryStructure>(
  "enhanced-structure.json",
);

/** Sort key for `X.s.d`: subject, then detail, numerically. */
function registryOrder(code: string): number {
  const [, subject, detail] = code.split(".");
  return Number(subject) * 1000 + Number(detail);
}

describeWithReference(registry, "enhanced catalog coverage")(
  "enhanced catalog coverage",
  () => {
    const entries = registry ?? [];

    test("registry has 81 codes", () => {
      expect(entries).toHaveLength(81);
    });

    test.each(entries.map((entry) => [entry.code, entry.title]))(
      "%s is in the catalog with its title",
      (code, title) => {
        const found = ENHANCED_STATUS_CODES.find(
          (entry) => entry.code === code,
        );
        expect(found?.title).toBe(title);
      },
    );

    test("catalog has no code the registry lacks", () => {
      const registered = new Set(entries.map((entry) => entry.code));
      const extra = ENHANCED_STATUS_CODES.filter(
        (entry) => !registered.has(entry.code),
      );
      expect(extra).toEqual([]);
    });
  },
);

describeWithReference(structure, "enhanced subjects coverage")(
  "enhanced subjects coverage",
  () => {
    const subjects = structure?.subjects ?? [];
    test.each(subjects.map((entry) => [entry.code, entry.title]))(
      "subject %s has its registry title",
      (code, title) => {
        const found = STATUS_SUBJECTS.find((entry) => entry.code === code);
        expect(found?.title).toBe(title);
      },
    );
  },
);

describe("enhanced catalog", () => {
  test("is sorted by subject and detail", () => {
    const order = ENHANCED_STATUS_CODES.map((entry) =>
      registryOrder(entry.code),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test("has unique codes", () => {
    const codes = ENHANCED_STATUS_CODES.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  test("keys follow the code", () => {
    for (const entry of ENHANCED_STATUS_CODES) {
      expect(entry.meaningKey).toBe(`code.enhanced.${entry.code}.meaning`);
      expect(entry.actionKey).toBe(`code.enhanced.${entry.code}.action`);
    }
  });
});

describe("parseEnhancedStatus", () => {
  test("splits class, subject and detail", () => {
    expect(parseEnhancedStatus("5.1.1")).toEqual({
      code: "5.1.1",
      statusClass: 5,
      subject: 1,
      detail: 1,
    });
  });

  test("accepts three-digit parts and trims", () => {
    expect(parseEnhancedStatus(" 5.7.509 ")?.detail).toBe(509);
    expect(parseEnhancedStatus("4.123.456")?.subject).toBe(123);
  });

  test("drops leading zeros", () => {
    expect(parseEnhancedStatus("5.01.001")?.code).toBe("5.1.1");
  });

  test.each([
    "5.1",
    "abc",
    "9.9.9",
    "3.1.1",
    "5.1.1.1",
    "5.1.1000",
    "5..1",
    "",
    "5.1.1 user unknown",
    "X.1.1",
  ])("rejects %p", (text) => {
    expect(parseEnhancedStatus(text)).toBeNull();
  });
});

describe("lookupEnhancedStatus", () => {
  test("reads 5.1.1 as class, subject and detail", () => {
    const lookup = lookupEnhancedStatus("5.1.1");
    expect(lookup?.statusClass.kind).toBe("permanent");
    expect(lookup?.subject?.title).toBe("Addressing Status");
    expect(lookup?.detail?.code).toBe("X.1.1");
    expect(lookup?.source).toBe("iana");
    expect(lookup?.reason).toBe("userunknown");
    expect(lookup?.actor).toBe("sender");
    expect(lookup?.retry).toBe("after-fix");
  });

  test("reads class 4 as transient and retried", () => {
    const lookup = lookupEnhancedStatus("4.2.2");
    expect(lookup?.statusClass.kind).toBe("transient");
    expect(lookup?.detail?.code).toBe("X.2.2");
    expect(lookup?.retry).toBe("later");
    expect(lookup?.reason).toBe("mailboxfull");
  });

  test("reads class 2 as success", () => {
    const lookup = lookupEnhancedStatus("2.0.0");
    expect(lookup?.statusClass.kind).toBe("success");
    expect(lookup?.retry).toBe("not-needed");
    expect(lookup?.actor).toBe("nobody");
    expect(lookup?.reason).toBe("delivered");
  });

  test("falls back to the subject for unknown details", () => {
    const lookup = lookupEnhancedStatus("5.1.99");
    expect(lookup?.detail).toBeNull();
    expect(lookup?.source).toBe("subject");
    expect(lookup?.subject?.title).toBe("Addressing Status");
    expect(lookup?.meaningKey).toBe("code.subject.1.meaning");
    expect(lookup?.actionKey).toBe("code.subject.1.action");
    expect(lookup?.retry).toBe("after-fix");
  });

  test("keeps transient advice on subject fallback", () => {
    const lookup = lookupEnhancedStatus("4.4.999");
    expect(lookup?.source).toBe("subject");
    expect(lookup?.retry).toBe("later");
  });

  test("falls back to the class for unknown subjects", () => {
    const lookup = lookupEnhancedStatus("5.9.1");
    expect(lookup?.subject).toBeNull();
    expect(lookup?.source).toBe("class");
    expect(lookup?.meaningKey).toBe("code.class.5.meaning");
    expect(lookup?.retry).toBe("after-fix");
  });

  test("ignores success-only advice under failure", () => {
    const lookup = lookupEnhancedStatus("5.1.5");
    expect(lookup?.detail?.code).toBe("X.1.5");
    expect(lookup?.retry).not.toBe("not-needed");
    expect(lookup?.actor).not.toBe("nobody");
  });

  test.each(["5.1", "abc", "9.9.9", "", "5.1.1.1", "5.1.-1"])(
    "returns null for %p",
    (code) => {
      expect(lookupEnhancedStatus(code)).toBeNull();
    },
  );

  test("returns null for huge input", () => {
    expect(lookupEnhancedStatus("5".repeat(1_000_000))).toBeNull();
    expect(lookupEnhancedStatus(`5.1.1${" ".repeat(100_000)}`)).toBeNull();
  });

  test("returns null for non-string input", () => {
    const values: unknown[] = [null, undefined, 511, {}, ["5.1.1"]];
    for (const value of values) {
      expect(lookupEnhancedStatus(value as string)).toBeNull();
    }
  });
});
