import {
  PROVIDER_CODES,
  PROVIDER_IDS,
  detectProvider,
  findProviderText,
  lookupEnhancedStatus,
  parseProviderId,
  type ProviderId,
} from "../../../src/core/codes";
import { describeWithReference, readReference } from "./reference";

interface MicrosoftRow {
  code: string;
  fragment: string;
}

interface ProviderRow {
  provider: string;
  basic: string;
  enhanced: string | null;
  summary: string;
}

const microsoft = readReference<MicrosoftRow[]>("microsoft.json");
const providers = readReference<{ records: ProviderRow[] }>("providers.json");

/** Expands `5.4.6 / 5.4.14` and `5.7.606-649` into single codes to try. */
function codesOf(listed: string): string[] {
  return listed.split(" / ").flatMap((part) => {
    const range = /^(\d\.\d+)\.(\d+)-(\d+)$/.exec(part.trim());
    if (range === null) {
      return [part.trim()];
    }
    return [`${range[1]}.${range[2]}`, `${range[1]}.${range[3]}`];
  });
}

function providerIdOf(name: string): ProviderId {
  if (name.startsWith("Google")) {
    return "gmail";
  }
  if (name.startsWith("Yahoo")) {
    return "yahoo";
  }
  return "outlook.com";
}

describeWithReference(microsoft, "Microsoft code coverage")(
  "Microsoft code coverage",
  () => {
    const rows = microsoft ?? [];
    const coded = rows.filter((row) => row.code !== "n/a");
    const cases = coded.flatMap((row) =>
      codesOf(row.code).map((code) => [code, row.fragment]),
    );

    test.each(cases)("%s has a Microsoft entry", (code, fragment) => {
      const lookup = lookupEnhancedStatus(code, "outlook.com", {
        diagnostic: fragment,
      });
      expect(lookup?.source).toBe("provider");
    });

    const codeless = rows.filter((row) => row.code === "n/a");
    test.each(codeless.map((row) => [row.fragment]))(
      "text without code is found: %s",
      (fragment) => {
        expect(findProviderText("office365", fragment)).not.toBeNull();
      },
    );
  },
);

describeWithReference(providers, "provider code coverage")(
  "provider code coverage",
  () => {
    // Rows such as Yahoo's "4.x.x" describe a whole class; the class
    // meaning covers them.
    const coded = (providers?.records ?? []).filter(
      (row) => row.enhanced !== null && !row.enhanced.includes("x"),
    );
    // Gmail ends every reply with "gsmtp"; the summaries leave it out.
    const cases = coded.map((row) => {
      const provider = providerIdOf(row.provider);
      const signature = provider === "gmail" ? " - gsmtp" : "";
      return [
        row.enhanced?.replace("*", "") ?? "",
        provider,
        row.basic.split("/")[0] ?? "",
        `${row.summary}${signature}`,
      ];
    });

    test.each(cases)(
      "%s from %s has a provider entry",
      (code, provider, replyCode, summary) => {
        const lookup = lookupEnhancedStatus(code, provider, {
          replyCode,
          diagnostic: summary,
        });
        expect(lookup?.source).toBe("provider");
        const basic = lookup?.providerEntry?.basic ?? [];
        expect(basic.length === 0 || basic.includes(replyCode)).toBe(true);
      },
    );
  },
);

describe("provider catalogs", () => {
  test.each(PROVIDER_IDS.map((id) => [id]))("%s ids are unique", (id) => {
    const ids = PROVIDER_CODES[id].map((entry) => entry.code);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(PROVIDER_IDS.map((id) => [id]))(
    "%s keys name the provider",
    (id) => {
      for (const entry of PROVIDER_CODES[id]) {
        expect(entry.provider).toBe(id);
        expect(entry.meaningKey).toBe(
          `code.provider.${id}.${entry.code}.meaning`,
        );
      }
    },
  );

  test("entries without a status have fragments", () => {
    const codeless = PROVIDER_IDS.flatMap((id) => PROVIDER_CODES[id]).filter(
      (entry) => entry.status === null,
    );
    expect(codeless.length).toBeGreaterThan(0);
    for (const entry of codeless) {
      expect(entry.fragments.length).toBeGreaterThan(0);
    }
  });
});

describe("provider precedence", () => {
  test("Gmail 5.7.26 wins over IANA X.7.26", () => {
    const lookup = lookupEnhancedStatus("5.7.26", "gmail");
    expect(lookup?.source).toBe("provider");
    expect(lookup?.provider).toBe("gmail");
    expect(lookup?.meaningKey).toBe("code.provider.gmail.5.7.26.meaning");
    expect(lookup?.registered?.code).toBe("X.7.26");
  });

  test("IANA X.7.26 applies without a provider", () => {
    const lookup = lookupEnhancedStatus("5.7.26");
    expect(lookup?.source).toBe("iana");
    expect(lookup?.meaningKey).toBe("code.enhanced.X.7.26.meaning");
    expect(lookup?.provider).toBeNull();
  });

  test("Gmail 5.7.27 is SPF, not null MX", () => {
    expect(lookupEnhancedStatus("5.7.27", "gmail")?.reason).toBe(
      "authfailure",
    );
    expect(lookupEnhancedStatus("5.7.27")?.reason).toBe("rejected");
  });

  test("Gmail 5.7.30 is DKIM, not REQUIRETLS", () => {
    expect(lookupEnhancedStatus("5.7.30", "gmail")?.reason).toBe(
      "authfailure",
    );
    expect(lookupEnhancedStatus("5.7.30")?.reason).toBe("failedstarttls");
  });

  test("Microsoft 5.7.509 is DMARC reject", () => {
    const lookup = lookupEnhancedStatus("5.7.509", "office365");
    expect(lookup?.source).toBe("provider");
    expect(lookup?.reason).toBe("authfailure");
    expect(lookup?.actor).toBe("sender-admin");
    expect(lookup?.registered).toBeNull();
  });

  test("5.7.509 without provider reads by subject", () => {
    const lookup = lookupEnhancedStatus("5.7.509");
    expect(lookup?.source).toBe("subject");
    expect(lookup?.subject?.value).toBe(7);
  });

  test("Outlook.com 5.7.515 is its own", () => {
    const lookup = lookupEnhancedStatus("5.7.515", "outlook.com");
    expect(lookup?.provider).toBe("outlook.com");
    expect(lookup?.meaningKey).toBe(
      "code.provider.outlook.com.5.7.515.meaning",
    );
  });

  test("Outlook.com falls back to Exchange Online", () => {
    const lookup = lookupEnhancedStatus("5.7.606", "outlook.com");
    expect(lookup?.providerEntry?.provider).toBe("office365");
    expect(lookup?.providerEntry?.code).toBe("5.7.606-649");
  });

  test("exact code wins over range", () => {
    const lookup = lookupEnhancedStatus("4.7.650", "office365");
    expect(lookup?.providerEntry?.code).toBe("4.7.650");
    const inRange = lookupEnhancedStatus("4.7.651", "office365");
    expect(inRange?.providerEntry?.code).toBe("4.7.500-699");
  });

  test("range ends are inclusive", () => {
    expect(lookupEnhancedStatus("5.7.649", "office365")?.source).toBe(
      "provider",
    );
    expect(lookupEnhancedStatus("5.7.650", "office365")?.source).not.toBe(
      "provider",
    );
  });

  test("provider without the code uses IANA", () => {
    const lookup = lookupEnhancedStatus("5.1.6", "gmail");
    expect(lookup?.source).toBe("iana");
    expect(lookup?.detail?.code).toBe("X.1.6");
  });

  test("unknown provider name uses IANA", () => {
    expect(lookupEnhancedStatus("5.7.26", "example")?.source).toBe("iana");
  });

  test("provider names are normalised", () => {
    expect(lookupEnhancedStatus("5.7.26", "Gmail")?.source).toBe("provider");
    expect(lookupEnhancedStatus("5.7.509", "Office 365")?.source).toBe(
      "provider",
    );
  });
});

describe("provider variants", () => {
  test.each([
    ["5.4.1", "550 5.4.1 Relay Access Denied", "5.4.1:relay"],
    [
      "5.4.1",
      "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)",
      "5.4.1",
    ],
    ["5.7.1", "550 5.7.1 Unable to relay", "5.7.1:relay"],
    [
      "5.7.1",
      "530 5.7.1 Client was not authenticated",
      "5.7.1:auth-required",
    ],
    [
      "5.2.2",
      "554 5.2.2 Submission quota exceeded",
      "5.2.2:submission-quota",
    ],
    ["5.2.2", "554 5.2.2 mailbox full", "5.2.2"],
  ])("office365 %s with %p is %s", (code, diagnostic, id) => {
    const lookup = lookupEnhancedStatus(code, "office365", { diagnostic });
    expect(lookup?.providerEntry?.code).toBe(id);
  });

  test.each([
    ["5.7.0", "552", "5.7.0:content"],
    ["5.7.0", "530", "5.7.0:auth-required"],
    ["5.7.0", "550", "5.7.0"],
    ["4.7.0", "454", "4.7.0:login"],
    ["4.7.26", "451", "4.7.26:dns"],
    ["5.7.40", "504", "5.7.40:auth-type"],
  ])("gmail %s with reply %s is %s", (code, replyCode, id) => {
    const lookup = lookupEnhancedStatus(code, "gmail", { replyCode });
    expect(lookup?.providerEntry?.code).toBe(id);
  });

  test.each([
    [
      "550-5.7.1 Unauthenticated email from example.com is not accepted " +
        "due to domain's 550-5.7.1 DMARC policy. gsmtp",
      "5.7.1:dmarc",
    ],
    [
      "550-5.7.1 This message is not RFC 5322 compliant. There are " +
        "multiple Subject headers. gsmtp",
      "5.7.1:rfc5322",
    ],
    [
      "550-5.7.1 Messages with multiple addresses in From: header are not " +
        "accepted. gsmtp",
      "5.7.1:rfc5322",
    ],
    [
      "550-5.7.1 Our system has detected that this message is 550-5.7.1 " +
        "likely suspicious due to the very low reputation of the sending " +
        "IP address. gsmtp",
      "5.7.1:reputation",
    ],
    [
      "550-5.7.1 Our system has detected that this message is\n" +
        "    550-5.7.1 likely unsolicited mail. gsmtp",
      "5.7.1:unsolicited",
    ],
    [
      "550-5.7.1 This message does not meet IPv6 sending guidelines " +
        "regarding PTR records and authentication. gsmtp",
      "5.7.1:ipv6",
    ],
    ["550 5.7.1 Policy rejection. gsmtp", "5.7.1"],
  ])("Gmail 5.7.1 text %p is %s", (diagnostic, id) => {
    const lookup = lookupEnhancedStatus("5.7.1", "gmail", { diagnostic });
    expect(lookup?.providerEntry?.code).toBe(id);
  });

  test("Gmail entries need the gsmtp signature", () => {
    const signed = lookupEnhancedStatus("5.7.27", "gmail", {
      diagnostic: "550-5.7.27 SPF did not pass - gsmtp",
    });
    expect(signed?.source).toBe("provider");

    const unsigned = lookupEnhancedStatus("5.7.27", "gmail", {
      diagnostic: "550 5.7.27 sender domain has null MX",
    });
    expect(unsigned?.source).toBe("iana");
  });

  test("Microsoft wording gates reused IANA codes", () => {
    const microsoft = lookupEnhancedStatus("5.7.13", "office365", {
      diagnostic: "550 5.7.13 Sender was not authenticated for public folder",
    });
    expect(microsoft?.providerEntry?.code).toBe("5.7.13");

    const other = lookupEnhancedStatus("5.7.13", "office365", {
      diagnostic: "535 5.7.13 user account disabled",
    });
    expect(other?.source).toBe("iana");
  });

  test("Gmail gcdp marks an admin rule", () => {
    const lookup = lookupEnhancedStatus("5.7.1", "gmail", {
      diagnostic: "550 5.7.1 Message rejected by policy. gcdp",
    });
    expect(lookup?.providerEntry?.code).toBe("5.7.1:admin-rule");
    expect(lookup?.actor).toBe("recipient-admin");
  });

  test("Yahoo TSS04 needs its tag", () => {
    const tagged = lookupEnhancedStatus("4.7.0", "yahoo", {
      diagnostic: "421 4.7.0 [TSS04] Messages from 192.0.2.1 deferred",
    });
    expect(tagged?.providerEntry?.code).toBe("4.7.0:TSS04");

    const other = lookupEnhancedStatus("4.7.0", "yahoo", {
      diagnostic: "421 4.7.0 something else",
    });
    expect(other?.source).toBe("iana");
  });

  test("Yahoo TSS04 is the default without text", () => {
    const lookup = lookupEnhancedStatus("4.7.0", "yahoo");
    expect(lookup?.providerEntry?.code).toBe("4.7.0:TSS04");
  });

  test.each([
    [
      "554 delivery error: dd This user doesn't have a yahoo.com account",
      "no-account",
    ],
    [
      "451 Resources temporarily unavailable. [#4.16.1]",
      "resources-unavailable",
    ],
    ["554 Message not allowed - [PH01] Email not accepted", "policy-content"],
    [
      "451 Message temporarily deferred due to unresolvable RFC.5321 from " +
        "domain",
      "unresolvable-from",
    ],
  ])("Yahoo text %p is %s", (diagnostic, id) => {
    expect(findProviderText("yahoo", diagnostic)?.code).toBe(id);
  });

  test("text without a fragment finds nothing", () => {
    expect(findProviderText("yahoo", "550 user unknown")).toBeNull();
  });
});

describe("detectProvider", () => {
  test.each([
    ["host gmail-smtp-in.l.google.com said: 550-5.1.1 gsmtp", "gmail"],
    ["550 5.7.1 blocked by admin rule gcdp", "gmail"],
    ["GSMTP", "gmail"],
    ["does not meet the\n   required authentication level", "outlook.com"],
    ["hotmail-com.olc.protection.outlook.com", "outlook.com"],
    [
      "550 5.7.515 Access denied, sending domain example.com does not meet " +
        "the required authentication level.",
      "outlook.com",
    ],
    ["contoso-com.mail.protection.outlook.com", "office365"],
    ["550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "office365"],
    ["AM6PR01MB1234.eurprd01.prod.outlook.com", "office365"],
    ["mta7.am0.yahoodns.net", "yahoo"],
    ["421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred", "yahoo"],
  ])("finds %p as %s", (text, provider) => {
    expect(detectProvider(text)).toBe(provider);
  });

  test.each([
    "user@gmail.com",
    "<someone@yahoo.com>: user unknown",
    "550 5.1.1 User unknown",
    "",
  ])("finds nothing in %p", (text) => {
    expect(detectProvider(text)).toBeNull();
  });

  test("addresses do not hide a server name", () => {
    expect(
      detectProvider("<a@yahoo-inc.com> via mta5.am0.yahoodns.net"),
    ).toBe("yahoo");
  });

  test("handles huge input", () => {
    expect(detectProvider("x".repeat(5_000_000))).toBeNull();
    expect(detectProvider(`${"@".repeat(100_000)}gsmtp`)).toBeNull();
  });

  test("returns null for non-string input", () => {
    expect(detectProvider(null as unknown as string)).toBeNull();
  });
});

describe("parseProviderId", () => {
  test.each([
    ["gmail", "gmail"],
    ["Google", "gmail"],
    ["office365", "office365"],
    ["Exchange Online", "office365"],
    ["hotmail", "outlook.com"],
    ["Outlook.com", "outlook.com"],
    ["AOL", "yahoo"],
    [" yahoo ", "yahoo"],
  ])("reads %p as %s", (name, provider) => {
    expect(parseProviderId(name)).toBe(provider);
  });

  test.each(["", "example", "constructor", "__proto__", "x".repeat(1000)])(
    "rejects %p",
    (name) => {
      expect(parseProviderId(name)).toBeNull();
    },
  );

  test("rejects null", () => {
    expect(parseProviderId(null)).toBeNull();
  });
});
