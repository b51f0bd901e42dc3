import {
  classifyRecipient,
  isHardBounce,
  reasonFromText,
} from "../../../src/core/bounce/classify";
import {
  TEXT_PATTERNS,
  TEXT_REASON_ORDER,
} from "../../../src/core/bounce/classify-patterns";
import {
  reasonFromStatus,
  STATUS_REASONS,
} from "../../../src/core/bounce/classify-status";
import type { BounceRecipient } from "../../../src/core/bounce/types";

function recipient(fields: Partial<BounceRecipient>): BounceRecipient {
  return {
    address: "user@example.org",
    originalRecipient: null,
    action: "failed",
    status: null,
    replyCode: null,
    diagnostic: null,
    remoteMta: null,
    lastAttemptDate: null,
    willRetryUntil: null,
    reason: null,
    hardBounce: null,
    ...fields,
  };
}

describe("reasonFromText", () => {
  test.each([
    [
      "550 5.1.1 <a@example.org>: Recipient address rejected: User unknown",
      "userunknown",
    ],
    ["552 5.2.2 Mailbox full", "mailboxfull"],
    [
      "452 4.2.2 The email account that you tried to reach is over quota",
      "mailboxfull",
    ],
    [
      "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
      "blocked",
    ],
    ["550 5.7.1 Message content rejected as spam", "spamdetected"],
    [
      "550 5.7.26 Unauthenticated email from example.com is not accepted due to DMARC policy",
      "authfailure",
    ],
    ["421 4.7.0 Too many connections from your IP, slow down", "ratelimited"],
    ["550 5.7.1 Relaying denied", "norelaying"],
    [
      "Host or domain name not found. Name service error for name=example.org type=A: Host not found",
      "hostunknown",
    ],
    [
      "connect to mx.example.org[192.0.2.5]:25: No route to host",
      "networkerror",
    ],
    [
      "550 5.7.25 The IP address sending this message does not have a PTR record",
      "requireptr",
    ],
    [
      "552 5.3.4 Message size exceeds fixed maximum message size",
      "emailtoolarge",
    ],
    ["554 5.7.0 Virus found in attachment", "virusdetected"],
    ["530 5.7.0 Must issue a STARTTLS command first", "failedstarttls"],
    [
      "550-5.7.1 Messages with multiple\n550-5.7.1 addresses in From: header are not accepted.",
      "notcompliantrfc",
    ],
    [
      "550 5.2.1 The email account that you tried to reach is disabled",
      "suspend",
    ],
    ["550 Bad SPF records for [example.org:192.0.2.2]", "authfailure"],
    ["550 5.7.1 This message is not RFC 5322 compliant.", "notcompliantrfc"],
    ["503 Improper sequence of commands", "syntaxerror"],
    [
      "550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain",
      "hostunknown",
    ],
    [
      "451 4.7.322 certificate-expired: Destination certificate is expired",
      "failedstarttls",
    ],
    ["550 5.7.133 Sender not authenticated for group", "securityerror"],
    ["550 5.7.708 Access denied, traffic not accepted from this IP", "blocked"],
    [
      "432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded",
      "ratelimited",
    ],
    ["500 Remote server does not support TLS (state 6).", "failedstarttls"],
    [
      "Rejected due to spam classification. * Set up SPF records for your domain.",
      "spamdetected",
    ],
    ["550 Insecure Mail Relay", "norelaying"],
    [
      "501 <a@example.org>... no access from mail server [192.0.2.55] which is an open relay.",
      "blocked",
    ],
    [
      '"Sorry, you are sending to/from an address that has been blacklisted"',
      "rejected",
    ],
    ["550 Your email address has been blacklisted", "rejected"],
    ["554 5.7.0 Header error", "contenterror"],
    ["Unable to deliver message after multiple retries, giving up.", "expired"],
    [
      "Error, ERROR_CODE :421, ERROR_CODE :, Host not reachable.",
      "networkerror",
    ],
    [
      "550 'a@example.org' is not a registered gateway user",
      "userunknown",
    ],
    [
      "554 email rejected due to security policies - MCSpamSignature.sa.2.2",
      "spamdetected",
    ],
    [
      "The settings for your 'Send mail as' account are misconfigured or out of date. https://support.google.com/mail/?p=CustomFromDenied",
      "rejected",
    ],
  ])("%s", (text, reason) => {
    expect(reasonFromText(text)).toBe(reason);
  });

  test("hedged blocklist text has no reason", () => {
    expect(
      reasonFromText(
        "The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.",
      ),
    ).toBeNull();
  });

  test("text without a known phrase has no reason", () => {
    expect(reasonFromText("550 something odd happened")).toBeNull();
    expect(reasonFromText("   ")).toBeNull();
    expect(reasonFromText("Final-Recipient: RFC822; a@example.org")).toBeNull();
  });

  test("hostile input does not throw", () => {
    const hostile = `${"a ".repeat(50_000)}${"user ".repeat(20_000)}!`;
    expect(() => reasonFromText(hostile)).not.toThrow();
  });
});

describe("classifyRecipient", () => {
  test("specific status wins over text", () => {
    const reason = classifyRecipient(
      recipient({ status: "5.2.2", diagnostic: "550 User unknown" }),
    );
    expect(reason).toBe("mailboxfull");
  });

  test("text wins over a loose status", () => {
    const reason = classifyRecipient(
      recipient({
        status: "5.1.1",
        diagnostic: "550 5.1.1 Mailbox quota exceeded",
      }),
    );
    expect(reason).toBe("mailboxfull");
  });

  test("context text is used without a diagnostic", () => {
    const reason = classifyRecipient(
      recipient({}),
      "The recipient's mailbox is full.",
    );
    expect(reason).toBe("mailboxfull");
  });

  test("delay without detail is expired", () => {
    expect(
      classifyRecipient(recipient({ action: "delayed", status: "4.0.0" })),
    ).toBe("expired");
  });

  test("success actions are delivered", () => {
    expect(classifyRecipient(recipient({ action: "relayed" }))).toBe(
      "delivered",
    );
  });

  test("unknown address at DATA is filtered", () => {
    const reason = classifyRecipient(
      recipient({
        status: "5.0.0",
        diagnostic: "550 : User unknown (in reply to end of DATA command)",
      }),
    );
    expect(reason).toBe("filtered");
  });

  test("X.1.1 at DATA stays userunknown", () => {
    const reason = classifyRecipient(
      recipient({
        status: "5.1.1",
        diagnostic: "550 5.1.1 User unknown (in reply to end of DATA command)",
      }),
    );
    expect(reason).toBe("userunknown");
  });

  test("Yahoo unknown account at DATA stays userunknown", () => {
    const reason = classifyRecipient(
      recipient({
        status: "5.0.0",
        diagnostic:
          "554 delivery error: dd This user doesn't have a yahoo.com account (a@yahoo.com) [0] - mta1061.mail.ne1.yahoo.com",
        smtpCommand: "DATA",
      }),
    );
    expect(reason).toBe("userunknown");
  });

  test("unknown user at DATA elsewhere is filtered", () => {
    const reason = classifyRecipient(
      recipient({
        status: "5.0.0",
        diagnostic: "550 Unknown user a@example.org",
        smtpCommand: "DATA",
      }),
    );
    expect(reason).toBe("filtered");
  });

  test("refusal without cause at HELO is blocked", () => {
    const reason = classifyRecipient(
      recipient({
        status: "5.0.0",
        replyCode: "550",
        diagnostic: "550 Rejected",
        smtpCommand: "HELO",
      }),
    );
    expect(reason).toBe("blocked");
  });

  test("refusal without cause at RCPT stays onhold", () => {
    const reason = classifyRecipient(
      recipient({
        status: "5.0.0",
        replyCode: "550",
        diagnostic: "550 Rejected",
        smtpCommand: "RCPT",
      }),
    );
    expect(reason).toBe("onhold");
  });

  test("Spectrum AUP#In-1310 is a rate limit", () => {
    const reason = classifyRecipient(
      recipient({
        status: "5.1.0",
        replyCode: "550",
        diagnostic:
          "550 5.1.0 <a@example.org> sender rejected. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1310",
      }),
    );
    expect(reason).toBe("ratelimited");
  });

  test("reply code 556 means notaccept", () => {
    const reason = classifyRecipient(
      recipient({ replyCode: "556", diagnostic: "556 no" }),
    );
    expect(reason).toBe("notaccept");
  });

  test("Gmail X.7.30 is a DKIM failure", () => {
    const reason = classifyRecipient(
      recipient({
        status: "5.7.30",
        diagnostic: "550 5.7.30 Your email has been blocked. abc123 - gsmtp",
      }),
    );
    expect(reason).toBe("authfailure");
  });

  test("IANA X.7.30 is a TLS requirement", () => {
    const reason = classifyRecipient(
      recipient({ status: "5.7.30", diagnostic: "550 5.7.30 blocked" }),
    );
    expect(reason).toBe("failedstarttls");
  });

  test("Gmail X.7.23 is a missing PTR", () => {
    const reason = classifyRecipient(
      recipient({
        status: "4.7.23",
        diagnostic: "421 4.7.23 Try again later. abc123 - gsmtp",
      }),
    );
    expect(reason).toBe("requireptr");
  });

  test("scanner reason is kept", () => {
    expect(classifyRecipient(recipient({ reason: "suppressed" }))).toBe(
      "suppressed",
    );
  });

  test("no evidence at all is undefined", () => {
    expect(classifyRecipient(recipient({}))).toBe("undefined");
  });

  test("unreadable evidence is onhold", () => {
    expect(classifyRecipient(recipient({ diagnostic: "550 nope" }))).toBe(
      "onhold",
    );
  });
});

describe("tables", () => {
  test("status table is sorted and unique", () => {
    const codes = STATUS_REASONS.map((entry) => entry.subjectDetail);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
  });

  test("pattern table is sorted by reason", () => {
    const reasons = TEXT_PATTERNS.map((entry) => entry.reason);
    expect(reasons).toEqual([...reasons].sort());
  });

  test("every pattern reason is in the order", () => {
    for (const entry of TEXT_PATTERNS) {
      expect(TEXT_REASON_ORDER).toContain(entry.reason);
    }
    expect(TEXT_REASON_ORDER).toHaveLength(TEXT_PATTERNS.length);
  });

  test("status codes map by subject and detail", () => {
    expect(reasonFromStatus("5.1.1")).toBe("userunknown");
    expect(reasonFromStatus("4.2.2")).toBe("mailboxfull");
    expect(reasonFromStatus("5.7.1")).toBeNull();
    expect(reasonFromStatus(null)).toBeNull();
  });

  test("hard bounces are permanent address problems", () => {
    expect(isHardBounce("userunknown")).toBe(true);
    expect(isHardBounce("hostunknown")).toBe(true);
    expect(isHardBounce("mailboxfull")).toBe(false);
    expect(isHardBounce("vacation")).toBe(false);
  });
});
