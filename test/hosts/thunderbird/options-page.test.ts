/**
 * @jest-environment jsdom
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { StorageAreaApi } from "../../../src/hosts/thunderbird/messenger-api";
import { startOptionsPage } from "../../../src/hosts/thunderbird/options-page";
import { TRUSTED_IDS_STORAGE_KEY } from "../../../src/hosts/thunderbird/trusted-ids";
import { createTranslator } from "../../../src/i18n";

const translate = createTranslator("en");
const pageHtml = readFileSync(
  path.resolve(__dirname, "../../../src/hosts/thunderbird/pages/options.html"),
  "utf8",
);

class MemoryStorage implements StorageAreaApi {
  data: Record<string, unknown> = {};
  failWith: Error | null = null;

  async get(key: string | string[] | null): Promise<Record<string, unknown>> {
    if (this.failWith) throw this.failWith;
    const keys = key === null ? Object.keys(this.data) : [key].flat();
    return Object.fromEntries(keys.filter((k) => k in this.data).map((k) => [k, this.data[k]]));
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failWith) throw this.failWith;
    Object.assign(this.data, items);
  }
}

function loadPage(): void {
  const body = /<body>([\s\S]*)<\/body>/.exec(pageHtml)?.[1] ?? "";
  document.body.innerHTML = body.replace(/<script[\s\S]*?<\/script>/g, "");
}

function element<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

async function submit(text: string): Promise<void> {
  element<HTMLTextAreaElement>("trusted-ids").value = text;
  element<HTMLFormElement>("form").requestSubmit();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe("options page", () => {
  beforeEach(loadPage);

  test("shows stored ids and words", async () => {
    const storage = new MemoryStorage();
    storage.data[TRUSTED_IDS_STORAGE_KEY] = ["mx.example.com", ".corp.example"];
    await startOptionsPage(document, storage, translate);

    expect(element<HTMLTextAreaElement>("trusted-ids").value).toBe(
      "mx.example.com\n.corp.example",
    );
    expect(element("trusted-label").textContent).toBe(
      translate("thunderbird.options.trustedIds.label"),
    );
    expect(element("save").textContent).toBe(translate("thunderbird.options.save"));
    expect(document.title).toBe(translate("thunderbird.options.title"));
  });

  test("saves normalised ids", async () => {
    const storage = new MemoryStorage();
    await startOptionsPage(document, storage, translate);
    await submit("# edge\nMX.Example.com\n\n.corp.example\nmx.example.com\n");

    expect(storage.data[TRUSTED_IDS_STORAGE_KEY]).toEqual([
      "mx.example.com",
      ".corp.example",
    ]);
    expect(element<HTMLTextAreaElement>("trusted-ids").value).toBe(
      "mx.example.com\n.corp.example",
    );
    expect(element("status").textContent).toBe(translate("thunderbird.options.saved"));
    expect(element("status").classList.contains("error")).toBe(false);
  });

  test("rejects invalid entries without saving", async () => {
    const storage = new MemoryStorage();
    storage.data[TRUSTED_IDS_STORAGE_KEY] = ["old.example"];
    await startOptionsPage(document, storage, translate);
    await submit("mx.example.com\n<img/src=x/onerror=alert(1)>");

    expect(storage.data[TRUSTED_IDS_STORAGE_KEY]).toEqual(["old.example"]);
    const status = element("status");
    expect(status.textContent).toContain("<img/src=x/onerror=alert(1)>");
    expect(status.querySelector("img")).toBeNull();
    expect(status.classList.contains("error")).toBe(true);
  });

  test("saves a comma-separated list", async () => {
    const storage = new MemoryStorage();
    await startOptionsPage(document, storage, translate);
    await submit("mx.example.com, .corp.example gw.example");

    expect(storage.data[TRUSTED_IDS_STORAGE_KEY]).toEqual([
      "mx.example.com",
      ".corp.example",
      "gw.example",
    ]);
  });

  test("rejects a list over the limit", async () => {
    const storage = new MemoryStorage();
    await startOptionsPage(document, storage, translate);
    const ids = Array.from({ length: 33 }, (_, index) => `mx${index}.example`);
    await submit(ids.join("\n"));

    expect(storage.data[TRUSTED_IDS_STORAGE_KEY]).toBeUndefined();
    expect(element("status").textContent).toBe(
      translate("thunderbird.options.tooMany", { limit: 32 }),
    );
  });

  test("reports a storage failure", async () => {
    const storage = new MemoryStorage();
    storage.failWith = new Error("quota exceeded");
    await startOptionsPage(document, storage, translate);

    expect(element("status").textContent).toBe(
      translate("thunderbird.options.loadFailed", { error: "quota exceeded" }),
    );
    await submit("mx.example.com");
    expect(element("status").textContent).toBe(
      translate("thunderbird.options.saveFailed", { error: "quota exceeded" }),
    );
  });
});
