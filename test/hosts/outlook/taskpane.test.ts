import { createTranslator } from "../../../src/i18n";
import {
  startTaskpane,
  type TaskpaneView,
} from "../../../src/hosts/outlook/taskpane";
import type { ViewState } from "../../../src/ui/types";
import { FakeOutlook, readFixture } from "./fake-office";

const translate = createTranslator("en");
const authenticated = readFixture("authenticated.eml");
const spoofed = readFixture("spoofed.eml");
const bounce = readFixture("bounce.eml");

/**
 * The entries `describeClient` records for the default fake client, and the
 * read of the roaming settings.
 */
const clientEntries = [
  { call: "Mailbox requirement set", outcome: "ok", detail: "1.15" },
  {
    call: "mailbox.diagnostics",
    outcome: "ok",
    detail: "OutlookWebApp 20261201001.05",
  },
  { call: "roamingSettings.get", outcome: "ok" },
];

/** Starts a task pane on `outlook` and collects every view it renders. */
async function start(outlook: FakeOutlook) {
  const views: TaskpaneView[] = [];
  const controller = await startTaskpane({
    context: outlook.context,
    translate,
    render: (view) => views.push(view),
  });
  return { views, controller };
}

function latest(views: TaskpaneView[]): TaskpaneView {
  const view = views[views.length - 1];
  if (!view) {
    throw new Error("the task pane rendered nothing");
  }
  return view;
}

/** Waits until the latest view matches `predicate`; fails after two seconds. */
async function waitForView(
  views: TaskpaneView[],
  predicate: (state: ViewState) => boolean,
): Promise<TaskpaneView> {
  const deadline = Date.now() + 2000;
  while (Date.now() < deadline) {
    const view = views[views.length - 1];
    if (view && predicate(view.state)) {
      return view;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const status = views[views.length - 1]?.state.status;
  throw new Error(`no matching view; the latest status was ${status}`);
}

function subjectOf(state: ViewState): string | null {
  return state.status === "ready" ? state.analysis.message.subject : null;
}

describe("startTaskpane", () => {
  test("shows loading then the analysis", async () => {
    const outlook = new FakeOutlook();
    outlook.setItem(authenticated);

    const { views } = await start(outlook);

    expect(views[0]?.state).toEqual({ status: "loading" });
    expect(subjectOf(latest(views).state)).toBe("Quarterly figures");
  });

  test("registers the mailbox handlers", async () => {
    const outlook = new FakeOutlook();
    outlook.setItem(authenticated);

    const { views } = await start(outlook);

    expect([...outlook.handlers.keys()]).toEqual([
      "olkItemSelectedChanged",
      "olkDragAndDropEvent",
      "officeThemeChanged",
    ]);
    expect(latest(views).diagnostics).toEqual([
      ...clientEntries,
      { call: "addHandlerAsync(ItemChanged)", outcome: "ok" },
      { call: "addHandlerAsync(DragAndDropEvent)", outcome: "ok" },
      { call: "addHandlerAsync(OfficeThemeChanged)", outcome: "ok" },
      { call: "getAsFileAsync", outcome: "ok" },
    ]);
  });

  test("survives a rejected drag and drop handler", async () => {
    const outlook = new FakeOutlook();
    outlook.rejectedEvents.add("olkDragAndDropEvent");
    outlook.setItem(authenticated);

    const { views } = await start(outlook);

    expect(latest(views).diagnostics[4]).toEqual({
      call: "addHandlerAsync(DragAndDropEvent)",
      outcome: "failed",
      detail: "5001 InternalError",
    });
    expect(subjectOf(latest(views).state)).toBe("Quarterly figures");
  });

  test("skips handlers before Mailbox 1.5", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.4" });
    outlook.setItem(authenticated);

    const { views } = await start(outlook);

    expect(outlook.handlers.size).toBe(0);
    expect(latest(views).diagnostics.slice(0, 6)).toEqual([
      { call: "Mailbox requirement set", outcome: "ok", detail: "1.4" },
      clientEntries[1],
      clientEntries[2],
      { call: "addHandlerAsync(ItemChanged)", outcome: "unsupported" },
      { call: "addHandlerAsync(DragAndDropEvent)", outcome: "unsupported" },
      { call: "addHandlerAsync(OfficeThemeChanged)", outcome: "unsupported" },
    ]);
    expect(latest(views).state).toMatchObject({
      status: "error",
      messageKey: "outlook.error.unsupported",
    });
  });
});

describe("startTaskpane robustness", () => {
  test("shows an error when the item throws", async () => {
    const outlook = new FakeOutlook();
    Object.defineProperty(outlook.context.mailbox, "item", {
      get() {
        throw new TypeError("host object is gone");
      },
    });

    const { views } = await start(outlook);

    expect(latest(views).state).toEqual({
      status: "error",
      messageKey: "outlook.error.analysisFailed",
      hintKey: "outlook.error.analysisFailed.hint",
      params: { code: "TypeError" },
    });
    expect(latest(views).diagnostics).toContainEqual({
      call: "loadItem",
      outcome: "failed",
      detail: "TypeError",
    });
  });
});

describe("startTaskpane theme", () => {
  test("starts dark on a dark Office theme", async () => {
    const outlook = new FakeOutlook({ bodyBackgroundColor: "#1f1f1f" });
    outlook.setItem(authenticated);

    const { views } = await start(outlook);

    expect(views.map((view) => view.theme)).toEqual(
      views.map(() => "dark"),
    );
  });

  test("follows OfficeThemeChanged", async () => {
    const outlook = new FakeOutlook();
    outlook.setItem(authenticated);
    const { views } = await start(outlook);
    const before = latest(views);

    outlook.changeTheme("#262626");

    const after = latest(views);
    expect(before.theme).toBe("light");
    expect(after.theme).toBe("dark");
    expect(after.state).toBe(before.state);
  });

  test("ignores theme events before Mailbox 1.14", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.13" });
    outlook.setItem(authenticated);

    await start(outlook);

    expect(outlook.handlers.has("officeThemeChanged")).toBe(false);
    expect(outlook.handlers.has("olkItemSelectedChanged")).toBe(true);
  });
});

describe("startTaskpane item changes", () => {
  test("analyses the newly selected item", async () => {
    const outlook = new FakeOutlook();
    outlook.setItem(authenticated);
    const { views } = await start(outlook);
    const before = views.length;

    outlook.changeItem(spoofed);
    const view = await waitForView(
      views,
      (state) => subjectOf(state) === "Invoice overdue",
    );

    expect(views[before]?.state).toEqual({ status: "loading" });
    expect(view.state).toMatchObject({
      status: "ready",
      analysis: { authentication: { overall: "failed" } },
    });
    expect(view.diagnostics).toEqual([
      ...clientEntries,
      { call: "addHandlerAsync(ItemChanged)", outcome: "ok" },
      { call: "addHandlerAsync(DragAndDropEvent)", outcome: "ok" },
      { call: "addHandlerAsync(OfficeThemeChanged)", outcome: "ok" },
      { call: "getAsFileAsync", outcome: "ok" },
    ]);
  });

  test("shows a message when nothing is selected", async () => {
    const outlook = new FakeOutlook();
    outlook.setItem(authenticated);
    const { views } = await start(outlook);

    outlook.changeItem(null);
    const view = await waitForView(views, (state) => state.status === "error");

    expect(view.state).toMatchObject({ messageKey: "outlook.error.noItem" });
  });

  test("keeps only the last of quick changes", async () => {
    const outlook = new FakeOutlook();
    outlook.setItem(authenticated);
    const { views } = await start(outlook);

    outlook.changeItem(spoofed);
    outlook.changeItem(bounce);
    await waitForView(
      views,
      (state) => subjectOf(state) === "Undelivered Mail Returned to Sender",
    );
    await new Promise((resolve) => setTimeout(resolve, 50));

    const subjects = views.map((view) => subjectOf(view.state));
    expect(subjects).not.toContain("Invoice overdue");
    expect(subjectOf(latest(views).state)).toBe(
      "Undelivered Mail Returned to Sender",
    );
  });
});

describe("startTaskpane dropped messages", () => {
  test("analyses a dropped .eml file", async () => {
    const outlook = new FakeOutlook();
    outlook.setItem(authenticated);
    const { views } = await start(outlook);

    outlook.drop([
      {
        name: "Undelivered Mail.eml",
        type: "message/rfc822",
        fileContent: new Blob([bounce]),
      },
    ]);
    const view = await waitForView(
      views,
      (state) =>
        state.status === "ready" && state.sourceName === "Undelivered Mail.eml",
    );

    expect(view.state).toMatchObject({
      analysis: {
        bounce: { recipients: [{ address: "carol@example.com" }] },
      },
    });
  });

  test("ignores dragover events", async () => {
    const outlook = new FakeOutlook();
    outlook.setItem(authenticated);
    const { views } = await start(outlook);
    const before = views.length;

    outlook.dragOver();
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(views).toHaveLength(before);
  });

  test("reports a drop without files", async () => {
    const outlook = new FakeOutlook();
    outlook.setItem(authenticated);
    const { views } = await start(outlook);

    outlook.drop([]);
    const view = await waitForView(views, (state) => state.status === "error");

    expect(view.state).toMatchObject({ messageKey: "outlook.error.dropEmpty" });
  });

  test("reports a dropped file that is no message", async () => {
    const outlook = new FakeOutlook();
    outlook.setItem(authenticated);
    const { views } = await start(outlook);

    outlook.drop([
      { name: "empty.eml", type: "message/rfc822", fileContent: new Blob([]) },
    ]);
    const view = await waitForView(views, (state) => state.status === "error");

    expect(view.state).toEqual({
      status: "error",
      messageKey: "ui.error.parseFile",
      hintKey: "ui.error.parseFile.hint",
      params: { name: "empty.eml" },
    });
    expect(view.diagnostics[view.diagnostics.length - 1]).toEqual({
      call: "analyzeMessage",
      outcome: "failed",
      detail: "MimeParseError EEMPTY",
    });
  });
});

describe("startTaskpane pasted input", () => {
  test("accepts input during the first load", async () => {
    const outlook = new FakeOutlook();
    outlook.setItem(authenticated);
    const views: TaskpaneView[] = [];
    let pasted: Promise<void> | null = null;

    await startTaskpane({
      context: outlook.context,
      translate,
      render: (view) => views.push(view),
      onStart: (controller) => {
        pasted = controller.showInput({ kind: "text", text: spoofed });
      },
    });
    await pasted;

    expect(subjectOf(latest(views).state)).toBe("Invoice overdue");
  });

  test("analyses pasted headers", async () => {
    const outlook = new FakeOutlook();
    outlook.setItem(null);
    const { views, controller } = await start(outlook);

    await controller.showInput({ kind: "text", text: spoofed });

    const state = latest(views).state;
    expect(state).toMatchObject({
      status: "ready",
      sourceName: translate("outlook.source.pasted"),
    });
    expect(subjectOf(state)).toBe("Invoice overdue");
  });

  test("reports empty pasted text", async () => {
    const outlook = new FakeOutlook();
    outlook.setItem(authenticated);
    const { views, controller } = await start(outlook);

    await controller.showInput({ kind: "text", text: "" });

    expect(latest(views).state).toEqual({
      status: "error",
      messageKey: "ui.error.parseText",
      hintKey: "ui.error.parseText.hint",
    });
  });
});
