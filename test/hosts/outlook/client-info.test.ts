import { describeClient } from "../../../src/hosts/outlook/client-info";
import { FakeOutlook } from "./fake-office";

describe("describeClient", () => {
  test("names the highest requirement set", () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.10" });

    expect(describeClient(outlook.context)[0]).toEqual({
      call: "Mailbox requirement set",
      outcome: "ok",
      detail: "1.10",
    });
  });

  test("reports a client without Mailbox sets", () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.0" });

    expect(describeClient(outlook.context)[0]).toEqual({
      call: "Mailbox requirement set",
      outcome: "unsupported",
    });
  });

  test("reports host name and version", () => {
    const outlook = new FakeOutlook();

    expect(describeClient(outlook.context)[1]).toEqual({
      call: "mailbox.diagnostics",
      outcome: "ok",
      detail: "OutlookWebApp 20261201001.05",
    });
  });

  test("strips markup from host values", () => {
    const outlook = new FakeOutlook();
    outlook.context.mailbox.diagnostics = {
      hostName: "<img src=x onerror=alert(1)>",
      hostVersion: "16.0 (build 1234)",
    };

    expect(describeClient(outlook.context)[1]?.detail).toBe(
      "imgsrcxonerroralert1 16.0build1234",
    );
  });

  test("omits missing host details", () => {
    const outlook = new FakeOutlook();
    outlook.context.mailbox.diagnostics = undefined;

    expect(describeClient(outlook.context)).toHaveLength(1);
  });
});
