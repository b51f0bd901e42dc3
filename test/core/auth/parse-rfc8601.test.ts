import {
  formatAuthenticationResults,
  parseAuthenticationResults,
} from "../../../src/core/auth";
import type { AuthResultsHeader } from "../../../src/core/auth";

/** Parses `value` and fails the test with the error when it does not parse. */
function parsed(value: string): AuthResultsHeader {
  const result = parseAuthenticationResults(value);
  if (!result.ok) {
    throw new Error(`${result.error} at ${result.position}`);
  }
  return result.header;
}

/** Property pairs of a resinfo as `ptype.property=value` strings. */
function propertyList(header: AuthResultsHeader, index: number): string[] {
  return (header.results[index]?.properties ?? []).map(
    (property) => `${property.ptype}.${property.property}=${property.value}`,
  );
}

describe("RFC 8601 Appendix B examples", () => {
  test("B.2 service provided, no authentication done", () => {
    const header = parsed("example.org 1; none");

    expect(header.authservId).toBe("example.org");
    expect(header.version).toBe("1");
    expect(header.none).toBe(true);
    expect(header.results).toEqual([]);
    expect(header.lenient).toBe(false);
  });

  test("B.3 service provided, authentication done", () => {
    const header = parsed(
      "example.com;\r\n          spf=pass smtp.mailfrom=example.net",
    );

    expect(header.authservId).toBe("example.com");
    expect(header.version).toBeNull();
    expect(header.none).toBe(false);
    expect(header.results).toHaveLength(1);
    expect(header.results[0]?.method).toBe("spf");
    expect(header.results[0]?.result).toBe("pass");
    expect(propertyList(header, 0)).toEqual(["smtp.mailfrom=example.net"]);
    expect(header.lenient).toBe(false);
  });

  test("B.4 several authentications, single MTA", () => {
    const first = parsed(
      "example.com;\r\n" +
        "          auth=pass (cram-md5) smtp.auth=sender@example.net;\r\n" +
        "          spf=pass smtp.mailfrom=example.net",
    );
    const second = parsed(
      "example.com; iprev=pass\r\n          policy.iprev=192.0.2.200",
    );

    expect(first.results.map((resinfo) => resinfo.method)).toEqual([
      "auth",
      "spf",
    ]);
    expect(first.results[0]?.comments).toEqual(["cram-md5"]);
    expect(propertyList(first, 0)).toEqual(["smtp.auth=sender@example.net"]);
    expect(propertyList(first, 1)).toEqual(["smtp.mailfrom=example.net"]);
    expect(second.results[0]?.method).toBe("iprev");
    expect(propertyList(second, 0)).toEqual(["policy.iprev=192.0.2.200"]);
    expect(first.lenient || second.lenient).toBe(false);
  });

  test("B.5 several authentications, different MTAs", () => {
    const top = parsed(
      "example.com;\r\n          dkim=pass (good signature) header.d=example.com",
    );
    const below = parsed(
      "example.com;\r\n" +
        "          auth=pass (cram-md5) smtp.auth=sender@example.com;\r\n" +
        "          spf=fail smtp.mailfrom=example.com",
    );

    expect(top.results[0]?.result).toBe("pass");
    expect(top.results[0]?.comments).toEqual(["good signature"]);
    expect(propertyList(top, 0)).toEqual(["header.d=example.com"]);
    expect(below.results[1]?.method).toBe("spf");
    expect(below.results[1]?.result).toBe("fail");
    expect(propertyList(below, 1)).toEqual(["smtp.mailfrom=example.com"]);
  });

  test("B.6 multi-tiered authentication", () => {
    const top = parsed(
      "example.com;\r\n" +
        '    dkim=pass reason="good signature"\r\n' +
        "      header.i=@mail-router.example.net;\r\n" +
        '    dkim=fail reason="bad signature"\r\n' +
        "      header.i=@newyork.example.com",
    );
    const below = parsed(
      "example.net;\r\n    dkim=pass (good signature) header.i=@newyork.example.com",
    );

    expect(top.results).toHaveLength(2);
    expect(top.results[0]?.reason).toBe("good signature");
    expect(propertyList(top, 0)).toEqual(["header.i=@mail-router.example.net"]);
    expect(top.results[1]?.result).toBe("fail");
    expect(top.results[1]?.reason).toBe("bad signature");
    expect(propertyList(top, 1)).toEqual(["header.i=@newyork.example.com"]);
    expect(below.authservId).toBe("example.net");
    expect(propertyList(below, 0)).toEqual(["header.i=@newyork.example.com"]);
    expect(top.lenient).toBe(false);
  });

  test("B.7 comment-heavy example", () => {
    const header = parsed(
      "foo.example.net (foobar) 1 (baz);\r\n" +
        "    dkim (Because I like it) / 1 (One yay) = (wait for it) fail\r\n" +
        "      policy (A dot can go here) . (like that) expired\r\n" +
        "      (this surprised me) = (as I wasn't expecting it) 1362471462",
    );

    expect(header.authservId).toBe("foo.example.net");
    expect(header.version).toBe("1");
    expect(header.results).toHaveLength(1);
    expect(header.results[0]?.method).toBe("dkim");
    expect(header.results[0]?.methodVersion).toBe("1");
    expect(header.results[0]?.result).toBe("fail");
    expect(propertyList(header, 0)).toEqual(["policy.expired=1362471462"]);
    expect(header.results[0]?.comments).toEqual([
      "Because I like it",
      "One yay",
      "wait for it",
      "A dot can go here",
      "like that",
      "this surprised me",
      "as I wasn't expecting it",
    ]);
    expect(header.lenient).toBe(false);
  });
});

describe("strict grammar details", () => {
  test("case folds method, result and keys, not values", () => {
    const header = parsed(
      "MX.Example.COM; SPF=Pass SMTP.MailFrom=User@Example.NET",
    );

    expect(header.authservId).toBe("MX.Example.COM");
    expect(header.results[0]?.method).toBe("spf");
    expect(header.results[0]?.result).toBe("pass");
    expect(propertyList(header, 0)).toEqual(["smtp.mailfrom=User@Example.NET"]);
  });

  test("quoted authserv-id and values lose quotes", () => {
    const header = parsed(
      '"mx.example.com"; dkim=pass header.b="ab/c+d=" reason="a \\"quoted\\" word"',
    );

    expect(header.authservId).toBe("mx.example.com");
    expect(propertyList(header, 0)).toEqual(["header.b=ab/c+d="]);
    expect(header.results[0]?.reason).toBe('a "quoted" word');
  });

  test("nested comments keep inner parentheses", () => {
    const header = parsed(
      "example.com; spf=pass (outer (inner) text) smtp.helo=mail.example.net",
    );

    expect(header.results[0]?.comments).toEqual(["outer (inner) text"]);
    expect(header.lenient).toBe(false);
  });

  test("quoted local part in pvalue stays written", () => {
    const header = parsed(
      'example.com; auth=pass smtp.auth="first last"@example.net',
    );

    expect(propertyList(header, 0)).toEqual([
      'smtp.auth="first last"@example.net',
    ]);
    expect(header.lenient).toBe(false);
  });

  test("unknown methods and ptypes kept", () => {
    const header = parsed(
      "example.com; x-custom/2=weird dns.zone=list.example.org; arc=pass header.oldest-pass=0",
    );

    expect(header.results[0]?.method).toBe("x-custom");
    expect(header.results[0]?.methodVersion).toBe("2");
    expect(header.results[0]?.result).toBe("weird");
    expect(propertyList(header, 0)).toEqual(["dns.zone=list.example.org"]);
    expect(propertyList(header, 1)).toEqual(["header.oldest-pass=0"]);
  });

  test("method starting with none is a method", () => {
    const header = parsed("example.com; nonexistent=pass");

    expect(header.none).toBe(false);
    expect(header.results[0]?.method).toBe("nonexistent");
  });

  test("none with a comment", () => {
    const header = parsed("example.com 1; NONE (no checks run)");

    expect(header.none).toBe(true);
    expect(header.lenient).toBe(false);
  });
});

describe("lenient reading of provider headers", () => {
  test("Microsoft 365 header without authserv-id", () => {
    const header = parsed(
      "spf=pass (sender IP is 192.0.2.10)\r\n smtp.mailfrom=example.com; dkim=pass\r\n" +
        " (signature was verified) header.d=example.com;dmarc=bestguesspass\r\n" +
        " action=none header.from=example.com;compauth=pass reason=109",
    );

    expect(header.lenient).toBe(true);
    expect(header.authservId).toBeNull();
    expect(header.results.map((resinfo) => resinfo.method)).toEqual([
      "spf",
      "dkim",
      "dmarc",
      "compauth",
    ]);
    expect(header.results[2]?.result).toBe("bestguesspass");
    expect(header.results[2]?.properties[0]).toEqual({
      ptype: "",
      property: "action",
      value: "none",
    });
    expect(header.results[3]?.reason).toBe("109");
  });

  test("dkim=timeout stays as written", () => {
    const header = parsed(
      "spf=pass (sender IP is 192.0.2.10) smtp.mailfrom=example.com; dkim=timeout (key query timeout) header.d=example.com;",
    );

    expect(header.results[1]?.result).toBe("timeout");
    expect(header.lenient).toBe(true);
  });

  test("trailing and doubled semicolons", () => {
    const header = parsed(
      "mx.example.com; spf=pass smtp.mailfrom=example.com;; dkim=none;",
    );

    expect(header.lenient).toBe(true);
    expect(header.results.map((resinfo) => resinfo.method)).toEqual([
      "spf",
      "dkim",
    ]);
  });

  test("unquoted values with specials", () => {
    const header = parsed(
      "mx.example.com; iprev=pass policy.iprev=2001:db8::25; dkim=pass header.b=Ab/9+x header.s=sel:1",
    );

    expect(propertyList(header, 0)).toEqual(["policy.iprev=2001:db8::25"]);
    expect(propertyList(header, 1)).toEqual([
      "header.b=Ab/9+x",
      "header.s=sel:1",
    ]);
    expect(header.lenient).toBe(true);
  });

  test("none next to results", () => {
    const header = parsed(
      "mx.example.com; none; dmarc=fail header.from=example.com",
    );

    expect(header.lenient).toBe(true);
    expect(header.none).toBe(false);
    expect(header.results[0]?.result).toBe("fail");
  });

  test("older Exchange Online authserv-id segments", () => {
    const header = parsed(
      "spf=pass (sender IP is 192.0.2.10) smtp.helo=mail.example.com; example.net;" +
        " dkim=none (message not signed) header.d=none;example.net; dmarc=pass" +
        " action=none header.from=example.com;",
    );

    expect(header.lenient).toBe(true);
    expect(header.authservId).toBe("example.net");
    expect(header.results.map((resinfo) => resinfo.method)).toEqual([
      "spf",
      "dkim",
      "dmarc",
    ]);
  });

  test("older Yahoo from= segments", () => {
    const header = parsed(
      "mta1.mail.example.net  from=example.com; domainkeys=neutral (no sig);" +
        "  from=example.com; dkim=permerror (bad sig); header.i=@example.com",
    );

    expect(header.authservId).toBe("mta1.mail.example.net");
    expect(
      header.results.map((resinfo) => `${resinfo.method}=${resinfo.result}`),
    ).toEqual([
      "from=example.com",
      "domainkeys=neutral",
      "from=example.com",
      "dkim=permerror",
    ]);
    expect(propertyList(header, 3)).toEqual(["header.i=@example.com"]);
  });

  test("SPF pairs written as segments", () => {
    const header = parsed(
      "mx.example.net; spf=pass (check: domain of example.com designates 192.0.2.7 as permitted sender)" +
        " client-ip=192.0.2.7; envelope-from=postmaster@example.com; helo=mail.example.com;",
    );

    expect(header.results[0]?.properties[0]).toEqual({
      ptype: "",
      property: "client-ip",
      value: "192.0.2.7",
    });
    expect(header.results[1]?.method).toBe("envelope-from");
    expect(header.results[1]?.result).toBe("postmaster@example.com");
  });

  test("reason after properties", () => {
    const header = parsed(
      'mx.example.com; dkim=fail header.d=example.com reason="bad signature"',
    );

    expect(header.lenient).toBe(true);
    expect(header.results[0]?.reason).toBe("bad signature");
  });
});

describe("lenient reading after strict segments", () => {
  test("segments before the failure keep their strict reading", () => {
    const header = parsed(
      "mx.example.com; spf=pass; dkim=pass header.b=Ab/9+ header.s=s1",
    );

    expect(header.lenient).toBe(true);
    expect(header.results.map((resinfo) => resinfo.method)).toEqual([
      "spf",
      "dkim",
    ]);
    expect(propertyList(header, 1)).toEqual([
      "header.b=Ab/9+",
      "header.s=s1",
    ]);
  });

  test("none followed by text is read leniently", () => {
    const header = parsed("mx.example.com; none.; spf=pass");

    expect(header.lenient).toBe(true);
    expect(header.authservId).toBe("mx.example.com");
    expect(header.none).toBe(false);
    expect(header.results.map((resinfo) => resinfo.method)).toEqual(["spf"]);
  });

  test("quoted local part unquoted once lenient", () => {
    const header = parsed(
      'mx.example.com; spf=pass smtp.mailfrom="a\\\\\\"b"@example.com;' +
        " dkim=perm_fail",
    );

    expect(header.lenient).toBe(true);
    expect(propertyList(header, 0)).toEqual([
      'smtp.mailfrom="a\\"b"@example.com',
    ]);
    expect(header.results[1]?.result).toBe("perm_fail");
  });
});

describe("parse failures", () => {
  const failures: [string, string, number][] = [
    ["", "auth.parse.error.empty", 0],
    ["   ", "auth.parse.error.empty", 3],
    ["example.com", "auth.parse.error.expected-semicolon", 11],
    [
      "example.com; spf=pass (open",
      "auth.parse.error.unterminated-comment",
      22,
    ],
    [
      'example.com; spf=pass reason="open',
      "auth.parse.error.unterminated-quoted-string",
      29,
    ],
    ["example.com; spf=", "auth.parse.error.expected-result", 17],
    ["example.com; spf=pass smtp.", "auth.parse.error.expected-property", 27],
    ["; spf=pass", "auth.parse.error.expected-authserv-id", 0],
    ["example.com; spf", "auth.parse.error.expected-equals", 16],
    ["example.com; spf=pass; (x", "auth.parse.error.unterminated-comment", 23],
  ];

  test.each(failures)("%j fails", (value, error, position) => {
    const result = parseAuthenticationResults(value);

    expect(result).toEqual({ ok: false, error, position });
  });

  test("deep nesting does not throw", () => {
    const value = `example.com; spf=pass ${"(".repeat(50000)}${")".repeat(50000)}`;

    const result = parseAuthenticationResults(value);

    expect(result.ok).toBe(true);
  });
});

describe("formatAuthenticationResults", () => {
  const values = [
    "example.org 1; none",
    "example.com; auth=pass (cram-md5) smtp.auth=sender@example.net; spf=pass smtp.mailfrom=example.net",
    'example.com; dkim=pass reason="good signature" header.i=@mail-router.example.net',
    "spf=pass (sender IP is 192.0.2.10) smtp.mailfrom=example.com; dmarc=bestguesspass action=none header.from=example.com",
    'mx.example.com; dkim=pass header.b=Ab/9+x; spf=pass (a "quote" and \\(paren\\)) smtp.helo=""',
  ];

  test.each(values)("round-trips %j", (value) => {
    const header = parsed(value);

    const again = parsed(formatAuthenticationResults(header));

    expect({ ...again, lenient: false }).toEqual({ ...header, lenient: false });
  });

  test("quotes values that are not tokens", () => {
    const header = parsed("mx.example.com; dkim=pass header.b=Ab/9+x");

    expect(formatAuthenticationResults(header)).toBe(
      'mx.example.com; dkim=pass header.b="Ab/9+x"',
    );
  });
});
