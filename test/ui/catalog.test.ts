import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { SAMPLES } from "../../src/hosts/preview/samples";
import { hasMessage } from "../../src/i18n";
import { uiMessages } from "../../src/i18n/en/ui";
import { STANDARD_FORMATS } from "../../src/ui/reportNames";

const root = path.join(__dirname, "..", "..");
/** Folders whose code reads the ui catalog: the components and every host. */
const sourceDirs = ["src/ui", "src/hosts"];

function sourceTexts(): string[] {
  return sourceDirs.flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
      .filter((name) => /\.tsx?$/.test(name))
      .map((name) => readFileSync(path.join(root, dir, name), "utf8")),
  );
}

/** Keys written out in full, such as `"ui.doors.analyse"`. */
function literalKeys(): string[] {
  const keys = new Set<string>();
  for (const text of sourceTexts()) {
    for (const match of text.matchAll(/"(ui\.[a-zA-Z0-9.-]+)"/g)) {
      keys.add(match[1]!);
    }
  }
  return [...keys].sort();
}

/** Every value of each key built from a template in the UI code. */
const KEY_FAMILIES: Record<string, readonly string[]> = {
  "ui.alignment.match.": ["strict", "relaxed", "none", "unknown"],
  "ui.alignment.notAligned.": ["spfNotPassed", "dkimNotPassed"],
  "ui.alignment.policyMeaning.": ["none", "quarantine", "reject", "unknown"],
  "ui.auth.noSettings.not-checked.fix.": ["spf", "dkim", "dmarc"],
  "ui.bounce.action.": [
    "failed",
    "delayed",
    "delivered",
    "relayed",
    "expanded",
  ],
  "ui.bounce.feedbackType.": [
    "abuse",
    "fraud",
    "virus",
    "not-spam",
    "auth-failure",
    "opt-out",
    "other",
  ],
  "ui.bounce.format.": STANDARD_FORMATS,
  "ui.bounce.kindAdvice.": ["auto-reply", "feedback-report"].flatMap((kind) =>
    ["summary", "retry", "actor", "whatToDo"].map((part) => `${kind}.${part}`),
  ),
  "ui.bounce.heading.": [
    "bounce",
    "delivery-success",
    "auto-reply",
    "feedback-report",
  ],
  "ui.bounce.failureClass.": [
    "permanent",
    "temporary",
    "unknown",
    "permanent.hint",
    "temporary.hint",
    "unknown.hint",
  ],
  "ui.diagnostics.outcome.": ["ok", "failed", "unsupported"],
  // The shared input analyser builds each hint as `${messageKey}.hint`.
  "ui.error.parse": ["File.hint", "Text.hint"],
  "ui.method.": ["spf", "dkim", "dmarc"],
  "ui.preview.sample.": SAMPLES.map((sample) => sample.id),
  "ui.state.": [
    "passed",
    "failed",
    "softfail",
    "neutral",
    "not-available",
    "temperror",
    "permerror",
    "not-checked",
  ],
};

describe("ui catalog", () => {
  test("has every literal key the code uses", () => {
    const keys = literalKeys();

    expect(keys.length).toBeGreaterThan(50);
    expect(keys.filter((key) => !hasMessage(key))).toEqual([]);
  });

  test.each(Object.entries(KEY_FAMILIES))(
    "has every %s key",
    (prefix, values) => {
      const missing = values
        .map((value) => `${prefix}${value}`)
        .filter((key) => !hasMessage(key));

      expect(missing).toEqual([]);
    },
  );

  test("has no key the code never uses", () => {
    const used = new Set(literalKeys());
    const unused = Object.keys(uiMessages).filter(
      (key) =>
        !used.has(key) &&
        !Object.keys(KEY_FAMILIES).some((prefix) => key.startsWith(prefix)),
    );

    expect(unused).toEqual([]);
  });

  test("has no empty text", () => {
    const empty = Object.entries(uiMessages)
      .filter(([, text]) => text.trim() === "")
      .map(([key]) => key);

    expect(empty).toEqual([]);
  });
});
