import { googleWorkspaceScanner } from "../../../../src/core/bounce/scanners/google-workspace";
import { scanSpec } from "./build-message";

describe("googleWorkspaceScanner", () => {
  it("reads the heading layout and the response", async () => {
    const result = await scanSpec(googleWorkspaceScanner, {
      from: "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
      subject: "Delivery Status Notification (Failure)",
      body: [
        "** Address not found **",
        "",
        "Your message wasn't delivered to grace@example.com because the address",
        "could not be found.",
        "",
        "The response was:",
        "",
        "550 5.1.1 The mailbox grace@example.com does not exist here.",
      ].join("\n"),
    });

    expect(result?.recipients[0]?.address).toBe("grace@example.com");
    expect(result?.recipients[0]?.replyCode).toBe("550");
    expect(result?.recipients[0]?.status).toBe("5.1.1");
  });

  it("prefers X-Failed-Recipients and marks incomplete delivery delayed", async () => {
    const result = await scanSpec(googleWorkspaceScanner, {
      from: "mailer-daemon@googlemail.com",
      subject: "Delivery Status Notification (Delay)",
      headers: { "X-Failed-Recipients": "heidi@example.com" },
      body: [
        "** Delivery incomplete **",
        "",
        "There was a temporary problem delivering your message.",
        "",
        "The response was:",
        "",
        "421 4.7.0 try again later",
      ].join("\n"),
    });

    expect(result?.recipients[0]?.address).toBe("heidi@example.com");
    expect(result?.recipients[0]?.action).toBe("delayed");
    expect(result?.recipients[0]?.status).toBe("4.7.0");
  });
});
