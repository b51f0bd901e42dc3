import { analyzeMessage } from "../../../src/core/analyze";
import { BackgroundController } from "../../../src/hosts/thunderbird/background-controller";
import { createTranslator } from "../../../src/i18n";
import type { TabState } from "../../../src/hosts/thunderbird/tab-state";
import { TRUSTED_IDS_STORAGE_KEY } from "../../../src/hosts/thunderbird/trusted-ids";
import { FakeMessenger, readFixture } from "./fake-messenger";

const translate = createTranslator("en");
/** Text that looks like a catalog key, which means a translation is missing. */
const UNTRANSLATED_KEY = /\b(?:ui|auth|bounce|codes|thunderbird)\.[a-z][\w-]*\.[\w.-]+/;

function setUp(): { fake: FakeMessenger; controller: BackgroundController } {
  const fake = new FakeMessenger();
  const controller = new BackgroundController(fake.api, {
    analyze: (raw, options) => analyzeMessage(raw, options),
    translate,
  });
  controller.install();
  return { fake, controller };
}

/** Displays one fixture in a tab and waits for the add-on to finish with it. */
async function displayFixture(
  fake: FakeMessenger,
  tabId: number,
  messageId: number,
  fileName: string,
): Promise<TabState> {
  fake.addMessage(messageId, fileName);
  const [result] = fake.display(tabId, [messageId]);
  return (await result) as TabState;
}

function readyAnalysis(state: TabState) {
  if (state.view?.status !== "ready") {
    throw new Error(`expected a ready view, got ${JSON.stringify(state.view)}`);
  }
  return state.view.analysis;
}

describe("BackgroundController badge", () => {
  test("bounce shows NDR with codes", async () => {
    const { fake } = setUp();
    const state = await displayFixture(fake, 3, 30, "bounce.eml");

    const button = fake.buttons.get(3);
    expect(button?.text).toBe("NDR");
    expect(button?.color).toBe("#c62828");
    expect(button?.title).toContain(translate("ui.bounce.heading.bounce"));
    expect(button?.title).toContain("5.1.1 (550)");
    expect(button?.title).toContain("5.2.2 (552)");
    expect(button?.title).not.toMatch(UNTRANSLATED_KEY);
    expect(readyAnalysis(state).bounce?.recipients).toHaveLength(2);
  });

  test("authenticated message shows OK", async () => {
    const { fake } = setUp();
    await displayFixture(fake, 1, 10, "authenticated.eml");

    const button = fake.buttons.get(1);
    expect(button?.text).toBe("OK");
    expect(button?.color).toBe("#2e7d32");
    expect(button?.title).toContain(translate("auth.overall.verified.title"));
    expect(button?.title).toContain(translate("auth.badge.spf.passed"));
    expect(button?.title).toContain(translate("auth.badge.dmarc.passed"));
    expect(button?.title).not.toMatch(UNTRANSLATED_KEY);
  });

  test("failed DMARC shows an exclamation mark", async () => {
    const { fake } = setUp();
    await displayFixture(fake, 1, 11, "dmarc-fail.eml");

    expect(fake.buttons.get(1)?.text).toBe("!");
    expect(fake.buttons.get(1)?.color).toBe("#c62828");
    expect(fake.buttons.get(1)?.title).toContain(
      translate("auth.overall.failed.title"),
    );
  });

  test("message without results shows a dash", async () => {
    const { fake } = setUp();
    await displayFixture(fake, 1, 12, "no-auth.eml");

    expect(fake.buttons.get(1)?.text).toBe("-");
    expect(fake.buttons.get(1)?.title).toContain(
      translate("auth.overall.not-checked.title"),
    );
  });

  test("delay notice shows DLY", async () => {
    const { fake } = setUp();
    await displayFixture(fake, 1, 13, "delayed.eml");

    const button = fake.buttons.get(1);
    expect(button?.text).toBe("DLY");
    expect(button?.color).toBe("#b26a00");
    expect(button?.title).toContain(translate("ui.bounce.heading.delayed"));
    expect(button?.title).toContain("4.4.1 (421)");
  });

  test("badges are set per tab", async () => {
    const { fake } = setUp();
    await displayFixture(fake, 1, 10, "authenticated.eml");
    await displayFixture(fake, 2, 30, "bounce.eml");

    expect(fake.buttons.get(1)?.text).toBe("OK");
    expect(fake.buttons.get(2)?.text).toBe("NDR");
  });
});

describe("BackgroundController trusted authserv-ids", () => {
  test("stored ids reach analyzeMessage", async () => {
    const { fake } = setUp();
    fake.storageData[TRUSTED_IDS_STORAGE_KEY] = [".corp.example"];
    const state = await displayFixture(fake, 1, 20, "internal-relay.eml");

    expect(readyAnalysis(state).authentication.overall).toBe("verified");
    expect(fake.buttons.get(1)?.text).toBe("OK");
  });

  test("without ids only the topmost header counts", async () => {
    const { fake } = setUp();
    const state = await displayFixture(fake, 1, 20, "internal-relay.eml");

    expect(readyAnalysis(state).authentication.overall).not.toBe("verified");
    expect(fake.buttons.get(1)?.text).not.toBe("OK");
  });

  test("changing the ids analyses again", async () => {
    const { fake, controller } = setUp();
    await displayFixture(fake, 1, 20, "internal-relay.eml");
    expect(fake.buttons.get(1)?.text).not.toBe("OK");

    await fake.api.storage.local.set({
      [TRUSTED_IDS_STORAGE_KEY]: [".corp.example"],
    });
    const state = await controller.getTabState(1);

    expect(readyAnalysis(state).authentication.overall).toBe("verified");
    expect(fake.buttons.get(1)?.text).toBe("OK");
  });

  test("change during analysis restarts it", async () => {
    const { fake, controller } = setUp();
    fake.addMessage(20, "internal-relay.eml");
    let releaseFirstRead: () => void = () => undefined;
    const firstRead = new Promise<void>((resolve) => {
      releaseFirstRead = resolve;
    });
    let reads = 0;
    fake.rawServer = async (messageId) => {
      reads++;
      if (reads === 1) await firstRead;
      return new Blob([readFixture(fake.messageFiles.get(messageId) as string)]);
    };

    const [first] = fake.display(1, [20]);
    await fake.api.storage.local.set({
      [TRUSTED_IDS_STORAGE_KEY]: [".corp.example"],
    });
    releaseFirstRead();
    await first;
    const state = await controller.getTabState(1);

    expect(reads).toBe(2);
    expect(readyAnalysis(state).authentication.overall).toBe("verified");
    expect(fake.buttons.get(1)?.text).toBe("OK");
  });

  test("malformed stored value is ignored", async () => {
    const { fake } = setUp();
    fake.storageData[TRUSTED_IDS_STORAGE_KEY] = "corp.example";
    const state = await displayFixture(fake, 1, 10, "authenticated.eml");

    expect(readyAnalysis(state).authentication.overall).toBe("verified");
  });
});

describe("BackgroundController failures", () => {
  test("getRaw failure shows ERR and a diagnostic", async () => {
    const { fake } = setUp();
    fake.rawServer = async () => {
      throw new Error("Message not available offline.");
    };
    const state = await displayFixture(fake, 1, 40, "bounce.eml");

    expect(fake.buttons.get(1)?.text).toBe("ERR");
    expect(fake.buttons.get(1)?.title).toContain(translate("ui.error.title"));
    expect(state.view).toEqual({
      status: "error",
      messageKey: "ui.error.generic",
      hintKey: "ui.error.generic.hint",
    });
    expect(state.diagnostics).toContainEqual({
      call: "messages.getRaw",
      outcome: "failed",
      detail: "Error: Message not available offline.",
    });
  });

  test("empty message gives an error, not a crash", async () => {
    const { fake } = setUp();
    fake.rawServer = async () => new Blob([]);
    const state = await displayFixture(fake, 1, 41, "bounce.eml");

    expect(state.view?.status).toBe("error");
    expect(fake.buttons.get(1)?.text).toBe("ERR");
    const analyzeEntry = state.diagnostics.find(
      (entry) => entry.call === "analyzeMessage",
    );
    expect(analyzeEntry?.outcome).toBe("failed");
    // Only the error's name is kept, so no message text reaches the popup.
    expect(analyzeEntry?.detail).toMatch(/^\w+$/);
  });

  test("binary junk still yields a state", async () => {
    const { fake } = setUp();
    const junk = new Uint8Array(4096).map((_, index) => (index * 37) % 256);
    fake.rawServer = async () => new Blob([junk]);
    const state = await displayFixture(fake, 1, 42, "bounce.eml");

    expect(["ready", "error"]).toContain(state.view?.status);
    expect(fake.buttons.get(1)?.text).toMatch(/^(OK|!|\?|-|ERR|NDR|DLY|DSN|AUTO|ARF)$/);
  });

  test("failing badge call is recorded", async () => {
    const { fake } = setUp();
    fake.api.messageDisplayAction.setTitle = async () => {
      throw new Error("Invalid tab ID: 1");
    };
    const state = await displayFixture(fake, 1, 10, "authenticated.eml");

    expect(fake.buttons.get(1)?.text).toBe("OK");
    expect(state.diagnostics).toContainEqual({
      call: "messageDisplayAction.setTitle",
      outcome: "failed",
      detail: "Error: Invalid tab ID: 1",
    });
  });
});

describe("BackgroundController displayed messages", () => {
  test("several messages clear the badge", async () => {
    const { fake } = setUp();
    await displayFixture(fake, 1, 10, "authenticated.eml");
    fake.addMessage(30, "bounce.eml");
    const [result] = fake.display(1, [10, 30]);
    const state = (await result) as TabState;

    expect(state.view).toBeNull();
    expect(fake.buttons.get(1)?.text).toBe("");
    expect(fake.buttons.get(1)?.title).toBeNull();
    expect(fake.calls).not.toContain("messages.getRaw 30");
  });

  test("Manifest V2 array and binary string work", async () => {
    const { fake, controller } = setUp();
    fake.addMessage(30, "bounce.eml");
    fake.rawServer = async (messageId) => {
      const bytes = readFixture(fake.messageFiles.get(messageId) as string);
      return String.fromCharCode(...bytes);
    };
    const state = await controller.handleMessagesDisplayed({ id: 5 }, [
      { id: 30 },
    ]);

    expect(state).not.toBeNull();
    expect(readyAnalysis(state as TabState).bounce?.messageKind).toBe("bounce");
    expect(fake.buttons.get(5)?.text).toBe("NDR");
  });

  test("tab without id is ignored", async () => {
    const { fake, controller } = setUp();
    const state = await controller.handleMessagesDisplayed({}, { messages: [] });

    expect(state).toBeNull();
    expect(fake.buttons.size).toBe(0);
  });

  test("older analysis does not overwrite newer", async () => {
    const { fake } = setUp();
    fake.addMessage(30, "bounce.eml");
    fake.addMessage(10, "authenticated.eml");
    let releaseBounce: () => void = () => undefined;
    const bounceGate = new Promise<void>((resolve) => {
      releaseBounce = resolve;
    });
    fake.rawServer = async (messageId) => {
      if (messageId === 30) await bounceGate;
      return new Blob([readFixture(fake.messageFiles.get(messageId) as string)]);
    };

    const [first] = fake.display(1, [30]);
    const [second] = fake.display(1, [10]);
    await second;
    releaseBounce();
    await first;

    expect(fake.buttons.get(1)?.text).toBe("OK");
  });

  test("popup during a switch gets the newer", async () => {
    const { fake, controller } = setUp();
    fake.addMessage(30, "bounce.eml");
    fake.addMessage(10, "authenticated.eml");
    let releaseBounce: () => void = () => undefined;
    const bounceGate = new Promise<void>((resolve) => {
      releaseBounce = resolve;
    });
    fake.rawServer = async (messageId) => {
      if (messageId === 30) await bounceGate;
      return new Blob([readFixture(fake.messageFiles.get(messageId) as string)]);
    };

    fake.display(1, [30]);
    const popupRequest = controller.getTabState(1);
    const [second] = fake.display(1, [10]);
    releaseBounce();
    await second;
    const state = await popupRequest;

    expect(state.messageId).toBe(10);
    expect(readyAnalysis(state).authentication.overall).toBe("verified");
  });

  test("closed tab is forgotten", async () => {
    const { fake, controller } = setUp();
    await displayFixture(fake, 1, 10, "authenticated.eml");
    fake.onTabRemoved.fire(1);
    fake.displayedIds.delete(1);

    const state = await controller.getTabState(1);
    expect(state.view).toBeNull();
    expect(fake.calls).toContain("messageDisplay.getDisplayedMessage 1");
  });
});

describe("BackgroundController popup requests", () => {
  test("cached state answers the request", async () => {
    const { fake } = setUp();
    await displayFixture(fake, 1, 30, "bounce.eml");
    const reply = (await fake.api.runtime.sendMessage({
      type: "mail-diagnostics:get-tab-state",
      tabId: 1,
    })) as TabState;

    expect(readyAnalysis(reply).bounce?.recipients.map((r) => r.status)).toEqual([
      "5.1.1",
      "5.2.2",
    ]);
    expect(fake.calls.filter((call) => call.startsWith("messages.getRaw"))).toHaveLength(1);
  });

  test("restarted background analyses again", async () => {
    const { fake } = setUp();
    fake.addMessage(10, "authenticated.eml");
    fake.displayedIds.set(4, [10]);
    const reply = (await fake.api.runtime.sendMessage({
      type: "mail-diagnostics:get-tab-state",
      tabId: 4,
    })) as TabState;

    expect(readyAnalysis(reply).authentication.overall).toBe("verified");
    expect(fake.buttons.get(4)?.text).toBe("OK");
    expect(reply.diagnostics.map((entry) => entry.call)).toEqual(
      expect.arrayContaining([
        "messageDisplay.getDisplayedMessage",
        "storage.local.get",
        "messages.getRaw",
        "analyzeMessage",
      ]),
    );
  });

  test("other runtime messages get no reply", async () => {
    const { fake } = setUp();
    await expect(
      fake.api.runtime.sendMessage({ type: "something-else" }),
    ).rejects.toThrow("Receiving end does not exist");
    await expect(
      fake.api.runtime.sendMessage({
        type: "mail-diagnostics:get-tab-state",
        tabId: "1",
      }),
    ).rejects.toThrow("Receiving end does not exist");
  });
});
