import {
  findInlineDeliveryStatus,
  parseAction,
  parseDeliveryStatus,
} from "../../../src/core/bounce/delivery-status";
import { parseFieldBlocks } from "../../../src/core/bounce/field-blocks";
import {
  decodeUnitext,
  decodeXtext,
  parseRecipientAddress,
} from "../../../src/core/bounce/typed-value";

describe("parseFieldBlocks", () => {
  test("splits blocks and unfolds continuation lines", () => {
    const blocks = parseFieldBlocks(
      "Reporting-MTA: dns; a.example\r\n\r\nFinal-Recipient: rfc822; b@example.org\r\nDiagnostic-Code: smtp; 550\r\n  gone\r\n",
    );
    expect(blocks).toHaveLength(2);
    expect(blocks[1]).toEqual([
      { key: "final-recipient", value: "rfc822; b@example.org" },
      { key: "diagnostic-code", value: "smtp; 550 gone" },
    ]);
  });
});

describe("typed values", () => {
  test("strips address types and brackets", () => {
    expect(parseRecipientAddress("RFC822; <a@example.org>")).toBe(
      "a@example.org",
    );
    expect(parseRecipientAddress("a@example.org")).toBe("a@example.org");
    expect(parseRecipientAddress("rfc822;")).toBeNull();
  });

  test("decodes RFC 6533 and RFC 3461 escapes", () => {
    expect(decodeUnitext("j\\x{FC}rgen")).toBe("jürgen");
    expect(decodeUnitext("bad\\x{110000}")).toBe("bad\\x{110000}");
    expect(decodeXtext("a+2Bb")).toBe("a+b");
    expect(
      parseRecipientAddress("utf-8-addr-xtext; j\\x{FC}rgen+2B1@example.org"),
    ).toBe("jürgen+1@example.org");
  });

  test("keeps plus signs in rfc822 addresses", () => {
    expect(parseRecipientAddress("rfc822; user+2B@example.org")).toBe(
      "user+2B@example.org",
    );
  });
});

describe("parseDeliveryStatus", () => {
  test("splits recipients written without a blank line", () => {
    const status = parseDeliveryStatus(
      [
        "Reporting-MTA: dns; mx.example.net",
        "",
        "Final-Recipient: rfc822; a@example.org",
        "Action: failed",
        "Status: 5.1.1",
        "Final-Recipient: rfc822; b@example.org",
        "Action: failed",
        "Status: 5.2.2",
      ].join("\n"),
    );
    expect(
      status.recipients.map((recipient) => [
        recipient.address,
        recipient.status,
      ]),
    ).toEqual([
      ["a@example.org", "5.1.1"],
      ["b@example.org", "5.2.2"],
    ]);
  });

  test("uses a status comment when there is no diagnostic", () => {
    const status = parseDeliveryStatus(
      "Final-Recipient: rfc822; a@example.org\nAction: delayed\nStatus: 4.0.0 (example.org: host name lookup failure)\n",
    );
    expect(status.recipients[0]?.diagnostic).toBe(
      "example.org: host name lookup failure",
    );
  });

  test("prefers a specific diagnostic code over a generic status", () => {
    const status = parseDeliveryStatus(
      "Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 550 5.7.1 denied\n",
    );
    expect(status.recipients[0]?.status).toBe("5.7.1");
    expect(status.recipients[0]?.replyCode).toBe("550");
  });

  test("ignores blocks without a recipient", () => {
    expect(
      parseDeliveryStatus("Action: failed\nStatus: 5.0.0\n").recipients,
    ).toEqual([]);
    expect(parseDeliveryStatus("").recipients).toEqual([]);
  });
});

describe("parseAction", () => {
  test.each([
    ["failed", "failed"],
    ["Failure", "failed"],
    ["delayed (will retry)", "delayed"],
    ["DELIVERED", "delivered"],
    ["relayed", "relayed"],
    ["expanded", "expanded"],
    ["bogus", null],
    [null, null],
  ])("%s", (value, action) => {
    expect(parseAction(value)).toBe(action);
  });
});

describe("findInlineDeliveryStatus", () => {
  test("finds fields in body text up to the returned copy", () => {
    const text =
      "Sorry.\n\nReporting-MTA: dns; a.example\n\nFinal-Recipient: rfc822; b@example.org\nAction: failed\n\nReturn-Path: <c@example.com>\nSubject: hi\n";
    const inline = findInlineDeliveryStatus(text);
    expect(inline).toContain("Final-Recipient");
    expect(inline).not.toContain("Return-Path");
  });

  test("needs a Final-Recipient", () => {
    expect(
      findInlineDeliveryStatus("Reporting-MTA: dns; a.example\n"),
    ).toBeNull();
  });
});

describe("parseRecipientAddress with stray angle brackets", () => {
  test("keeps brackets that do not enclose the value", () => {
    expect(parseRecipientAddress("rfc822; <script>x</script>@example.net")).toBe(
      "<script>x</script>@example.net",
    );
  });

  test("removes brackets that enclose the value", () => {
    expect(parseRecipientAddress("rfc822;< a@example.org >")).toBe("a@example.org");
  });
});
