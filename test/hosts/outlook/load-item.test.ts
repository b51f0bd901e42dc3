import { createTranslator } from "../../../src/i18n";
import { loadItem } from "../../../src/hosts/outlook/load-item";
import { CALL_TIMEOUT_MS } from "../../../src/hosts/outlook/mailbox";
import type { DiagnosticEntry, ViewState } from "../../../src/ui/types";
import { FakeOutlook, readFixture } from "./fake-office";

const translate = createTranslator("en");
const authenticated = readFixture("authenticated.eml");
const bounce = readFixture("bounce.eml");

async function load(outlook: FakeOutlook) {
  const diagnostics: DiagnosticEntry[] = [];
  const state = await loadItem(outlook.context, {
    translate,
    record: (entry) => diagnostics.push(entry),
  });
  return { state, diagnostics };
}

function readyAnalysis(state: ViewState) {
  if (state.status !== "ready") {
    throw new Error(`expected a ready state, got ${JSON.stringify(state)}`);
  }
  return state;
}

function badgeStates(state: ViewState) {
  return readyAnalysis(state).analysis.authentication.badges.map(
    (badge) => `${badge.method}:${badge.state}`,
  );
}

describe("loadItem whole message", () => {
  test("analyses MIME from getAsFileAsync", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.14" });
    outlook.setItem(authenticated);

    const { state, diagnostics } = await load(outlook);

    const ready = readyAnalysis(state);
    expect(ready.sourceName).toBe(translate("outlook.source.wholeMessage"));
    expect(ready.analysis.headersOnly).toBe(false);
    expect(ready.analysis.message.subject).toBe("Quarterly figures");
    expect(badgeStates(state)).toEqual([
      "spf:passed",
      "dkim:passed",
      "dmarc:passed",
    ]);
    expect(outlook.calls).toEqual(["getAsFileAsync"]);
    expect(diagnostics).toEqual([{ call: "getAsFileAsync", outcome: "ok" }]);
  });

  test("reads bounce recipients from the body", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.14" });
    outlook.setItem(bounce);

    const { state } = await load(outlook);

    const report = readyAnalysis(state).analysis.bounce;
    expect(report?.messageKind).toBe("bounce");
    expect(report?.recipients.map((recipient) => recipient.address)).toEqual([
      "carol@example.com",
    ]);
    expect(report?.recipients[0]?.status).toBe("5.1.1");
    expect(report?.recipients[0]?.replyCode).toBe("550");
  });

  test("falls back to headers when getAsFileAsync fails", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.14" });
    outlook.setItem(authenticated);
    outlook.failures.set("getAsFileAsync", {
      code: 9020,
      name: "GenericResponseError",
    });

    const { state, diagnostics } = await load(outlook);

    expect(readyAnalysis(state).analysis.headersOnly).toBe(true);
    expect(readyAnalysis(state).sourceName).toBe(
      translate("outlook.source.headers"),
    );
    expect(badgeStates(state)).toContain("dmarc:passed");
    expect(outlook.calls).toEqual([
      "getAsFileAsync",
      "getAllInternetHeadersAsync",
      "body.getAsync",
    ]);
    expect(diagnostics).toEqual([
      {
        call: "getAsFileAsync",
        outcome: "failed",
        detail: "9020 GenericResponseError",
      },
      { call: "getAllInternetHeadersAsync", outcome: "ok" },
      { call: "body.getAsync", outcome: "ok" },
    ]);
  });

  test("falls back to headers on invalid base64", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.14" });
    outlook.setItem(authenticated);
    const item = outlook.context.mailbox.item;
    if (!item) {
      throw new Error("the fake has no item");
    }
    item.getAsFileAsync = (callback) =>
      setTimeout(
        () =>
          callback({ status: "succeeded", value: "not*base64", error: null }),
        0,
      );

    const { state, diagnostics } = await load(outlook);

    expect(readyAnalysis(state).analysis.headersOnly).toBe(true);
    expect(diagnostics[0]).toEqual({
      call: "getAsFileAsync",
      outcome: "ok",
    });
    expect(diagnostics[1]).toEqual({
      call: "getAsFileAsync",
      outcome: "failed",
      detail: "invalid value",
    });
  });

  test("falls back to headers on a missing value", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.14" });
    outlook.setItem(authenticated);
    const item = outlook.context.mailbox.item;
    if (!item) {
      throw new Error("the fake has no item");
    }
    item.getAsFileAsync = (callback) =>
      setTimeout(
        () =>
          callback({
            status: "succeeded",
            value: undefined as unknown as string,
            error: null,
          }),
        0,
      );

    const { state } = await load(outlook);

    expect(readyAnalysis(state).analysis.headersOnly).toBe(true);
  });
});

describe("loadItem headers only", () => {
  test("uses getAllInternetHeadersAsync on Mailbox 1.8", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.8" });
    outlook.setItem(authenticated);

    const { state, diagnostics } = await load(outlook);

    const ready = readyAnalysis(state);
    expect(ready.analysis.headersOnly).toBe(true);
    expect(ready.analysis.message.subject).toBe("Quarterly figures");
    expect(badgeStates(state)).toEqual([
      "spf:passed",
      "dkim:passed",
      "dmarc:passed",
    ]);
    expect(ready.sourceName).toBe(translate("outlook.source.headers"));
    expect(outlook.calls).toEqual([
      "getAllInternetHeadersAsync",
      "body.getAsync",
    ]);
    expect(diagnostics).toEqual([
      { call: "getAsFileAsync", outcome: "unsupported" },
      { call: "getAllInternetHeadersAsync", outcome: "ok" },
      { call: "body.getAsync", outcome: "ok" },
    ]);
  });

  test("reads a bounce from the body text", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.8" });
    outlook.setItem(bounce);

    const { state } = await load(outlook);

    const ready = readyAnalysis(state);
    expect(ready.sourceName).toBe(translate("outlook.source.headersAndText"));
    expect(ready.analysis.message.subject).toBe(
      "Undelivered Mail Returned to Sender",
    );
    expect(ready.analysis.bounce?.recipients[0]).toMatchObject({
      address: "carol@example.com",
      status: "5.1.1",
      replyCode: "550",
    });
    expect(badgeStates(state)).toContain("spf:passed");
  });

  test("keeps headers when the body fails", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.8" });
    outlook.setItem(bounce);
    outlook.failures.set("body.getAsync", { code: 9020, name: "Generic" });

    const { state, diagnostics } = await load(outlook);

    expect(readyAnalysis(state).analysis.bounce).toBeNull();
    expect(readyAnalysis(state).sourceName).toBe(
      translate("outlook.source.headers"),
    );
    expect(diagnostics[2]).toEqual({
      call: "body.getAsync",
      outcome: "failed",
      detail: "9020 Generic",
    });
  });

  test("reports an empty header block", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.8" });
    outlook.setItem("\r\nA message without header fields.\r\n");

    const { state } = await load(outlook);

    expect(state).toEqual({
      status: "error",
      messageKey: "outlook.error.noHeaders",
      hintKey: "outlook.error.noHeaders.hint",
    });
  });
});

describe("loadItem failures", () => {
  test("reports the error code when both calls fail", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.14" });
    outlook.setItem(authenticated);
    outlook.failures.set("getAsFileAsync", { code: 9020, name: "Generic" });
    outlook.failures.set("getAllInternetHeadersAsync", {
      code: 9017,
      name: "NoValidRecipientsProvided",
    });

    const { state, diagnostics } = await load(outlook);

    expect(state).toEqual({
      status: "error",
      messageKey: "outlook.error.readFailed",
      hintKey: "outlook.error.readFailed.hint",
      params: { code: "9017 NoValidRecipientsProvided" },
    });
    expect(diagnostics.map((entry) => entry.outcome)).toEqual([
      "failed",
      "failed",
    ]);
  });

  test("reports clients older than Mailbox 1.8", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.7" });
    outlook.setItem(authenticated);

    const { state, diagnostics } = await load(outlook);

    expect(state).toMatchObject({
      status: "error",
      messageKey: "outlook.error.unsupported",
    });
    expect(outlook.calls).toEqual([]);
    expect(diagnostics).toEqual([
      { call: "getAsFileAsync", outcome: "unsupported" },
      { call: "getAllInternetHeadersAsync", outcome: "unsupported" },
    ]);
  });

  test("reports a header block that is no text", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.8" });
    outlook.setItem(authenticated);
    const item = outlook.context.mailbox.item;
    if (!item) {
      throw new Error("the fake has no item");
    }
    item.getAllInternetHeadersAsync = (callback) =>
      setTimeout(
        () =>
          callback({
            status: "succeeded",
            value: 42 as unknown as string,
            error: null,
          }),
        0,
      );

    const { state } = await load(outlook);

    expect(state).toMatchObject({
      status: "error",
      messageKey: "outlook.error.readFailed",
      params: { code: "invalid value" },
    });
  });

  test("gives up on a call that never calls back", async () => {
    jest.useFakeTimers();
    try {
      const outlook = new FakeOutlook({ mailboxVersion: "1.14" });
      outlook.setItem(authenticated);
      const item = outlook.context.mailbox.item;
      if (!item) {
        throw new Error("the fake has no item");
      }
      item.getAsFileAsync = () => undefined;

      const loading = load(outlook);
      await jest.advanceTimersByTimeAsync(CALL_TIMEOUT_MS - 1);
      expect(outlook.calls).toEqual([]);
      await jest.advanceTimersByTimeAsync(1000);
      const { state, diagnostics } = await loading;

      expect(diagnostics[0]).toEqual({
        call: "getAsFileAsync",
        outcome: "failed",
        detail: "timeout",
      });
      expect(readyAnalysis(state).analysis.headersOnly).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  test("treats an empty callback result as failed", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.8" });
    outlook.setItem(authenticated);
    const item = outlook.context.mailbox.item;
    if (!item) {
      throw new Error("the fake has no item");
    }
    item.getAllInternetHeadersAsync = (callback) =>
      setTimeout(() => callback(undefined as never), 0);

    const { state } = await load(outlook);

    expect(state).toMatchObject({
      status: "error",
      messageKey: "outlook.error.readFailed",
      params: { code: "unknown" },
    });
  });

  test("records a call that throws as failed", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.8" });
    outlook.setItem(authenticated);
    const item = outlook.context.mailbox.item;
    if (!item) {
      throw new Error("the fake has no item");
    }
    item.getAllInternetHeadersAsync = () => {
      throw new TypeError("host object went away");
    };

    const { state, diagnostics } = await load(outlook);

    expect(state).toMatchObject({
      status: "error",
      params: { code: "TypeError" },
    });
    expect(diagnostics[1]).toEqual({
      call: "getAllInternetHeadersAsync",
      outcome: "failed",
      detail: "TypeError",
    });
  });

  test("diagnostics hold no addresses or content", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.14" });
    outlook.setItem(bounce);
    outlook.failures.set("getAsFileAsync", { code: 9020, name: "Generic" });

    const { diagnostics } = await load(outlook);

    const text = JSON.stringify(diagnostics);
    expect(text).not.toMatch(/@/);
    expect(text).not.toMatch(/Undelivered|rejected/i);
  });
});

describe("loadItem without a message", () => {
  test("reports no selected item", async () => {
    const outlook = new FakeOutlook();
    outlook.setItem(null);

    const { state, diagnostics } = await load(outlook);

    expect(state).toEqual({
      status: "error",
      messageKey: "outlook.error.noItem",
      hintKey: "outlook.error.noItem.hint",
    });
    expect(outlook.calls).toEqual([]);
    expect(diagnostics).toEqual([]);
  });

  test("rejects an appointment", async () => {
    const outlook = new FakeOutlook();
    outlook.setOtherItem("appointment");

    const { state } = await load(outlook);

    expect(state).toMatchObject({
      status: "error",
      messageKey: "outlook.error.notMessage",
    });
    expect(outlook.calls).toEqual([]);
  });
});
