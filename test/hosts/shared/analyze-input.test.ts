import { analyzeInput } from "../../../src/hosts/shared/analyze-input";
import { MAX_INPUT_BYTES } from "../../../src/ui/readFileBytes";
import { readFixture } from "../outlook/fake-office";
import { buildMsg } from "./msg-fixture";

const authenticated = readFixture("authenticated.eml");
const options = { pastedName: "Pasted text" };

function file(name: string, bytes: Uint8Array | string) {
  return {
    kind: "file" as const,
    name,
    bytes: typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes,
  };
}

function headerBlock(eml: string): string {
  return eml.slice(0, eml.indexOf("\r\n\r\n") + 4);
}

describe("analyzeInput", () => {
  test("analyses an .eml file", async () => {
    const result = await analyzeInput(file("a.eml", authenticated), options);

    expect(result.state).toMatchObject({
      status: "ready",
      sourceName: "a.eml",
      analysis: { message: { subject: "Quarterly figures" } },
    });
    expect(result.diagnostic).toEqual({ call: "analyzeMessage", outcome: "ok" });
  });

  test("analyses a .msg file by content", async () => {
    const msg = buildMsg({
      headers: headerBlock(authenticated),
      body: "Figures attached.",
    });

    const result = await analyzeInput(file("saved.eml", msg), options);

    expect(result.state).toMatchObject({
      status: "ready",
      sourceName: "saved.eml",
      analysis: { authentication: { overall: "verified" } },
    });
    expect(result.diagnostic).toEqual({
      call: "analyzeMessage",
      outcome: "ok",
      detail: "converted from .msg",
    });
  });

  test("analyses pasted headers", async () => {
    const result = await analyzeInput(
      { kind: "text", text: `\n\n${headerBlock(authenticated)}` },
      options,
    );

    expect(result.state).toMatchObject({
      status: "ready",
      sourceName: "Pasted text",
    });
  });

  test("rejects pasted prose", async () => {
    const result = await analyzeInput(
      { kind: "text", text: "Hello, could you check this mail?" },
      options,
    );

    expect(result.state).toEqual({
      status: "error",
      messageKey: "ui.error.parseText",
      hintKey: "ui.error.parseText.hint",
    });
    expect(result.diagnostic.detail).toBe("no headers");
  });

  test("names a damaged .msg file", async () => {
    const damaged = buildMsg({ body: "x" }).slice(0, 700);

    const result = await analyzeInput(file("broken.msg", damaged), options);

    expect(result.state).toEqual({
      status: "error",
      messageKey: "outlook.error.msgUnreadable",
      hintKey: "outlook.error.msgUnreadable.hint",
      params: { name: "broken.msg" },
    });
    expect(result.diagnostic).toEqual({
      call: "msgToMime",
      outcome: "failed",
      detail: "MsgReadError unreadable",
    });
  });

  test("tells an Office file without mail", async () => {
    const result = await analyzeInput(file("old.doc", buildMsg({})), options);

    expect(result.state).toMatchObject({
      messageKey: "outlook.error.msgNotMessage",
      params: { name: "old.doc" },
    });
  });

  test("rejects a file over the limit", async () => {
    const big = new Uint8Array(MAX_INPUT_BYTES + 1);

    const result = await analyzeInput(file("huge.eml", big), options);

    expect(result.state).toMatchObject({
      status: "error",
      messageKey: "ui.error.tooLarge",
      params: { name: "huge.eml", limit: MAX_INPUT_BYTES / 1024 / 1024 },
    });
  });
});
