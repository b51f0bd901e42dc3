import { analyzeAuthentication } from "../../../src/core/auth";
import type {
  AuthenticationAnalysis,
  BadgeMethod,
  VerdictState,
} from "../../../src/core/auth";
import * as samples from "./provider-headers";

async function analyze(
  lines: string[],
  trustedAuthservIds: string[] = [],
): Promise<AuthenticationAnalysis> {
  return analyzeAuthentication(await samples.headersOf(lines), {
    trustedAuthservIds,
  });
}

function stateOf(
  analysis: AuthenticationAnalysis,
  method: BadgeMethod,
): VerdictState | undefined {
  return analysis.badges.find((badge) => badge.method === method)?.state;
}

function isLenient(analysis: AuthenticationAnalysis, index: number): boolean {
  const parse = analysis.fields[index]?.parse;
  if (parse === undefined || !parse.ok) {
    throw new Error(`field ${index} did not parse`);
  }
  return parse.header.lenient;
}

describe("analyzeAuthentication on provider headers", () => {
  test("Microsoft 365 bestguesspass", async () => {
    const analysis = await analyze(samples.MICROSOFT_BESTGUESS);

    expect(analysis.authservId).toBeNull();
    expect(analysis.fields[0]?.trusted).toBe(true);
    expect(isLenient(analysis, 0)).toBe(true);
    expect(stateOf(analysis, "spf")).toBe("passed");
    expect(stateOf(analysis, "dkim")).toBe("passed");
    expect(stateOf(analysis, "dmarc")).toBe("not-available");
    expect(analysis.overall).toBe("not-verified");
    expect(analysis.advice).toBe("auth.advice.dmarc-bestguesspass");
    expect(analysis.alignment.reason).toBe(
      "auth.alignment.reason.bestguesspass",
    );
    expect(analysis.receivedSpf[0]?.trusted).toBe(false);
    expect(analysis.dkimSignatures[0]?.selector).toBe("selector1");
  });

  test("Microsoft 365 anti-spam facts", async () => {
    const analysis = await analyze(samples.MICROSOFT_BESTGUESS);
    const microsoft = analysis.microsoft;

    expect(microsoft?.compauth).toEqual({
      result: "pass",
      reason: "109",
      resultKey: "auth.microsoft.compauth.result.pass",
      reasonKey: "auth.microsoft.compauth.reason.1xx",
    });
    expect(microsoft?.scl).toEqual({
      value: 1,
      meaningKey: "auth.microsoft.scl.not-spam",
    });
    expect(microsoft?.bcl).toEqual({
      value: 0,
      meaningKey: "auth.microsoft.bcl.not-bulk",
    });
    expect(microsoft?.antispamFields.map((field) => field.name)).toEqual([
      "SCL",
      "IPV",
      "SFV",
      "CAT",
      "DIR",
      "BCL",
    ]);
    expect(microsoft?.antispamFields[2]?.meaningKey).toBe(
      "auth.microsoft.sfv.nspm",
    );
  });

  test("Microsoft 365 bulk service field", async () => {
    const analysis = await analyze([
      "Authentication-Results: spf=pass smtp.mailfrom=example.com;dmarc=pass action=none header.from=example.com;compauth=pass reason=100",
      "X-Forefront-Antispam-Report: CIP:192.0.2.10;SCL:6;SRV:BULK;SFV:SPM;DIR:INB;",
      "X-Microsoft-Antispam: BCL:8;",
      "From: news@example.com",
    ]);
    const fields = analysis.microsoft?.antispamFields ?? [];

    expect(fields.map((entry) => `${entry.name}:${entry.value}`)).toEqual([
      "SCL:6",
      "SRV:BULK",
      "SFV:SPM",
      "DIR:INB",
      "BCL:8",
    ]);
    expect(fields[1]?.meaningKey).toBe("auth.microsoft.srv.bulk");
    expect(analysis.microsoft?.scl?.meaningKey).toBe("auth.microsoft.scl.spam");
    expect(analysis.microsoft?.bcl?.meaningKey).toBe("auth.microsoft.bcl.many");
  });

  test("Microsoft 365 spoof", async () => {
    const analysis = await analyze(samples.MICROSOFT_SPOOF);

    expect(stateOf(analysis, "spf")).toBe("failed");
    expect(stateOf(analysis, "dkim")).toBe("not-available");
    expect(stateOf(analysis, "dmarc")).toBe("failed");
    expect(analysis.overall).toBe("failed");
    expect(analysis.advice).toBe("auth.overall.failed.advice");
    expect(analysis.alignment.reason).toBe(
      "auth.alignment.reason.fail-nothing-passed",
    );
    expect(analysis.microsoft?.compauth?.reasonKey).toBe(
      "auth.microsoft.compauth.reason.000",
    );
    expect(analysis.microsoft?.scl?.meaningKey).toBe(
      "auth.microsoft.scl.high-confidence-spam",
    );
    expect(
      analysis.microsoft?.antispamFields.find((field) => field.name === "SFTY")
        ?.meaningKey,
    ).toBe("auth.microsoft.sfty.9-25");
    expect(
      analysis.microsoft?.antispamFields.find((field) => field.name === "CAT")
        ?.meaningKey,
    ).toBe("auth.microsoft.cat.spoof");
  });

  test("Gmail with its own ARC set", async () => {
    const analysis = await analyze(samples.GMAIL);

    expect(analysis.authservId).toBe("mx.google.com");
    expect(analysis.overall).toBe("verified");
    expect(analysis.advice).toBe("auth.overall.verified.advice");
    expect(analysis.alignment.reason).toBe(
      "auth.alignment.reason.pass-both-aligned",
    );
    expect(analysis.alignment.policy).toEqual({
      policy: "reject",
      subdomainPolicy: "reject",
      source: "comment",
    });
    const arc = analysis.fields.find(
      (field) => field.field === "arc-authentication-results",
    );
    expect(arc?.trusted).toBe(false);
    expect(arc?.parse.ok).toBe(true);
    if (arc?.parse.ok) {
      expect(arc.parse.header.instance).toBe(1);
    }
    expect(analysis.receivedSpf[0]?.trusted).toBe(false);
    expect(analysis.microsoft).toBeNull();
  });

  test("Yahoo with glued comment", async () => {
    const analysis = await analyze(samples.YAHOO);

    expect(analysis.badges.map((badge) => badge.state)).toEqual([
      "passed",
      "passed",
      "passed",
    ]);
    expect(analysis.overall).toBe("verified");
    expect(analysis.alignment.policy.policy).toBe("reject");
  });

  test("Fastmail policy properties", async () => {
    const analysis = await analyze(samples.FASTMAIL);

    expect(analysis.overall).toBe("verified");
    expect(analysis.alignment.policy).toEqual({
      policy: "quarantine",
      subdomainPolicy: "none",
      source: "property",
    });
    expect(analysis.alignment.spf.domain).toBe("mail.example.com");
    expect(analysis.alignment.spf.match).toBe("relaxed");
    expect(analysis.alignment.spf.aligned).toBe(true);
  });

  test("Proton one header per method", async () => {
    const analysis = await analyze(samples.PROTON);

    expect(analysis.fields.filter((field) => field.trusted)).toHaveLength(4);
    expect(analysis.badges.map((badge) => badge.state)).toEqual([
      "passed",
      "passed",
      "passed",
    ]);
    expect(analysis.alignment.policy.policy).toBe("quarantine");
  });

  test("Zoho without DKIM domain", async () => {
    const analysis = await analyze(samples.ZOHO);

    expect(analysis.overall).toBe("verified");
    expect(analysis.alignment.dmarcHeaderFrom).toBe("example.com");
    expect(analysis.alignment.dkim[0]?.domain).toBeNull();
    expect(analysis.alignment.dkim[0]?.aligned).toBe(false);
    expect(analysis.alignment.reason).toBe(
      "auth.alignment.reason.pass-spf-aligned",
    );
    expect(analysis.alignment.policy.policy).toBe("none");
  });

  test("Postfix SPF from Received-SPF", async () => {
    const analysis = await analyze(samples.POSTFIX_OPENDKIM_OPENDMARC);

    expect(analysis.fields.every((field) => field.trusted)).toBe(true);
    expect(analysis.receivedSpf[0]?.trusted).toBe(true);
    expect(stateOf(analysis, "spf")).toBe("passed");
    expect(analysis.alignment.spf.domain).toBe("example.com");
    expect(analysis.alignment.spf.source).toBe("mailfrom");
    expect(analysis.overall).toBe("verified");
  });

  test("rspamd quoted envelope sender", async () => {
    const analysis = await analyze(samples.RSPAMD);

    expect(isLenient(analysis, 0)).toBe(false);
    expect(analysis.alignment.spf.domain).toBe("mail.example.com");
    expect(analysis.alignment.policy.policy).toBe("reject");
    expect(analysis.overall).toBe("verified");
  });

  test("Amavis DKIM only", async () => {
    const analysis = await analyze(samples.AMAVIS);

    expect(analysis.authservId).toBe("amavis.example.net");
    expect(analysis.badges.map((badge) => badge.state)).toEqual([
      "not-available",
      "passed",
      "not-available",
    ]);
    expect(analysis.overall).toBe("not-verified");
    expect(analysis.advice).toBe("auth.advice.dmarc-not-evaluated");
    expect(analysis.alignment.reason).toBe(
      "auth.alignment.reason.not-evaluated-would-pass",
    );
  });
});

describe("trust decisions", () => {
  test("forged headers below are untrusted", async () => {
    const analysis = await analyze(samples.FORGED_BELOW);
    const received = analysis.fields.filter(
      (field) => field.field === "authentication-results",
    );

    expect(received.map((field) => field.trusted)).toEqual([
      true,
      false,
      false,
    ]);
    expect(stateOf(analysis, "spf")).toBe("softfail");
    expect(stateOf(analysis, "dkim")).toBe("not-available");
    expect(stateOf(analysis, "dmarc")).toBe("failed");
    expect(analysis.overall).toBe("failed");
    expect(analysis.receivedSpf[0]?.trusted).toBe(false);
  });

  test("gateway untrusted by default", async () => {
    const analysis = await analyze(samples.GATEWAY_CHAIN);

    expect(analysis.fields.map((field) => field.trusted)).toEqual([
      true,
      false,
    ]);
    expect(stateOf(analysis, "dmarc")).toBe("not-available");
    expect(analysis.alignment.reason).toBe(
      "auth.alignment.reason.not-evaluated-would-fail",
    );
  });

  test("gateway trusted by subdomain entry", async () => {
    const analysis = await analyze(samples.GATEWAY_CHAIN, [".example.net"]);

    expect(analysis.fields.map((field) => field.trusted)).toEqual([true, true]);
    expect(stateOf(analysis, "spf")).toBe("passed");
    expect(analysis.alignment.spf.domain).toBe("example.com");
    expect(stateOf(analysis, "dmarc")).toBe("passed");
    expect(analysis.overall).toBe("verified");
  });

  test("border gateway results win", async () => {
    const analysis = await analyze(
      [
        "Authentication-Results: spf=fail (sender IP is 203.0.113.5)",
        " smtp.mailfrom=example.com; dkim=fail (body hash did not verify)",
        " header.d=example.com;dmarc=fail action=quarantine",
        " header.from=example.com;compauth=fail reason=000",
        "Authentication-Results: gw.example.net; spf=pass smtp.mailfrom=example.com;",
        " dkim=pass header.d=example.com; dmarc=pass header.from=example.com",
        "From: a@example.com",
      ],
      ["gw.example.net"],
    );

    expect(analysis.fields.map((field) => field.trusted)).toEqual([false, true]);
    expect(stateOf(analysis, "spf")).toBe("passed");
    expect(stateOf(analysis, "dkim")).toBe("passed");
    expect(stateOf(analysis, "dmarc")).toBe("passed");
    expect(analysis.microsoft?.compauth).toBeUndefined();
  });

  test("exact entry matches only itself", async () => {
    const analysis = await analyze(samples.GATEWAY_CHAIN, ["example.net"]);

    expect(analysis.fields.map((field) => field.trusted)).toEqual([
      false,
      false,
    ]);
  });

  test("configured ids replace the topmost default", async () => {
    const analysis = await analyze(
      [
        "Authentication-Results: forged.example.org; spf=pass smtp.mailfrom=example.com;",
        " dkim=pass header.d=example.com; dmarc=pass header.from=example.com",
        "Authentication-Results: mx.example.net; spf=fail smtp.mailfrom=example.com;",
        " dmarc=fail header.from=example.com",
        "From: a@example.com",
      ],
      ["mx.example.net"],
    );

    expect(analysis.fields.map((field) => field.trusted)).toEqual([false, true]);
    expect(analysis.authservId).toBe("mx.example.net");
    expect(stateOf(analysis, "spf")).toBe("failed");
    expect(stateOf(analysis, "dkim")).toBe("not-available");
    expect(analysis.overall).toBe("failed");
  });

  test("no headers gives not checked", async () => {
    const analysis = await analyze(["From: a@example.com", "Subject: hi"]);

    expect(analysis.badges.map((badge) => badge.state)).toEqual([
      "not-checked",
      "not-checked",
      "not-checked",
    ]);
    expect(analysis.overall).toBe("not-checked");
    expect(analysis.advice).toBe("auth.overall.not-checked.advice");
    expect(analysis.alignment.reason).toBe("auth.alignment.reason.not-checked");
  });

  test("unparseable topmost trusts nothing", async () => {
    const analysis = await analyze([
      "Authentication-Results: mx.example.net; spf=pass (broken",
      "Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=example.com",
      "From: a@example.com",
    ]);

    expect(analysis.fields.map((field) => field.trusted)).toEqual([
      false,
      false,
    ]);
    expect(analysis.overall).toBe("not-checked");
  });

  test("Received-SPF alone counts", async () => {
    const analysis = await analyze([
      "Received-SPF: softfail (example.net: transitioning domain) client-ip=192.0.2.9; envelope-from=a@example.com",
      "From: a@example.com",
    ]);

    expect(stateOf(analysis, "spf")).toBe("softfail");
    expect(stateOf(analysis, "dkim")).toBe("not-checked");
    expect(analysis.alignment.spf.domain).toBe("example.com");
  });

  test("Received-SPF below untrusted header ignored", async () => {
    const analysis = await analyze([
      "Authentication-Results: mx.example.net; dkim=pass header.d=example.com",
      "Authentication-Results: other.example.org; spf=fail smtp.mailfrom=example.com",
      "Received-SPF: pass client-ip=192.0.2.9",
      "From: a@example.com",
    ]);

    expect(analysis.receivedSpf[0]?.trusted).toBe(false);
    expect(stateOf(analysis, "spf")).toBe("not-available");
  });

  test("Microsoft header below an identified one", async () => {
    const analysis = await analyze([
      "Authentication-Results: mx.example.net; dmarc=pass header.from=example.com",
      "Authentication-Results: spf=pass smtp.mailfrom=example.com;dmarc=fail header.from=example.com",
      "From: a@example.com",
    ]);

    expect(analysis.fields.map((field) => field.trusted)).toEqual([
      true,
      false,
    ]);
    expect(stateOf(analysis, "dmarc")).toBe("passed");
  });
});

describe("DKIM and ARC cases", () => {
  test("mixed DKIM results pass", async () => {
    const analysis = await analyze(samples.MIXED_DKIM);

    expect(stateOf(analysis, "dkim")).toBe("passed");
    expect(analysis.alignment.dkim.map((entry) => entry.match)).toEqual([
      "strict",
      "none",
    ]);
    expect(analysis.alignment.dkim.map((entry) => entry.aligned)).toEqual([
      false,
      false,
    ]);
    expect(analysis.alignment.reason).toBe(
      "auth.alignment.reason.fail-not-aligned",
    );
    expect(analysis.overall).toBe("failed");
  });

  test("worst DKIM result without a pass", async () => {
    const analysis = await analyze([
      "Authentication-Results: mx.example.net; dkim=temperror header.d=example.com;",
      " dkim=fail header.d=example.org; dkim=neutral header.d=example.net",
      "From: a@example.com",
    ]);

    expect(stateOf(analysis, "dkim")).toBe("failed");
  });

  test("DKIM results across trusted headers", async () => {
    const analysis = await analyze([
      "Authentication-Results: mx.example.net; dkim=fail header.d=example.com",
      "Authentication-Results: mx.example.net; dkim=pass header.d=example.com",
      "From: a@example.com",
    ]);

    expect(stateOf(analysis, "dkim")).toBe("passed");
    expect(analysis.badges[1]?.evidence).toHaveLength(2);
  });

  test("mailing list with ARC pass", async () => {
    const analysis = await analyze(samples.MAILING_LIST_ARC);
    const untrusted = analysis.fields.filter((field) => !field.trusted);

    expect(stateOf(analysis, "dmarc")).toBe("failed");
    expect(analysis.overall).toBe("failed");
    expect(analysis.alignment.arcResult).toBe("pass");
    expect(analysis.alignment.reason).toBe(
      "auth.alignment.reason.fail-arc-pass",
    );
    expect(analysis.advice).toBe("auth.advice.dmarc-failed-arc-pass");
    expect(untrusted.map((field) => field.field)).toEqual([
      "arc-authentication-results",
      "authentication-results",
    ]);
  });
});
