import { readFileSync } from "node:fs";
import path from "node:path";
import { analyzeMessage } from "../../src/core/analyze";

const bounce = readFileSync(path.join(__dirname, "../cli/fixtures/bounce.eml"), "utf8");

function forwardWith(attachment: string, contentType = "message/rfc822"): string {
  return [
    "From: alice@example.org",
    "To: helpdesk@example.org",
    "Subject: Fwd: Undelivered Mail Returned to Sender",
    'Content-Type: multipart/mixed; boundary="fwd"',
    "",
    "--fwd",
    "Content-Type: text/plain",
    "",
    "Why did this bounce?",
    "--fwd",
    `Content-Type: ${contentType}`,
    'Content-Disposition: attachment; filename="bounce.eml"',
    "",
    attachment,
    "--fwd--",
    "",
  ].join("\n");
}

describe("analyzeMessage with an attached report", () => {
  test("finds a bounce forwarded as an attachment", async () => {
    const analysis = await analyzeMessage(forwardWith(bounce));

    expect(analysis.bounceLocation).toBe("attached");
    expect(analysis.bounce?.recipients[0]?.address).toBe("nobody@example.net");
    expect(analysis.bounce?.recipients[0]?.status).toBe("5.1.1");
    expect(analysis.message.subject).toBe("Fwd: Undelivered Mail Returned to Sender");
  });

  test("finds a bounce in an .eml attachment", async () => {
    const analysis = await analyzeMessage(forwardWith(bounce, "application/octet-stream"));

    expect(analysis.bounceLocation).toBe("attached");
    expect(analysis.bounce?.format).toBe("rfc3464");
  });

  test("ignores an attached message that is no report", async () => {
    const note = "From: bob@example.org\nSubject: Lunch\n\nSee you at noon.\n";
    const analysis = await analyzeMessage(forwardWith(note));

    expect(analysis.bounce).toBeNull();
    expect(analysis.bounceLocation).toBeUndefined();
  });

  test("marks a bounce read from the message itself", async () => {
    const analysis = await analyzeMessage(bounce);

    expect(analysis.bounceLocation).toBe("message");
  });
});
