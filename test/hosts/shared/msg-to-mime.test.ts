import MsgReader from "@kenjiuno/msgreader";
import { analyzeMessage } from "../../../src/core/analyze";
import { parseMessage } from "../../../src/core/mime";
import {
  isMsgFile,
  MsgReadError,
  msgToMime,
} from "../../../src/hosts/shared/msg-to-mime";
import { readFixture } from "../outlook/fake-office";
import { buildMsg } from "./msg-fixture";

const authenticated = readFixture("authenticated.eml");
const bounce = readFixture("bounce.eml");

function headerBlock(eml: string): string {
  return eml.slice(0, eml.indexOf("\r\n\r\n") + 4);
}

function partOf(eml: string, contentType: string): string {
  const start = eml.search(new RegExp(`Content-Type: ${contentType}`, "i"));
  const body = eml.indexOf("\r\n\r\n", start) + 4;
  return eml.slice(body, eml.indexOf("\r\n--", body));
}

const decoder = new TextDecoder();

describe("msg fixture", () => {
  test("msgreader reads what buildMsg writes", () => {
    const bytes = buildMsg({
      headers: "Subject: Hi\r\n\r\n",
      body: "Hello",
      attachments: [{ kind: "file", fileName: "a.txt", content: "x" }],
    });
    const fields = new MsgReader(bytes.slice().buffer).getFileData();

    expect(fields.headers).toBe("Subject: Hi\r\n\r\n");
    expect(fields.body).toBe("Hello");
    expect(fields.attachments?.[0]?.fileName).toBe("a.txt");
  });
});

describe("isMsgFile", () => {
  test("recognises the CFB signature", () => {
    expect(isMsgFile(buildMsg({ body: "x" }))).toBe(true);
    expect(isMsgFile(new TextEncoder().encode(authenticated))).toBe(false);
    expect(isMsgFile(new Uint8Array([0xd0, 0xcf]))).toBe(false);
  });
});

describe("msgToMime", () => {
  test("keeps the transport headers for the badges", async () => {
    const msg = buildMsg({
      headers: headerBlock(authenticated),
      body: "The figures are attached.",
      subject: "Quarterly figures",
    });

    const analysis = await analyzeMessage(msgToMime(msg));

    expect(analysis.message.subject).toBe("Quarterly figures");
    expect(analysis.authentication.overall).toBe("verified");
    expect(analysis.authentication.badges.map((badge) => badge.state)).toEqual([
      "passed",
      "passed",
      "passed",
    ]);
  });

  test("carries the body text", async () => {
    const msg = buildMsg({
      headers: "Subject: Note\r\nFrom: a@example.org\r\n\r\n",
      body: "Grüße aus Kopenhagen\r\nline two",
    });

    const message = await parseMessage(msgToMime(msg));

    expect(message.text).toContain("Grüße aus Kopenhagen");
    expect(message.text).toContain("line two");
  });

  test("replaces the transport body fields", () => {
    const msg = buildMsg({
      headers:
        "Subject: Report\r\nContent-Type: multipart/alternative;\r\n boundary=\"old\"\r\nMIME-Version: 1.0\r\n\r\n",
      body: "text",
    });

    const mime = decoder.decode(msgToMime(msg));

    expect(mime).not.toContain('boundary="old"');
    expect(mime.match(/^MIME-Version:/gim)).toHaveLength(1);
    expect(mime).toMatch(/^Content-Type: multipart\/mixed;/m);
  });

  test("turns a delivery-status attachment into a bounce", async () => {
    const msg = buildMsg({
      headers: headerBlock(bounce).replace(/Content-Type:[^\r]*\r\n(\s[^\r]*\r\n)*/i, ""),
      body: "Your message could not be delivered.",
      attachments: [
        {
          kind: "file",
          fileName: "details.txt",
          mimeTag: "message/delivery-status",
          content: partOf(bounce, "message/delivery-status"),
        },
      ],
    });

    const mime = msgToMime(msg);
    const analysis = await analyzeMessage(mime);

    expect(decoder.decode(mime)).toContain(
      "Content-Type: multipart/report; report-type=delivery-status;",
    );
    expect(analysis.bounce?.messageKind).toBe("bounce");
    expect(analysis.bounce?.recipients[0]?.address).toBe("carol@example.com");
    expect(analysis.bounce?.recipients[0]?.status).toBe("5.1.1");
  });

  test("converts an attached .msg message", async () => {
    const msg = buildMsg({
      headers: "Subject: Fwd: returned mail\r\nFrom: colleague@example.org\r\n\r\n",
      body: "See the attached bounce.",
      attachments: [
        {
          kind: "message",
          displayName: "Undeliverable",
          message: {
            headers: headerBlock(bounce).replace(/Content-Type:[^\r]*\r\n(\s[^\r]*\r\n)*/i, ""),
            body: "Delivery failed.",
            attachments: [
              {
                kind: "file",
                fileName: "details.txt",
                mimeTag: "message/delivery-status",
                content: partOf(bounce, "message/delivery-status"),
              },
            ],
          },
        },
      ],
    });

    const analysis = await analyzeMessage(msgToMime(msg));

    expect(analysis.message.subject).toBe("Fwd: returned mail");
    expect(analysis.bounceLocation).toBe("attached");
    expect(analysis.bounce?.recipients[0]?.address).toBe("carol@example.com");
  });

  test("keeps an attached .eml file", async () => {
    const msg = buildMsg({
      headers: "Subject: Fwd\r\nFrom: colleague@example.org\r\n\r\n",
      body: "Forwarded.",
      attachments: [
        { kind: "file", fileName: "returned.eml", content: bounce },
        { kind: "file", fileName: "photo.png", mimeTag: "image/png", content: "PNG" },
      ],
    });

    const mime = decoder.decode(msgToMime(msg));
    const analysis = await analyzeMessage(mime);

    expect(mime).not.toContain("photo.png");
    expect(analysis.bounce?.recipients[0]?.address).toBe("carol@example.com");
  });

  test("rebuilds headers without transport headers", async () => {
    const msg = buildMsg({
      subject: "Entwurf für\r\nBcc: injected@example.org",
      senderSmtpAddress: "author@example.org",
      messageId: "<draft-1@example.org>",
      body: "Draft text",
    });

    const mime = decoder.decode(msgToMime(msg));
    const message = await parseMessage(mime);

    expect(message.subject).toBe("Entwurf für Bcc: injected@example.org");
    expect(message.messageId).toBe("<draft-1@example.org>");
    expect(message.from).toContain("author@example.org");
    expect(message.headers.some((field) => field.key === "bcc")).toBe(false);
  });

  test("rejects a file that is not a .msg", () => {
    const notCfb = new TextEncoder().encode("plain text");
    expect(() => msgToMime(notCfb)).toThrow(MsgReadError);

    const truncated = buildMsg({ body: "x" }).slice(0, 600);
    expect(() => msgToMime(truncated)).toThrow(MsgReadError);
  });

  test("rejects a CFB file without mail", () => {
    const empty = buildMsg({});
    let error: unknown;
    try {
      msgToMime(empty);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MsgReadError);
    expect((error as MsgReadError).code).toBe("notMessage");
  });
});

describe("msgToMime on damaged containers", () => {
  /** Returns a DataView on sector `id` of a CFB file with 512-byte sectors. */
  function sectorView(bytes: Uint8Array, id: number): DataView {
    return new DataView(bytes.buffer, bytes.byteOffset + (id + 1) * 512, 512);
  }

  function header(bytes: Uint8Array): DataView {
    return new DataView(bytes.buffer, bytes.byteOffset, 512);
  }

  test("rejects a sector chain that loops", () => {
    const bytes = buildMsg({ headers: "Subject: x\r\n\r\n", body: "hello" });
    const directorySector = header(bytes).getUint32(0x30, true);
    const firstFatSector = header(bytes).getUint32(0x4c, true);
    sectorView(bytes, firstFatSector).setUint32(
      directorySector * 4,
      directorySector,
      true,
    );

    expect(() => msgToMime(bytes)).toThrow(MsgReadError);
  });

  test("rejects a directory that loops", () => {
    const bytes = buildMsg({ headers: "Subject: x\r\n\r\n", body: "hello" });
    const directorySector = header(bytes).getUint32(0x30, true);
    const directory = sectorView(bytes, directorySector);
    const rootChild = directory.getUint32(76, true);
    // The root's first child names itself as its left sibling.
    directory.setUint32(rootChild * 128 + 68, rootChild, true);

    expect(() => msgToMime(bytes)).toThrow(MsgReadError);
  });

  test("rejects a stream larger than the file", () => {
    const bytes = buildMsg({ headers: "Subject: x\r\n\r\n", body: "hello" });
    const directorySector = header(bytes).getUint32(0x30, true);
    const directory = sectorView(bytes, directorySector);
    const rootChild = directory.getUint32(76, true);
    directory.setUint32(rootChild * 128 + 120, 0x7fffffff, true);

    expect(() => msgToMime(bytes)).toThrow(MsgReadError);
  });
});
