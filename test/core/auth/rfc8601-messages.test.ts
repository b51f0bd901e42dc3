import { analyzeAuthentication } from "../../../src/core/auth";
import { headersOf } from "./provider-headers";

// Header blocks shaped like the RFC 8601 Appendix B example messages.
describe("RFC 8601 Appendix B messages", () => {
  test("B.1 no header field", async () => {
    const headers = await headersOf([
      "Received: from mail-router.example.com (mail-router.example.com [192.0.2.1])",
      "        by server.example.org (8.11.6/8.11.6) with ESMTP id g1G0r1kA003489;",
      "        Wed, Mar 14 2009 17:19:07 -0800",
      "From: sender@example.com",
      "Date: Wed, Mar 14 2009 16:54:30 -0800",
      "To: receiver@example.org",
    ]);

    const analysis = analyzeAuthentication(headers, {});

    expect(analysis.fields).toEqual([]);
    expect(analysis.overall).toBe("not-checked");
  });

  test("B.4 two headers from one MTA", async () => {
    const headers = await headersOf([
      "Authentication-Results: example.com;",
      "          auth=pass (cram-md5) smtp.auth=sender@example.net;",
      "          spf=pass smtp.mailfrom=example.net",
      "Authentication-Results: example.com; iprev=pass",
      "          policy.iprev=192.0.2.200",
      "Received: from dialup-1-2-3-4.example.net (8.11.6/8.11.6)",
      "          by mail-router.example.com with ESMTP id g1G0r1kA003489",
      "From: sender@example.net",
    ]);

    const analysis = analyzeAuthentication(headers, {});

    expect(analysis.fields.map((field) => field.trusted)).toEqual([true, true]);
    expect(analysis.badges.map((badge) => badge.state)).toEqual([
      "passed",
      "not-available",
      "not-available",
    ]);
    expect(analysis.alignment.spf.match).toBe("strict");
  });

  test("B.5 headers from two MTAs", async () => {
    const headers = await headersOf([
      "Authentication-Results: example.com;",
      "          dkim=pass (good signature) header.d=example.com",
      "Received: from mail-router.example.com",
      "          by auth-checker.example.com (8.11.6/8.11.6) with ESMTP id i7PK0sH7021929",
      "Authentication-Results: example.com;",
      "          auth=pass (cram-md5) smtp.auth=sender@example.com;",
      "          spf=fail smtp.mailfrom=example.com",
      "From: sender@example.com",
    ]);

    const analysis = analyzeAuthentication(headers, {});

    expect(analysis.fields.map((field) => field.trusted)).toEqual([true, true]);
    expect(analysis.badges.map((badge) => badge.state)).toEqual([
      "failed",
      "passed",
      "not-available",
    ]);
    expect(analysis.alignment.reason).toBe(
      "auth.alignment.reason.not-evaluated-would-pass",
    );
  });

  test("B.6 multi-tiered headers", async () => {
    const headers = await headersOf([
      "Authentication-Results: example.com;",
      '    dkim=pass reason="good signature"',
      "      header.i=@mail-router.example.net;",
      '    dkim=fail reason="bad signature"',
      "      header.i=@newyork.example.com",
      "Received: from mail-router.example.net",
      "          by chicago.example.com (8.11.6/8.11.6) with ESMTP id i7PK0sH7021929",
      "DKIM-Signature: v=1; a=rsa-sha256; s=furble;",
      "      d=mail-router.example.net; t=1188964198; c=relaxed/simple;",
      "      h=From:Date:To:Message-Id:Subject:Authentication-Results;",
      "      bh=ftA9J6GtX8OpwUECzHnCkRzKw1uk6FNiLfJl5Nmv49E=;",
      "      b=oINEO8hgn/gnunsg ... 9n9ODSNFSDij3=",
      "Authentication-Results: example.net;",
      "    dkim=pass (good signature) header.i=@newyork.example.com",
      "Received: from smtp.newyork.example.com",
      "          by mail-router.example.net (8.11.6/8.11.6) with ESMTP id g1G0r1kA003489",
      "DKIM-Signature: v=1; a=rsa-sha256; s=gatsby;",
      "      d=newyork.example.com;",
      "      t=1188964191; c=simple/simple;",
      "      h=From:Date:To:Message-Id:Subject;",
      "      bh=sEu28nfs9fuZGD/pSr7ANysbY3jtdaQ3Xv9xPQtS0m7=;",
      "      b=EToRSuvUfQVP3Bkz ... rTB0t0gYnBVCM=",
      "From: sender@newyork.example.com",
    ]);

    const analysis = analyzeAuthentication(headers, {});

    expect(analysis.authservId).toBe("example.com");
    expect(analysis.fields.map((field) => field.trusted)).toEqual([
      true,
      false,
    ]);
    expect(analysis.badges[1]?.state).toBe("passed");
    expect(analysis.alignment.dkim.map((entry) => entry.match)).toEqual([
      "none",
      "strict",
    ]);
    expect(analysis.alignment.dkim.map((entry) => entry.aligned)).toEqual([
      false,
      false,
    ]);
    expect(
      analysis.dkimSignatures.map((signature) => signature.domain),
    ).toEqual(["mail-router.example.net", "newyork.example.com"]);
  });

  test("B.6 trusting the router too", async () => {
    const headers = await headersOf([
      "Authentication-Results: example.com;",
      '    dkim=fail reason="bad signature" header.i=@newyork.example.com',
      "Authentication-Results: example.net;",
      "    dkim=pass (good signature) header.i=@newyork.example.com",
      "From: sender@newyork.example.com",
    ]);

    const analysis = analyzeAuthentication(headers, {
      trustedAuthservIds: ["example.com", "example.net"],
    });

    expect(analysis.fields.map((field) => field.trusted)).toEqual([true, true]);
    expect(analysis.badges[1]?.state).toBe("passed");
    expect(analysis.alignment.dkim[1]?.aligned).toBe(true);
  });
});
