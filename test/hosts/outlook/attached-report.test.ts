import { createTranslator } from "../../../src/i18n";
import { loadItem } from "../../../src/hosts/outlook/load-item";
import type { AttachmentInfo } from "../../../src/hosts/outlook/office-api";
import type { DiagnosticEntry } from "../../../src/ui/types";
import { FakeOutlook, readFixture, type FakeAttachment } from "./fake-office";
import { buildMsg } from "../shared/msg-fixture";

const translate = createTranslator("en");
const forwarded = readFixture("forwarded-bounce.eml");
const bounce = readFixture("bounce.eml");
const spoofed = readFixture("spoofed.eml");
const bounceName = "Undelivered Mail Returned to Sender";

/**
 * The forward without its attached part, as a client that hands out the
 * attachment only through `getAttachmentContentAsync` leaves it. The whole
 * `forwarded` message carries the bounce inside its own MIME.
 */
const forwardNote = `${forwarded.slice(
  0,
  forwarded.indexOf("--=_forward_boundary\r\nContent-Type: message/rfc822"),
)}--=_forward_boundary--\r\n`;

function attachment(
  id: string,
  info: Partial<AttachmentInfo>,
  content: FakeAttachment["content"],
): FakeAttachment {
  return {
    info: {
      id,
      name: `${id}.eml`,
      contentType: "message/rfc822",
      attachmentType: "file",
      size: content.content.length,
      isInline: false,
      ...info,
    },
    content,
  };
}

const attachedItem = attachment(
  "item-1",
  { name: bounceName, attachmentType: "item" },
  { format: "eml", content: bounce },
);
const attachedFile = attachment(
  "file-1",
  { name: "returned.eml", contentType: "application/octet-stream" },
  { format: "base64", content: Buffer.from(bounce).toString("base64") },
);

async function load(outlook: FakeOutlook) {
  const diagnostics: DiagnosticEntry[] = [];
  const state = await loadItem(outlook.context, {
    translate,
    record: (entry) => diagnostics.push(entry),
  });
  return { state, diagnostics };
}

describe("loadItem attached reports", () => {
  test("finds a report inside the whole message", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.14" });
    outlook.setItem(forwarded, [attachedItem]);

    const { state } = await load(outlook);

    expect(state).toMatchObject({
      status: "ready",
      sourceName: translate("outlook.source.wholeMessage"),
      analysis: {
        bounceLocation: "attached",
        bounce: { recipients: [{ address: "carol@example.com" }] },
      },
    });
    expect(outlook.calls).toEqual(["getAsFileAsync"]);
  });

  test("shows a bounce attached as an item", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.14" });
    outlook.setItem(forwardNote, [attachedItem]);

    const { state, diagnostics } = await load(outlook);

    expect(state).toMatchObject({
      status: "ready",
      sourceName: translate("outlook.source.attachment", { name: bounceName }),
      analysis: {
        bounce: { recipients: [{ address: "carol@example.com" }] },
      },
    });
    expect(outlook.calls).toEqual([
      "getAsFileAsync",
      "getAttachmentContentAsync",
    ]);
    expect(diagnostics).toEqual([
      { call: "getAsFileAsync", outcome: "ok" },
      { call: "getAttachmentContentAsync", outcome: "ok" },
    ]);
  });

  test("reads a base64 .eml file on Mailbox 1.8", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.8" });
    outlook.setItem(forwardNote, [attachedFile]);

    const { state } = await load(outlook);

    expect(state).toMatchObject({
      status: "ready",
      sourceName: translate("outlook.source.attachment", {
        name: "returned.eml",
      }),
      analysis: { headersOnly: false, bounce: { messageKind: "bounce" } },
    });
  });

  test("keeps the open message for other attachments", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.14" });
    const notReport = attachment(
      "note",
      {},
      { format: "eml", content: spoofed },
    );
    outlook.setItem(forwardNote, [notReport]);

    const { state } = await load(outlook);

    expect(state).toMatchObject({
      status: "ready",
      sourceName: translate("outlook.source.wholeMessage"),
      analysis: { message: { subject: `Fwd: ${bounceName}` }, bounce: null },
    });
    expect(outlook.calls).toContain("getAttachmentContentAsync");
  });

  test("skips inline and non-message files", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.14" });
    const inline = attachment(
      "inline",
      { isInline: true },
      { format: "eml", content: bounce },
    );
    const pdf = attachment(
      "pdf",
      { name: "invoice.pdf", contentType: "application/pdf" },
      { format: "base64", content: "JVBERi0=" },
    );
    outlook.setItem(forwardNote, [inline, pdf]);

    await load(outlook);

    expect(outlook.calls).toEqual(["getAsFileAsync"]);
  });

  test("reads at most three attachments", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.14" });
    const notReports = ["a", "b", "c"].map((id) =>
      attachment(id, {}, { format: "eml", content: spoofed }),
    );
    outlook.setItem(forwardNote, [...notReports, attachedItem]);

    const { state } = await load(outlook);

    expect(
      outlook.calls.filter((call) => call === "getAttachmentContentAsync"),
    ).toHaveLength(3);
    expect(state).toMatchObject({ analysis: { bounce: null } });
  });

  test("continues past a failing attachment", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.14" });
    const missing = attachment(
      "missing",
      {},
      { format: "eml", content: bounce },
    );
    outlook.setItem(forwardNote, [missing, attachedItem]);
    const item = outlook.context.mailbox.item;
    const attachments = item?.attachments;
    if (!attachments?.[0]) {
      throw new Error("the fake item has no attachments");
    }
    attachments[0] = { ...attachments[0], id: "removed-meanwhile" };

    const { state, diagnostics } = await load(outlook);

    expect(diagnostics).toContainEqual({
      call: "getAttachmentContentAsync",
      outcome: "failed",
      detail: "9002 InvalidAttachmentId",
    });
    expect(state).toMatchObject({
      sourceName: translate("outlook.source.attachment", { name: bounceName }),
    });
  });

  test("finds a bounce when headers are missing", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.8" });
    outlook.setItem(`\r\n${forwardNote}`, [attachedItem]);

    const { state } = await load(outlook);

    expect(state).toMatchObject({
      status: "ready",
      analysis: { bounce: { messageKind: "bounce" } },
    });
  });

  test("skips attachments in unknown formats", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.14" });
    const cloud = attachment(
      "cloud",
      { attachmentType: "cloud" },
      { format: "url", content: "https://files.example.com/returned.eml" },
    );
    outlook.setItem(forwardNote, [cloud]);

    const { state, diagnostics } = await load(outlook);

    expect(state).toMatchObject({ analysis: { bounce: null } });
    expect(diagnostics).toContainEqual({
      call: "getAttachmentContentAsync",
      outcome: "failed",
      detail: "format url",
    });
  });

  test("skips malformed attachment content", async () => {
    const outlook = new FakeOutlook({ mailboxVersion: "1.14" });
    const broken = attachment("broken", {}, { format: "eml", content: "" });
    broken.content = { format: "eml", content: null as unknown as string };
    outlook.setItem(forwardNote, [broken, attachedItem]);

    const { state, diagnostics } = await load(outlook);

    expect(diagnostics).toContainEqual({
      call: "getAttachmentContentAsync",
      outcome: "failed",
      detail: "invalid value",
    });
    expect(state).toMatchObject({
      analysis: { bounce: { messageKind: "bounce" } },
    });
  });
});

describe("loadItem attached .msg files", () => {
  const headerBlock = (eml: string) => eml.slice(0, eml.indexOf("\r\n\r\n") + 4);
  const statusStart = bounce.indexOf("Reporting-MTA:");
  const deliveryStatus = bounce.slice(statusStart, bounce.indexOf("\r\n--", statusStart));

  test("finds a bounce in an attached .msg", async () => {
    const msg = buildMsg({
      headers: headerBlock(bounce).replace(/Content-Type:[^\r]*\r\n(\s[^\r]*\r\n)*/i, ""),
      body: "Delivery has failed to these recipients.",
      attachments: [
        {
          kind: "file",
          fileName: "details.txt",
          mimeTag: "message/delivery-status",
          content: deliveryStatus,
        },
      ],
    });
    const outlook = new FakeOutlook({ mailboxVersion: "1.14" });
    const attached = attachment(
      "msg-1",
      { name: "Undeliverable.msg", contentType: "application/vnd.ms-outlook" },
      { format: "base64", content: Buffer.from(msg).toString("base64") },
    );
    outlook.setItem(forwardNote, [attached]);

    const { state } = await load(outlook);

    expect(state).toMatchObject({
      status: "ready",
      sourceName: translate("outlook.source.attachment", {
        name: "Undeliverable.msg",
      }),
      analysis: {
        bounce: { recipients: [{ address: "carol@example.com", status: "5.1.1" }] },
      },
    });
  });

  test("records a damaged attached .msg", async () => {
    const damaged = buildMsg({ body: "x" }).slice(0, 700);
    const outlook = new FakeOutlook({ mailboxVersion: "1.14" });
    const attached = attachment(
      "msg-2",
      { name: "broken.msg", contentType: "application/octet-stream" },
      { format: "base64", content: Buffer.from(damaged).toString("base64") },
    );
    outlook.setItem(forwardNote, [attached]);

    const { state, diagnostics } = await load(outlook);

    expect(state).toMatchObject({
      status: "ready",
      sourceName: translate("outlook.source.wholeMessage"),
    });
    expect(diagnostics).toContainEqual({
      call: "msgToMime",
      outcome: "failed",
      detail: "unreadable",
    });
  });
});
