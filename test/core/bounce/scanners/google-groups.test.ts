import { googleGroupsScanner } from "../../../../src/core/bounce/scanners/google-groups";
import { scanSpec } from "./build-message";

describe("googleGroupsScanner", () => {
  it("takes the group from X-Failed-Recipients in any language", async () => {
    const result = await scanSpec(googleGroupsScanner, {
      from: "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
      subject: "Delivery Status Notification (Failure)",
      headers: { "X-Failed-Recipients": "team-list@example.com" },
      body: [
        "Hallo sender@example.org,",
        "die Gruppe team-list existiert vielleicht nicht.",
        "Hilfe gibt es unter https://groups.google.com/support/.",
        "Google Groups",
        "----- Original message -----",
      ].join("\n"),
    });

    expect(result?.recipients.map((recipient) => recipient.address)).toEqual([
      "team-list@example.com",
    ]);
    expect(result?.recipients[0]?.status).toBeNull();
    expect(result?.recipients[0]?.diagnostic).toContain("Gruppe");
  });

  it("rejects a Gmail notice without a Groups link", async () => {
    const result = await scanSpec(googleGroupsScanner, {
      from: "mailer-daemon@googlemail.com",
      subject: "Delivery Status Notification (Failure)",
      headers: { "X-Failed-Recipients": "x@example.com" },
      body: "Delivery to the following recipient failed permanently:\n",
    });
    expect(result).toBeNull();
  });
});
