import {
  parseArcAuthenticationResults,
  parseDkimSignature,
  parseReceivedSpf,
} from "../../../src/core/auth";

describe("parseArcAuthenticationResults", () => {
  test("reads instance and payload", () => {
    const result = parseArcAuthenticationResults(
      "i=2; lists.example.org;\r\n dkim=pass header.d=example.com header.s=s1;\r\n" +
        " spf=pass smtp.mailfrom=example.com; dmarc=pass header.from=example.com",
    );

    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.header.instance).toBe(2);
      expect(result.header.authservId).toBe("lists.example.org");
      expect(result.header.results.map((resinfo) => resinfo.method)).toEqual([
        "dkim",
        "spf",
        "dmarc",
      ]);
    }
  });

  test("missing instance tag fails", () => {
    const result = parseArcAuthenticationResults("mx.example.net; spf=pass");

    expect(result).toEqual({
      ok: false,
      error: "auth.parse.error.expected-instance",
      position: 0,
    });
  });

  test("lenient payload after instance", () => {
    const result = parseArcAuthenticationResults(
      "i=1; mx.microsoft.com 1; spf=pass smtp.mailfrom=example.com; dkim=pass header.d=example.com;",
    );

    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.header.lenient).toBe(true);
      expect(result.header.version).toBe("1");
    }
  });
});

describe("parseReceivedSpf", () => {
  test("RFC 7208 example with quoted envelope-from", () => {
    const result = parseReceivedSpf(
      "pass (mybox.example.org: domain of\r\n myname@example.com designates 192.0.2.1 as\r\n" +
        " permitted sender) receiver=mybox.example.org; client-ip=192.0.2.1;\r\n" +
        ' envelope-from="myname@example.com"; helo=foo.example.com;',
    );

    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.receivedSpf.result).toBe("pass");
      expect(result.receivedSpf.comment).toBe(
        "mybox.example.org: domain of myname@example.com designates 192.0.2.1 as permitted sender",
      );
      expect(result.receivedSpf.pairs).toEqual({
        receiver: "mybox.example.org",
        "client-ip": "192.0.2.1",
        "envelope-from": "myname@example.com",
        helo: "foo.example.com",
      });
      expect(result.receivedSpf.lenient).toBe(false);
    }
  });

  test("Microsoft 365 form with IPv6 client", () => {
    const result = parseReceivedSpf(
      "Pass (protection.outlook.com: domain of example.com designates\r\n 2001:db8::25 as permitted sender)" +
        " receiver=protection.outlook.com; client-ip=2001:db8::25; helo=mail.example.com; pr=C",
    );

    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.receivedSpf.result).toBe("pass");
      expect(result.receivedSpf.pairs["client-ip"]).toBe("2001:db8::25");
      expect(result.receivedSpf.pairs.pr).toBe("C");
      expect(result.receivedSpf.lenient).toBe(true);
    }
  });

  test("result alone", () => {
    const result = parseReceivedSpf("softfail");

    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.receivedSpf.result).toBe("softfail");
    }
  });

  test("unknown result only in lenient mode", () => {
    const result = parseReceivedSpf(
      "hardfail (old software) client-ip=192.0.2.1",
    );

    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.receivedSpf.lenient).toBe(true);
    }
  });

  test("trailing word without equals skipped", () => {
    const result = parseReceivedSpf(
      "none (domain of mail.example.com does not designate permitted sender hosts) bAMDMQ--",
    );

    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.receivedSpf.result).toBe("none");
      expect(result.receivedSpf.pairs).toEqual({});
    }
  });

  test("empty value fails", () => {
    expect(parseReceivedSpf("  ")).toEqual({
      ok: false,
      error: "auth.parse.error.expected-result",
      position: 2,
    });
  });

  test("unterminated comment fails", () => {
    const result = parseReceivedSpf("pass (no end");

    expect(result).toEqual({
      ok: false,
      error: "auth.parse.error.unterminated-comment",
      position: 5,
    });
  });
});

describe("parseDkimSignature", () => {
  test("reads display tags", () => {
    const tags = parseDkimSignature(
      "v=1; a=RSA-SHA256; c=relaxed/relaxed; d=Example.COM; s=sel2024;\r\n" +
        "\tt=1700000000; h=from:to:subject; i=@mail.example.com;\r\n" +
        "\tbh=abc=; b=dGVz\r\n\t dA==",
    );

    expect(tags?.domain).toBe("example.com");
    expect(tags?.selector).toBe("sel2024");
    expect(tags?.algorithm).toBe("rsa-sha256");
    expect(tags?.identity).toBe("@mail.example.com");
    expect(tags?.tags.b).toBe("dGVzdA==");
    expect(tags?.tags.h).toBe("from:to:subject");
  });

  test("missing tags are null", () => {
    const tags = parseDkimSignature("v=1; d=example.net");

    expect(tags?.selector).toBeNull();
    expect(tags?.domain).toBe("example.net");
  });

  test("no tags gives null", () => {
    expect(parseDkimSignature("garbage without tags")).toBeNull();
  });
});
