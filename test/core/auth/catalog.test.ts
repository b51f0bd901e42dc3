import fc from "fast-check";
import {
  ALIGNMENT_REASON_KEYS,
  analyzeAuthentication,
  BADGE_METHODS,
  badgeLabelKey,
  OVERALL_VERDICTS,
  overallAdviceKey,
  overallTitleKey,
  PARSE_ERROR_KEYS,
  parseArcAuthenticationResults,
  parseAuthenticationResults,
  parseReceivedSpf,
  SPECIFIC_ADVICE_KEYS,
  stateFixKey,
  stateMeaningKey,
  VERDICT_STATES,
} from "../../../src/core/auth";
import {
  ANTISPAM_VALUES,
  antispamValueKey,
  bclKey,
  COMPAUTH_REASONS,
  COMPAUTH_RESULTS,
  compauthReasonKey,
  compauthResultKey,
  sclKey,
} from "../../../src/core/auth/microsoft";
import { hasMessage } from "../../../src/i18n";
import { authMessages } from "../../../src/i18n/en/auth";
import { ALL_SAMPLES, headersOf } from "./provider-headers";

/** Every key the auth core can return, built from its finite domains. */
function producibleKeys(): string[] {
  const keys: string[] = [];
  for (const state of VERDICT_STATES) {
    keys.push(stateMeaningKey(state));
    for (const method of BADGE_METHODS) {
      keys.push(badgeLabelKey(method, state), stateFixKey(state, method));
    }
  }
  for (const verdict of OVERALL_VERDICTS) {
    keys.push(overallTitleKey(verdict), overallAdviceKey(verdict));
  }
  keys.push(...Object.values(SPECIFIC_ADVICE_KEYS));
  keys.push(...ALIGNMENT_REASON_KEYS, ...PARSE_ERROR_KEYS);

  for (const result of [...COMPAUTH_RESULTS, "unknown"]) {
    keys.push(compauthResultKey(result));
  }
  const reasonCodes = COMPAUTH_REASONS.map((group) =>
    group.endsWith("xx") ? `${group.charAt(0)}01` : group,
  );
  for (const reason of [...reasonCodes, "130", "511", "x"]) {
    keys.push(compauthReasonKey(reason));
  }
  for (let level = -2; level <= 12; level += 1) {
    keys.push(sclKey(level), bclKey(level));
  }
  for (const [name, values] of Object.entries(ANTISPAM_VALUES)) {
    for (const value of values) {
      keys.push(antispamValueKey(name, value));
    }
  }
  return keys;
}

/** Collects every string in `value` that looks like an auth message key. */
function keysIn(value: unknown, into: Set<string>): void {
  if (typeof value === "string") {
    if (/^auth\.[a-z]/.test(value)) {
      into.add(value);
    }
  } else if (Array.isArray(value)) {
    value.forEach((entry) => keysIn(entry, into));
  } else if (value !== null && typeof value === "object") {
    Object.values(value).forEach((entry) => keysIn(entry, into));
  }
}

describe("auth catalog", () => {
  test("every producible key exists", () => {
    const missing = producibleKeys().filter((key) => !hasMessage(key));

    expect(missing).toEqual([]);
  });

  test("keys from analysed samples exist", async () => {
    const found = new Set<string>();
    for (const lines of Object.values(ALL_SAMPLES)) {
      keysIn(analyzeAuthentication(await headersOf(lines), {}), found);
    }

    expect(found.size).toBeGreaterThan(10);
    expect([...found].filter((key) => !hasMessage(key))).toEqual([]);
  });

  test("keys from random headers exist", () => {
    const resinfo = fc
      .tuple(
        fc.constantFrom("spf", "dkim", "dmarc", "arc", "compauth"),
        fc.constantFrom(
          "pass",
          "fail",
          "none",
          "bestguesspass",
          "softfail",
          "neutral",
          "temperror",
          "permerror",
          "policy",
          "weird",
        ),
        fc.constantFrom(
          "",
          " header.d=example.com",
          " header.d=mail.example.org",
          " smtp.mailfrom=example.com",
          " smtp.helo=mx.example.net",
          " header.from=example.com",
          " (p=none)",
          " (p=reject)",
          " policy.adkim=s",
          " reason=001",
          " reason=130",
          " reason=x",
        ),
      )
      .map(([method, result, tail]) => `${method}=${result}${tail}`);
    const header = fc
      .tuple(
        fc.constantFrom("mx.example.net; ", "", "other.example.org; "),
        fc.array(resinfo, { maxLength: 5 }),
      )
      .map(([head, results]) => ({
        name: "Authentication-Results",
        key: "authentication-results",
        value: head + results.join("; "),
        raw: "",
      }));
    const extra = fc.constantFrom(
      { name: "From", value: "a@example.com" },
      { name: "From", value: "a@example.com, b@example.org" },
      { name: "Received-SPF", value: "fail client-ip=192.0.2.1" },
      { name: "X-MS-Exchange-Organization-SCL", value: "5" },
      { name: "X-Forefront-Antispam-Report", value: "SFV:SKS;CAT:BULK;SCL:-1" },
      { name: "X-Microsoft-Antispam", value: "BCL:8;" },
    );

    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            header,
            extra.map((entry) => ({
              ...entry,
              key: entry.name.toLowerCase(),
              raw: "",
            })),
          ),
          { maxLength: 6 },
        ),
        (headers) => {
          const found = new Set<string>();
          keysIn(analyzeAuthentication(headers, {}), found);

          expect([...found].filter((key) => !hasMessage(key))).toEqual([]);
        },
      ),
      { numRuns: 1500 },
    );
  });

  test("parse failures return listed keys", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (value) => {
        for (const result of [
          parseAuthenticationResults(value),
          parseArcAuthenticationResults(value),
          parseReceivedSpf(value),
        ]) {
          if (!result.ok) {
            expect(PARSE_ERROR_KEYS).toContain(result.error);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  test.each([
    ["spf", "passed", "SPF Passed"],
    ["dkim", "passed", "DKIM Passed"],
    ["dmarc", "not-available", "DMARC Not Available"],
    ["spf", "failed", "SPF Failed"],
    ["spf", "softfail", "SPF Soft Fail"],
    ["spf", "neutral", "SPF Neutral"],
    ["spf", "temperror", "SPF Temporary Error"],
    ["spf", "permerror", "SPF Permanent Error"],
    ["spf", "not-checked", "SPF Not Checked"],
    ["dkim", "failed", "DKIM Failed"],
    ["dmarc", "passed", "DMARC Passed"],
    ["dmarc", "not-checked", "DMARC Not Checked"],
  ] as const)("%s %s label", (method, state, label) => {
    expect(authMessages[badgeLabelKey(method, state)]).toBe(label);
  });

  test("no unused keys in the catalog", () => {
    const producible = new Set(producibleKeys());
    const unused = Object.keys(authMessages).filter(
      (key) => !producible.has(key) && !key.startsWith("auth.cli."),
    );

    expect(unused).toEqual([]);
  });
});
