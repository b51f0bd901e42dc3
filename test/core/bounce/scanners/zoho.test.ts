import { zohoScanner } from "../../../../src/core/bounce/scanners/zoho";
import { scanSpec } from "./build-message";

describe("zohoScanner", () => {
  it("reads ERROR_CODE lines", async () => {
    const result = await scanSpec(zohoScanner, {
      from: "mailer-daemon@mail.zoho.com",
      subject: "Undelivered Mail Returned to Sender",
      body: [
        "This message was created automatically by mail delivery software.",
        "",
        "ivan@example.com Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 unknown mailbox",
        "judy@example.com Error, ERROR_CODE :452, ERROR_CODE :4.2.2 over quota",
      ].join("\n"),
    });

    expect(result?.provider).toBe("zoho");
    expect(result?.recipients.map((recipient) => recipient.address)).toEqual([
      "ivan@example.com",
      "judy@example.com",
    ]);
    expect(result?.recipients[0]?.replyCode).toBe("550");
    expect(result?.recipients[0]?.status).toBe("5.1.1");
    expect(result?.recipients[1]?.replyCode).toBe("452");
  });

  it("reads the bracketed status line of a delay", async () => {
    const result = await scanSpec(zohoScanner, {
      from: "mailer-daemon@mail.zoho.com",
      subject: "Mail Delivery Status Notification (Delay)",
      body: "[Status: Error, Address: <kim@example.com>, ResponseCode 421, , Host not reachable.]\n",
    });

    expect(result?.recipients[0]?.address).toBe("kim@example.com");
    expect(result?.recipients[0]?.replyCode).toBe("421");
    expect(result?.recipients[0]?.action).toBe("delayed");
  });
});
