/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { AuthenticationAnalysis } from "../../src/core/auth/types";
import { createTranslator } from "../../src/i18n";
import { AuthenticationSection } from "../../src/ui/AuthenticationSection";
import { authentication, badge, emptyAlignment } from "./fixtures";

const translate = createTranslator("en");

function renderSection(auth: AuthenticationAnalysis) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <AuthenticationSection authentication={auth} translate={translate} />
    </FluentProvider>,
  );
}

const notChecked = [
  badge("spf", "not-checked"),
  badge("dkim", "not-checked"),
  badge("dmarc", "not-checked"),
].map((entry) => ({ ...entry, evidence: [] }));

describe("AuthenticationSection", () => {
  test("no header shows the empty state", () => {
    renderSection(
      authentication(notChecked, {
        fields: [],
        overall: "not-checked",
        authservId: null,
      }),
    );

    expect(screen.getByText(translate("ui.auth.empty.title"))).toBeTruthy();
    expect(screen.queryByRole("listitem")).toBeNull();
    expect(screen.queryByText(/SPF Not Checked/)).toBeNull();
  });

  test("verdict shows title, advice and checker", () => {
    renderSection(
      authentication(
        [
          badge("spf", "failed", "fail"),
          badge("dkim", "passed"),
          badge("dmarc", "failed", "fail"),
        ],
        {
          overall: "failed",
          advice: "auth.advice.dmarc-failed-policy-none",
        },
      ),
    );

    expect(
      screen.getByText(translate("auth.overall.failed.title")),
    ).toBeTruthy();
    expect(
      screen.getByText(translate("auth.advice.dmarc-failed-policy-none")),
    ).toBeTruthy();
    expect(
      screen.getByText(
        translate("ui.auth.authservId", { authservId: "mx.example.net" }),
      ),
    ).toBeTruthy();
    expect(screen.queryByText(translate("ui.auth.empty.title"))).toBeNull();
  });

  test("method detail shows raw result and advice", () => {
    const softfail = badge("spf", "softfail", "softfail");
    softfail.evidence[0] = { ...softfail.evidence[0]!, reason: "not listed" };
    renderSection(
      authentication([
        softfail,
        badge("dkim", "passed"),
        badge("dmarc", "passed"),
      ]),
    );

    fireEvent.click(screen.getByRole("button", { name: /SPF Soft Fail/ }));

    expect(
      screen.getByText("spf=softfail smtp.mailfrom=example.com"),
    ).toBeTruthy();
    expect(screen.getByText("smtp.mailfrom: example.com")).toBeTruthy();
    expect(screen.getByText("not listed")).toBeTruthy();
    expect(
      screen.getByText(translate("auth.state.softfail.meaning")),
    ).toBeTruthy();
    expect(
      screen.getByText(translate("auth.state.softfail.fix.spf")),
    ).toBeTruthy();
  });

  test("DMARC detail explains alignment", () => {
    const alignment = {
      ...emptyAlignment(),
      reason: "auth.alignment.reason.fail-not-aligned",
      spf: {
        domain: "example.org",
        source: "mailfrom" as const,
        organizationalDomain: "example.org",
        state: "passed" as const,
        match: "none" as const,
        aligned: false,
      },
      policy: {
        policy: "reject",
        subdomainPolicy: null,
        source: "comment" as const,
      },
    };
    renderSection(
      authentication(
        [
          badge("spf", "passed"),
          badge("dkim", "not-available"),
          badge("dmarc", "failed", "fail"),
        ],
        { alignment, overall: "failed" },
      ),
    );

    fireEvent.click(screen.getByRole("button", { name: /DMARC Failed/ }));

    expect(
      screen.getByText(translate("auth.alignment.reason.fail-not-aligned")),
    ).toBeTruthy();
    expect(
      screen.getByText(/example\.org: a different domain from From/),
    ).toBeTruthy();
    expect(
      screen.getByText("p=reject (refuse failing mail), subdomains sp=reject"),
    ).toBeTruthy();
  });

  test("DKIM and SPF details show header evidence", () => {
    renderSection(
      authentication(
        [
          badge("spf", "passed"),
          badge("dkim", "passed"),
          badge("dmarc", "passed"),
        ],
        {
          dkimSignatures: [
            {
              domain: "example.com",
              selector: "mail2025",
              algorithm: "rsa-sha256",
              identity: null,
              tags: {},
            },
          ],
          receivedSpf: [
            {
              index: 2,
              raw: "Received-SPF: Pass (...)",
              trusted: true,
              parse: {
                ok: true,
                receivedSpf: {
                  result: "pass",
                  comment: null,
                  pairs: {
                    "client-ip": "192.0.2.61",
                    helo: "mail.example.com",
                  },
                  lenient: false,
                },
              },
            },
            {
              index: 5,
              raw: "Received-SPF: ???",
              trusted: false,
              parse: { ok: false, error: "expected-result", position: 0 },
            },
          ],
        },
      ),
    );

    fireEvent.click(screen.getByRole("button", { name: /DKIM Passed/ }));
    fireEvent.click(screen.getByRole("button", { name: /SPF Passed/ }));

    expect(
      screen.getByText("d=example.com s=mail2025 a=rsa-sha256"),
    ).toBeTruthy();
    expect(
      screen.getByText("pass client-ip=192.0.2.61 helo=mail.example.com"),
    ).toBeTruthy();
    expect(screen.getByText("Received-SPF: ???")).toBeTruthy();
    expect(screen.getAllByText(translate("ui.detail.signatures"))).toHaveLength(
      1,
    );
  });

  test("untrusted claims are listed as raw text", () => {
    const auth = authentication([
      badge("spf", "passed"),
      badge("dkim", "passed"),
      badge("dmarc", "passed"),
    ]);
    auth.fields.push({
      field: "authentication-results",
      index: 4,
      raw: "Authentication-Results: mx.example.com; dmarc=pass header.from=example.com",
      trusted: false,
      parse: { ok: false, error: "auth.parse.error.empty", position: 0 },
    });
    renderSection(auth);

    const header = screen.getByRole("button", {
      name: translate("ui.untrusted.heading", { count: 1 }),
    });
    fireEvent.click(header);

    expect(screen.getByText(auth.fields[1]!.raw)).toBeTruthy();
    expect(
      screen.getByText(
        translate("ui.untrusted.unparsed", {
          error: translate("auth.parse.error.empty"),
        }),
      ),
    ).toBeTruthy();
  });

  test("lenient header is pointed out", () => {
    const auth = authentication([
      badge("spf", "passed"),
      badge("dkim", "passed"),
      badge("dmarc", "passed"),
    ]);
    const field = auth.fields[0]!;
    if (field.parse.ok) field.parse.header.lenient = true;
    renderSection(auth);

    expect(screen.getByText(translate("ui.auth.lenient"))).toBeTruthy();
  });

  test("Microsoft facts appear when present", () => {
    renderSection(
      authentication(
        [
          badge("spf", "passed"),
          badge("dkim", "passed"),
          badge("dmarc", "passed"),
        ],
        {
          microsoft: {
            compauth: {
              result: "pass",
              reason: "100",
              resultKey: "auth.microsoft.compauth.result.pass",
              reasonKey: "auth.microsoft.compauth.reason.1xx",
            },
            scl: { value: 1, meaningKey: "auth.microsoft.scl.not-spam" },
            bcl: null,
            antispamFields: [
              {
                name: "SFV",
                value: "NSPM",
                meaningKey: "auth.microsoft.sfv.nspm",
              },
            ],
          },
        },
      ),
    );

    fireEvent.click(
      screen.getByRole("button", { name: translate("ui.microsoft.heading") }),
    );

    expect(screen.getByText("compauth=pass reason=100")).toBeTruthy();
    expect(
      screen.getByText(translate("auth.microsoft.scl.not-spam")),
    ).toBeTruthy();
    expect(screen.getByText("SFV:NSPM")).toBeTruthy();
    expect(screen.queryByText(translate("ui.microsoft.bcl"))).toBeNull();
  });

  test.each([
    ["100", "ui.microsoft.compauthReason.1xx"],
    ["130", "ui.microsoft.compauthReason.130"],
  ])("compauth reason %s gets its own words", (reason, key) => {
    renderSection(
      authentication([badge("dmarc", "passed")], {
        microsoft: {
          compauth: {
            result: "pass",
            reason,
            resultKey: "auth.microsoft.compauth.result.pass",
            reasonKey: "auth.microsoft.compauth.reason.1xx",
          },
          scl: null,
          bcl: null,
          antispamFields: [],
        },
      }),
    );
    fireEvent.click(
      screen.getByRole("button", { name: translate("ui.microsoft.heading") }),
    );

    expect(screen.getByText(translate(key, { reason }))).toBeTruthy();
    expect(
      screen.queryByText(translate("auth.microsoft.compauth.reason.1xx")),
    ).toBeNull();
  });
});
