import {
  readRoamingTrustedIds,
  saveRoamingTrustedIds,
  TRUSTED_IDS_SETTING,
} from "../../../src/hosts/outlook/roaming-trusted-ids";
import {
  startTaskpane,
  type TaskpaneView,
} from "../../../src/hosts/outlook/taskpane";
import { createTranslator } from "../../../src/i18n";
import type { DiagnosticEntry, ViewState } from "../../../src/ui/types";
import { FakeOutlook, readFixture } from "./fake-office";

const translate = createTranslator("en");
const relayed = readFixture("relayed.eml");

function dmarcState(state: ViewState | undefined): string | null {
  if (state?.status !== "ready") return null;
  const badge = state.analysis.authentication.badges.find(
    (candidate) => candidate.method === "dmarc",
  );
  return badge?.state ?? null;
}

async function start(outlook: FakeOutlook, adminIds: string[] = []) {
  const views: TaskpaneView[] = [];
  const controller = await startTaskpane({
    context: outlook.context,
    translate,
    analyzeOptions: { trustedAuthservIds: adminIds },
    render: (view) => views.push(view),
  });
  const latest = () => views[views.length - 1];
  return { views, controller, latest };
}

describe("readRoamingTrustedIds", () => {
  test("reads the saved ids", () => {
    const outlook = new FakeOutlook({
      roamingSettings: {
        [TRUSTED_IDS_SETTING]: ["MX.example.net", "bad id", 3, ".corp.example"],
      },
    });
    const entries: DiagnosticEntry[] = [];

    const ids = readRoamingTrustedIds(outlook.context, (entry) =>
      entries.push(entry),
    );

    expect(ids).toEqual(["mx.example.net", ".corp.example"]);
    expect(entries).toEqual([{ call: "roamingSettings.get", outcome: "ok" }]);
  });

  test("gives nothing for a malformed value", () => {
    const outlook = new FakeOutlook({
      roamingSettings: { [TRUSTED_IDS_SETTING]: "mx.example.net" },
    });

    expect(readRoamingTrustedIds(outlook.context, () => {})).toEqual([]);
  });

  test("records a client without roaming settings", () => {
    const outlook = new FakeOutlook({ roamingSettings: null });
    const entries: DiagnosticEntry[] = [];

    const ids = readRoamingTrustedIds(outlook.context, (entry) =>
      entries.push(entry),
    );

    expect(ids).toEqual([]);
    expect(entries).toEqual([
      { call: "roamingSettings.get", outcome: "unsupported" },
    ]);
  });
});

describe("saveRoamingTrustedIds", () => {
  test("sets and saves the list", async () => {
    const outlook = new FakeOutlook();

    const result = await saveRoamingTrustedIds(
      outlook.context,
      ["mx.example.net"],
      () => {},
    );

    expect(result).toEqual({ outcome: "ok", value: undefined });
    expect(outlook.savedSettings).toEqual({
      [TRUSTED_IDS_SETTING]: ["mx.example.net"],
    });
    expect(outlook.calls).toEqual([
      `roamingSettings.set ${TRUSTED_IDS_SETTING}`,
      "roamingSettings.saveAsync",
    ]);
  });

  test("removes the setting for an empty list", async () => {
    const outlook = new FakeOutlook({
      roamingSettings: { [TRUSTED_IDS_SETTING]: ["mx.example.net"] },
    });

    await saveRoamingTrustedIds(outlook.context, [], () => {});

    expect(outlook.savedSettings).toEqual({});
  });

  test("reports a failed save", async () => {
    const outlook = new FakeOutlook();
    outlook.failures.set("roamingSettings.saveAsync", {
      code: 9019,
      name: "SettingsSizeExceeded",
    });
    const entries: DiagnosticEntry[] = [];

    const result = await saveRoamingTrustedIds(
      outlook.context,
      ["mx.example.net"],
      (entry) => entries.push(entry),
    );

    expect(result).toEqual({
      outcome: "failed",
      code: "9019 SettingsSizeExceeded",
    });
    expect(outlook.savedSettings).toEqual({});
    expect(entries).toEqual([
      {
        call: "roamingSettings.saveAsync",
        outcome: "failed",
        detail: "9019 SettingsSizeExceeded",
      },
    ]);
  });
});

describe("task pane trusted ids", () => {
  test("applies ids saved before", async () => {
    const outlook = new FakeOutlook({
      roamingSettings: { [TRUSTED_IDS_SETTING]: ["mx.example.net"] },
    });
    outlook.setItem(relayed);

    const { latest } = await start(outlook);

    expect(dmarcState(latest()?.state)).toBe("passed");
    expect(latest()?.trustedIds).toEqual({
      admin: [],
      user: ["mx.example.net"],
      canSave: true,
    });
  });

  test("saving analyses the item again", async () => {
    const outlook = new FakeOutlook();
    outlook.setItem(relayed);
    const { controller, latest } = await start(outlook);
    expect(dmarcState(latest()?.state)).toBe("not-available");

    const result = await controller.saveTrustedIds(["mx.example.net"]);

    expect(result.outcome).toBe("ok");
    expect(dmarcState(latest()?.state)).toBe("passed");
    expect(latest()?.trustedIds?.user).toEqual(["mx.example.net"]);
    expect(outlook.savedSettings).toEqual({
      [TRUSTED_IDS_SETTING]: ["mx.example.net"],
    });
    expect(
      outlook.calls.filter((call) => call === "getAsFileAsync"),
    ).toHaveLength(2);
  });

  test("admin and user ids both apply", async () => {
    const outlook = new FakeOutlook({
      roamingSettings: { [TRUSTED_IDS_SETTING]: ["mx.example.net"] },
    });
    outlook.setItem(relayed);

    const { latest } = await start(outlook, ["gateway.example.net"]);
    const state = latest()?.state;

    expect(latest()?.trustedIds?.admin).toEqual(["gateway.example.net"]);
    expect(state?.status).toBe("ready");
    if (state?.status !== "ready") return;
    const trusted = state.analysis.authentication.fields.filter(
      (field) => field.trusted,
    );
    expect(trusted).toHaveLength(2);
  });

  test("a failed save keeps the analysis", async () => {
    const outlook = new FakeOutlook();
    outlook.failures.set("roamingSettings.saveAsync", {
      code: 5000,
      name: "GenericError",
    });
    outlook.setItem(relayed);
    const { controller, latest } = await start(outlook);

    const result = await controller.saveTrustedIds(["mx.example.net"]);

    expect(result.outcome).toBe("failed");
    expect(dmarcState(latest()?.state)).toBe("not-available");
    expect(latest()?.trustedIds?.user).toEqual([]);
    expect(latest()?.diagnostics).toContainEqual({
      call: "roamingSettings.saveAsync",
      outcome: "failed",
      detail: "5000 GenericError",
    });
  });

  test("saving analyses a dropped file again", async () => {
    const outlook = new FakeOutlook();
    outlook.setItem(null);
    const { controller, latest } = await start(outlook);
    await controller.showInput({
      kind: "file",
      name: "relayed.eml",
      bytes: new TextEncoder().encode(relayed),
    });
    expect(dmarcState(latest()?.state)).toBe("not-available");

    await controller.saveTrustedIds(["mx.example.net"]);

    expect(latest()?.state).toMatchObject({ sourceName: "relayed.eml" });
    expect(dmarcState(latest()?.state)).toBe("passed");
  });
});
