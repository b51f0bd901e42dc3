import {
  analyzeAuthentication,
  domainOfAddress,
  matchDomains,
  organizationalDomain,
  stateOfResult,
} from "../../../src/core/auth";
import type { HeaderField } from "../../../src/core/mime/types";

function field(name: string, value: string): HeaderField {
  return { name, key: name.toLowerCase(), value, raw: `${name}: ${value}` };
}

function analyzeFields(fields: HeaderField[]) {
  return analyzeAuthentication(fields, {});
}

describe("organizationalDomain", () => {
  test.each([
    ["a.b.example.co.uk", "example.co.uk"],
    ["mail.example.com", "example.com"],
    ["example.com", "example.com"],
    ["user.github.io", "github.io"],
    ["192.0.2.1", "192.0.2.1"],
  ])("%s gives %s", (domain, expected) => {
    expect(organizationalDomain(domain)).toBe(expected);
  });
});

describe("matchDomains", () => {
  test.each([
    ["example.com", "example.com", "strict"],
    ["mail.example.com", "example.com", "relaxed"],
    ["a.example.co.uk", "b.example.co.uk", "relaxed"],
    ["example.co.uk", "other.co.uk", "none"],
    ["alice.github.io", "bob.github.io", "relaxed"],
    ["example.org", "example.com", "none"],
  ])("%s against %s is %s", (domain, from, expected) => {
    expect(matchDomains(domain, from)).toBe(expected);
  });

  test("unknown domain gives null", () => {
    expect(matchDomains(null, "example.com")).toBeNull();
  });
});

describe("domainOfAddress", () => {
  test.each([
    ["user@Example.COM", "example.com"],
    ["<user@example.com>", "example.com"],
    ["@mail.example.com", "mail.example.com"],
    ["example.com.", "example.com"],
    ['"a@b"@example.net', "example.net"],
    ["none", null],
    ["", null],
    ["<>", null],
  ])("%j gives %j", (address, expected) => {
    expect(domainOfAddress(address)).toBe(expected);
  });
});

describe("From address reading", () => {
  test("encoded display name and comment", () => {
    const analysis = analyzeFields([
      field(
        "Authentication-Results",
        "mx.example.net; dmarc=pass header.from=example.com",
      ),
      field(
        "From",
        '=?UTF-8?B?SsO4cmdlbiwgIkNFTyI=?= (the boss) <"j.doe"@Example.COM>',
      ),
    ]);

    expect(analysis.fromDomain).toBe("example.com");
    expect(analysis.alignment.fromAddressCount).toBe(1);
  });

  test("display name with a fake address", () => {
    const analysis = analyzeFields([
      field(
        "Authentication-Results",
        "mx.example.net; spf=pass smtp.mailfrom=example.org",
      ),
      field("From", '"ceo@example.com" <attacker@example.org>'),
    ]);

    expect(analysis.fromDomain).toBe("example.org");
  });

  test("several From addresses", () => {
    const analysis = analyzeFields([
      field(
        "Authentication-Results",
        "mx.example.net; spf=pass smtp.mailfrom=example.com",
      ),
      field("From", "a@example.com, b@example.org"),
    ]);

    expect(analysis.alignment.fromAddressCount).toBe(2);
    expect(analysis.alignment.reason).toBe(
      "auth.alignment.reason.multiple-from",
    );
  });

  test("missing From uses header.from", () => {
    const analysis = analyzeFields([
      field(
        "Authentication-Results",
        "mx.example.net; dmarc=none header.from=example.com",
      ),
    ]);

    expect(analysis.fromDomain).toBe("example.com");
    expect(analysis.alignment.reason).toBe("auth.alignment.reason.no-policy");
  });

  test("no From at all", () => {
    const analysis = analyzeFields([
      field(
        "Authentication-Results",
        "mx.example.net; spf=pass smtp.mailfrom=example.com",
      ),
    ]);

    expect(analysis.fromDomain).toBeNull();
    expect(analysis.alignment.reason).toBe(
      "auth.alignment.reason.no-from-domain",
    );
  });
});

describe("alignment modes", () => {
  test("strict DKIM mode rejects subdomain", () => {
    const analysis = analyzeFields([
      field(
        "Authentication-Results",
        "mx.example.net; dkim=pass header.d=mail.example.com; dmarc=fail policy.adkim=s header.from=example.com",
      ),
      field("From", "a@example.com"),
    ]);

    expect(analysis.alignment.mode.dkim).toBe("strict");
    expect(analysis.alignment.dkim[0]?.match).toBe("relaxed");
    expect(analysis.alignment.dkim[0]?.aligned).toBe(false);
    expect(analysis.alignment.reason).toBe(
      "auth.alignment.reason.fail-not-aligned",
    );
  });

  test("relaxed DKIM mode accepts subdomain", () => {
    const analysis = analyzeFields([
      field(
        "Authentication-Results",
        "mx.example.net; dkim=pass header.d=mail.example.com; dmarc=pass header.from=example.com",
      ),
      field("From", "a@example.com"),
    ]);

    expect(analysis.alignment.dkim[0]?.aligned).toBe(true);
    expect(analysis.alignment.reason).toBe(
      "auth.alignment.reason.pass-dkim-aligned",
    );
  });

  test("SPF falls back to HELO", () => {
    const analysis = analyzeFields([
      field(
        "Authentication-Results",
        "mx.example.net; spf=pass smtp.mailfrom=<> smtp.helo=mx.example.com",
      ),
      field("From", "a@example.com"),
    ]);

    expect(analysis.alignment.spf.source).toBe("helo");
    expect(analysis.alignment.spf.domain).toBe("mx.example.com");
  });

  test("DKIM identity when no d=", () => {
    const analysis = analyzeFields([
      field(
        "Authentication-Results",
        "mx.example.net; dkim=pass header.i=@example.com",
      ),
      field("From", "a@example.com"),
    ]);

    expect(analysis.alignment.dkim[0]?.domain).toBe("example.com");
    expect(analysis.alignment.dkim[0]?.match).toBe("strict");
  });

  test("receiver pass without facts", () => {
    const analysis = analyzeFields([
      field("Authentication-Results", "mx.example.net; dmarc=pass"),
      field("From", "a@example.com"),
    ]);

    expect(analysis.alignment.reason).toBe(
      "auth.alignment.reason.pass-reported",
    );
  });

  test("receiver fail despite aligned pass", () => {
    const analysis = analyzeFields([
      field(
        "Authentication-Results",
        "mx.example.net; dkim=pass header.d=example.com; dmarc=fail header.from=example.com",
      ),
      field("From", "a@example.com"),
    ]);

    expect(analysis.alignment.reason).toBe(
      "auth.alignment.reason.fail-reported",
    );
  });
});

describe("result keywords and overall verdict", () => {
  test.each([
    ["pass", "passed"],
    ["PASS", "passed"],
    ["bestguesspass", "not-available"],
    ["fail", "failed"],
    ["hardfail", "failed"],
    ["policy", "failed"],
    ["softfail", "softfail"],
    ["neutral", "neutral"],
    ["none", "not-available"],
    ["temperror", "temperror"],
    ["timeout", "temperror"],
    ["permerror", "permerror"],
    ["something-new", "neutral"],
  ])("%s maps to %s", (result, state) => {
    expect(stateOfResult(result)).toBe(state);
  });

  test.each([
    [
      "dmarc=none header.from=example.com",
      "not-verified",
      "auth.overall.not-verified.advice",
    ],
    [
      "dmarc=temperror header.from=example.com",
      "not-verified",
      "auth.advice.dmarc-temperror",
    ],
    [
      "dmarc=permerror header.from=example.com",
      "not-verified",
      "auth.advice.dmarc-permerror",
    ],
    [
      "dmarc=fail (p=none) header.from=example.com",
      "failed",
      "auth.advice.dmarc-failed-policy-none",
    ],
    [
      "dmarc=fail (p=reject) header.from=example.com",
      "failed",
      "auth.overall.failed.advice",
    ],
    [
      "dmarc=pass (p=none) header.from=example.com",
      "verified",
      "auth.overall.verified.advice",
    ],
  ])("%s gives %s", (resinfo, overall, advice) => {
    const analysis = analyzeFields([
      field("Authentication-Results", `mx.example.net; ${resinfo}`),
      field("From", "a@example.com"),
    ]);

    expect(analysis.overall).toBe(overall);
    expect(analysis.advice).toBe(advice);
  });

  test("DMARC none reason", () => {
    const analysis = analyzeFields([
      field(
        "Authentication-Results",
        "mx.example.net; spf=pass smtp.mailfrom=example.com; dkim=pass header.d=example.com; dmarc=none header.from=example.com",
      ),
      field("From", "a@example.com"),
    ]);

    expect(analysis.badges.map((badge) => badge.state)).toEqual([
      "passed",
      "passed",
      "not-available",
    ]);
    expect(analysis.alignment.reason).toBe("auth.alignment.reason.no-policy");
    expect(analysis.overall).toBe("not-verified");
  });
});

describe("internationalised domains", () => {
  test("Unicode From matches A-label d=", () => {
    const analysis = analyzeFields([
      field(
        "Authentication-Results",
        "mx.example.net; dkim=pass header.d=xn--bcher-kva.example; dmarc=pass header.from=xn--bcher-kva.example",
      ),
      field("From", "Bücher <info@bücher.example>"),
    ]);

    expect(analysis.fromDomain).toBe("xn--bcher-kva.example");
    expect(analysis.alignment.dkim[0]?.match).toBe("strict");
  });

  test("invalid Unicode domain kept", () => {
    expect(domainOfAddress("a@bü%cher.example")).toBe("bü%cher.example");
  });
});
