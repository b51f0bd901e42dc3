import { REASON_ACTORS } from "../../../src/core/bounce/reason-actor";
import type { Actor, BounceReason } from "../../../src/core/bounce/types";
import {
  ENHANCED_STATUS_CODES,
  PROVIDER_CODES,
  PROVIDER_IDS,
  REPLY_CODES,
  STATUS_CLASSES,
  STATUS_SUBJECTS,
  explainCodes,
  lookupReplyCode,
  type RetryAdvice,
} from "../../../src/core/codes";
import { codeMessages as danish } from "../../../src/i18n/da/codes";
import { codeMessages as english } from "../../../src/i18n/en/codes";
import { createTranslator } from "../../../src/i18n";

const RETRY_ADVICE: readonly RetryAdvice[] = [
  "later",
  "resend-later",
  "after-fix",
  "never",
  "not-needed",
];

const ACTORS: readonly Actor[] = [
  "sender",
  "sender-admin",
  "recipient",
  "recipient-admin",
  "nobody",
];

/** Every key the code lookups can return, gathered by running them. */
function collectKeys(): string[] {
  const keys = new Set<string>();
  const add = (key: string | null): void => {
    if (key !== null) {
      keys.add(key);
    }
  };

  const entries = [
    ...ENHANCED_STATUS_CODES,
    ...REPLY_CODES,
    ...PROVIDER_IDS.flatMap((id) => PROVIDER_CODES[id]),
  ];
  for (const entry of entries) {
    add(entry.meaningKey);
    add(entry.actionKey);
  }
  for (const info of [...STATUS_CLASSES, ...STATUS_SUBJECTS]) {
    add(info.titleKey);
    add(info.meaningKey);
    add(info.actionKey);
  }
  for (let code = 100; code < 600; code += 1) {
    const lookup = lookupReplyCode(String(code));
    if (lookup !== null) {
      add(lookup.completionKey);
      add(lookup.categoryKey);
      add(lookup.meaningKey);
      add(lookup.actionKey);
    }
  }
  for (const advice of RETRY_ADVICE) {
    add(`code.retry.${advice}`);
  }
  for (const actor of ACTORS) {
    add(`code.actor.${actor}`);
  }
  const unknown = explainCodes({});
  add(unknown.summaryKey);
  add(unknown.whatToDoKey);
  for (const reason of Object.keys(REASON_ACTORS) as BounceReason[]) {
    const byReason = explainCodes({ reason });
    add(byReason.summaryKey);
    add(byReason.whatToDoKey);
  }
  return [...keys].sort();
}

const keys = collectKeys();

describe("code messages", () => {
  test("cover every enhanced code", () => {
    expect(ENHANCED_STATUS_CODES).toHaveLength(81);
    const enhancedKeys = keys.filter((key) => key.startsWith("code.enhanced."));
    expect(enhancedKeys).toHaveLength(81 * 2);
  });

  test.each(keys.map((key) => [key]))("%s has English", (key) => {
    expect(english[key]?.trim()).toBeTruthy();
  });

  test.each(keys.map((key) => [key]))("%s has Danish", (key) => {
    expect(danish[key]?.trim()).toBeTruthy();
  });

  test("cover every bounce reason", () => {
    const reasonKeys = keys.filter((key) => key.startsWith("code.reason."));
    expect(reasonKeys).toHaveLength(Object.keys(REASON_ACTORS).length * 2);
  });

  test("Danish has exactly the English keys", () => {
    expect(Object.keys(danish).sort()).toEqual(Object.keys(english).sort());
  });

  test("catalogs hold no unused keys", () => {
    expect(Object.keys(english).sort()).toEqual(keys);
  });

  test("Danish explanations are translated", () => {
    const explanationKeys = keys.filter(
      (key) => key.endsWith(".meaning") || key.endsWith(".action"),
    );
    const untranslated = explanationKeys.filter(
      (key) => danish[key] === english[key],
    );
    expect(untranslated).toEqual([]);
  });

  test("messages contain no placeholders or markup", () => {
    for (const catalog of [english, danish]) {
      for (const text of Object.values(catalog)) {
        expect(text).not.toMatch(/[{}<>]/);
      }
    }
  });

  test("messages end as sentences", () => {
    const sentenceKeys = keys.filter(
      (key) => key.endsWith(".meaning") || key.endsWith(".action"),
    );
    for (const key of sentenceKeys) {
      expect(english[key]).toMatch(/[.!?]$/);
      expect(danish[key]).toMatch(/[.!?]$/);
    }
  });

  test("the English translator resolves them", () => {
    const translate = createTranslator("en");
    expect(translate("code.enhanced.X.1.1.meaning")).toBe(
      english["code.enhanced.X.1.1.meaning"],
    );
  });
});
