import { REASON_ACTORS } from "../../../src/core/bounce";
import { SMTP_COMMANDS } from "../../../src/core/bounce/smtp-command";
import { bounceMessages } from "../../../src/i18n/en/bounce";

const reasons = Object.keys(REASON_ACTORS);

describe("bounce catalog", () => {
  test.each(reasons)("%s has a title and explanation", (reason) => {
    expect(bounceMessages[`bounce.reason.${reason}.title`]).toBeTruthy();
    expect(bounceMessages[`bounce.reason.${reason}.explanation`]).toBeTruthy();
  });

  test.each(["bounce", "delivery-success", "auto-reply", "feedback-report"])(
    "kind %s has words",
    (kind) => {
      expect(bounceMessages[`bounce.kind.${kind}`]).toBeTruthy();
    },
  );

  test.each([...new Set(Object.values(REASON_ACTORS))])(
    "actor %s has words",
    (actor) => {
      expect(bounceMessages[`bounce.actor.${actor}`]).toBeTruthy();
    },
  );

  test.each([...SMTP_COMMANDS])("SMTP command %s has words", (command) => {
    expect(bounceMessages[`bounce.smtpCommand.${command}`]).toBeTruthy();
  });

  test("every reason key names a known reason", () => {
    const keyed = Object.keys(bounceMessages)
      .filter((key) => key.startsWith("bounce.reason."))
      .map((key) => key.split(".")[2]);
    for (const reason of keyed) {
      expect(reasons).toContain(reason);
    }
  });
});
