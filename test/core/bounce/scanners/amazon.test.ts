import { amazonSesScanner } from "../../../../src/core/bounce/scanners/amazon-ses";
import { amazonWorkmailScanner } from "../../../../src/core/bounce/scanners/amazon-workmail";
import { scanSpec } from "./build-message";

const SNS = "SES Notifications <no-reply@sns.example.com>";

describe("amazonSesScanner", () => {
  it("reads a bounce notification", async () => {
    const notification = {
      notificationType: "Bounce",
      bounce: {
        bounceType: "Permanent",
        reportingMTA: "dsn; out.example.net",
        bouncedRecipients: [
          {
            emailAddress: "gina@example.com",
            action: "failed",
            status: "5.1.1",
            diagnosticCode: "smtp; 550 5.1.1 user unknown",
          },
        ],
      },
    };
    const result = await scanSpec(amazonSesScanner, {
      from: SNS,
      subject: "AWS Notification Message",
      body: JSON.stringify(notification),
    });

    expect(result?.provider).toBe("amazonses");
    expect(result?.recipients[0]?.address).toBe("gina@example.com");
    expect(result?.recipients[0]?.status).toBe("5.1.1");
    expect(result?.recipients[0]?.replyCode).toBe("550");
  });

  it("reads a complaint whose JSON a gateway broke with !", async () => {
    const json = JSON.stringify({
      notificationType: "Complaint",
      complaint: {
        complainedRecipients: [{ emailAddress: "hank@example.com" }],
        complaintFeedbackType: "abuse",
      },
    });
    const broken = `${json.slice(0, 40)}!\n ${json.slice(40)}`;
    const result = await scanSpec(amazonSesScanner, {
      from: SNS,
      subject: "AWS Notification Message",
      body: broken,
    });

    expect(result?.messageKind).toBe("feedback-report");
    expect(result?.feedbackType).toBe("abuse");
    expect(result?.recipients[0]?.address).toBe("hank@example.com");
    expect(result?.recipients[0]?.action).toBeNull();
  });

  it("reads a delivery notification as a success", async () => {
    const result = await scanSpec(amazonSesScanner, {
      from: SNS,
      subject: "AWS Notification Message",
      body: JSON.stringify({
        notificationType: "Delivery",
        delivery: {
          recipients: ["iris@example.com"],
          smtpResponse: "250 2.6.0 Message received",
        },
      }),
    });

    expect(result?.messageKind).toBe("delivery-success");
    expect(result?.recipients[0]?.status).toBe("2.6.0");
    expect(result?.recipients[0]?.action).toBe("delivered");
  });

  it("rejects text that is not JSON", async () => {
    const result = await scanSpec(amazonSesScanner, {
      from: SNS,
      subject: "AWS Notification Message",
      body: "notificationType { not json",
    });
    expect(result).toBeNull();
  });
});

describe("amazonWorkmailScanner", () => {
  it("prefers the quoted remote reply to the expiry code", async () => {
    const result = await scanSpec(amazonWorkmailScanner, {
      from: "MAILER-DAEMON@mail.example.net",
      subject: "Delivery Status Notification (Failure)",
      body: [
        "An error occurred while trying to deliver the mail to the following recipients:",
        "jack@example.com",
        "",
        "Technical report:",
        "",
        "Reporting-MTA: dsn; out.example.net",
        "",
        "Action: failed",
        "Final-Recipient: rfc822; jack@example.com",
        "Diagnostic-Code: smtp; 554 4.4.7 Message expired.<421 4.4.2 Connection timed out>",
        "Status: 4.4.7",
      ].join("\n"),
    });

    expect(result?.reportingMta).toBe("out.example.net");
    expect(result?.recipients[0]?.status).toBe("4.4.2");
    expect(result?.recipients[0]?.replyCode).toBe("421");
  });
});
