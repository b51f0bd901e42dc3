import { analyzeMessage } from "../../../src/core/analyze";
import { BackgroundController } from "../../../src/hosts/thunderbird/background-controller";
import { createTranslator } from "../../../src/i18n";
import { loadPopupState } from "../../../src/hosts/thunderbird/popup-state";
import { FakeMessenger } from "./fake-messenger";

function setUp(): FakeMessenger {
  const fake = new FakeMessenger();
  new BackgroundController(fake.api, {
    analyze: (raw, options) => analyzeMessage(raw, options),
    translate: createTranslator("en"),
  }).install();
  return fake;
}

describe("loadPopupState", () => {
  test("bounce in the active tab", async () => {
    const fake = setUp();
    fake.activeTabId = 7;
    fake.addMessage(30, "bounce.eml");
    await Promise.all(fake.display(7, [30]));

    const { view, diagnostics } = await loadPopupState(fake.api);
    if (view.status !== "ready") throw new Error(`view is ${view.status}`);
    expect(view.analysis.bounce?.recipients.map((r) => r.replyCode)).toEqual([
      "550",
      "552",
    ]);
    expect(diagnostics.map((entry) => entry.call)).toEqual(
      expect.arrayContaining(["messages.getRaw", "tabs.query", "runtime.sendMessage"]),
    );
  });

  test("no message in the tab", async () => {
    const fake = setUp();
    const { view } = await loadPopupState(fake.api);
    expect(view).toEqual({ status: "error", messageKey: "thunderbird.noMessage" });
  });

  test("no active tab", async () => {
    const fake = setUp();
    fake.activeTabId = undefined;
    const { view } = await loadPopupState(fake.api);
    expect(view).toEqual({ status: "error", messageKey: "thunderbird.noMessage" });
  });

  test("background not answering", async () => {
    const fake = new FakeMessenger();
    const { view, diagnostics } = await loadPopupState(fake.api);
    expect(view.status).toBe("error");
    expect(diagnostics).toContainEqual({
      call: "runtime.sendMessage",
      outcome: "failed",
      detail: "Error",
    });
  });

  test("malformed reply", async () => {
    const fake = new FakeMessenger();
    fake.onRuntimeMessage.addListener(async () => ({ view: "ready" }));
    const { view, diagnostics } = await loadPopupState(fake.api);
    expect(view.status).toBe("error");
    expect(diagnostics).toContainEqual({
      call: "runtime.sendMessage",
      outcome: "failed",
      detail: "unexpected reply",
    });
  });

  test("tabs.query failure", async () => {
    const fake = setUp();
    fake.api.tabs.query = async () => {
      throw new TypeError("tabs is undefined");
    };
    const { view, diagnostics } = await loadPopupState(fake.api);
    expect(view.status).toBe("error");
    expect(diagnostics).toEqual([
      { call: "tabs.query", outcome: "failed", detail: "TypeError" },
    ]);
  });
});
