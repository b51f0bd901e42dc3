import { exchange2003Scanner } from "../../../../src/core/bounce/scanners/exchange2003";
import { scanSpec } from "./build-message";

describe("exchange2003Scanner", () => {
  it("reads each recipient line and its indented reason", async () => {
    const result = await scanSpec(exchange2003Scanner, {
      from: "System Administrator <postmaster@example.net>",
      subject: "Undeliverable: plans",
      body: [
        "Your message",
        "",
        "  To:      nina@example.com",
        "  Subject: plans",
        "",
        "did not reach the following recipient(s):",
        "",
        "nina@example.com on Mon, 1 Jan 2024 10:00:00 +0000",
        "    The e-mail account does not exist at the organization",
        "\tThe MTS-ID of the original message is: c=us;a= ;p=example",
        ";l=SERVER0000000000",
        "    MSEXCH:IMS:EXAMPLE:SITE:SERVER 0 (000C05A6) Unknown Recipient",
        "olga@example.com on Mon, 1 Jan 2024 10:00:00 +0000",
        "    The recipient name is not recognized",
        "",
        "Original message follows.",
      ].join("\n"),
    });

    expect(result?.recipients.map((recipient) => recipient.address)).toEqual([
      "nina@example.com",
      "olga@example.com",
    ]);
    expect(result?.recipients[0]?.diagnostic).toContain("MSEXCH:IMS");
    expect(result?.recipients[1]?.diagnostic).toBe(
      "The recipient name is not recognized",
    );
    expect(result?.recipients[0]?.replyCode).toBeNull();
    expect(result?.recipients[0]?.status).toBeNull();
  });
});
