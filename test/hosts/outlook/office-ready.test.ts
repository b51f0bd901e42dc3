import { waitForOffice } from "../../../src/hosts/outlook/office-ready";

describe("waitForOffice", () => {
  test("reports a missing Office global", async () => {
    await expect(waitForOffice(undefined)).resolves.toBe("missing");
    await expect(waitForOffice({})).resolves.toBe("missing");
  });

  test("resolves when onReady resolves", async () => {
    const office = { onReady: () => Promise.resolve({ host: "Outlook" }) };

    await expect(waitForOffice(office, 1000)).resolves.toBe("ready");
  });

  test("times out when onReady never settles", async () => {
    const office = { onReady: () => new Promise<never>(() => {}) };

    await expect(waitForOffice(office, 20)).resolves.toBe("timeout");
  });

  test("treats a rejected onReady as missing", async () => {
    const office = { onReady: () => Promise.reject(new Error("no host")) };

    await expect(waitForOffice(office, 1000)).resolves.toBe("missing");
  });

  test("treats a throwing onReady as missing", async () => {
    const office = {
      onReady: (): Promise<unknown> => {
        throw new Error("not initialised");
      },
    };

    await expect(waitForOffice(office, 1000)).resolves.toBe("missing");
  });

  test("calls onReady on the Office object", async () => {
    const office = {
      ready: Promise.resolve("Outlook"),
      onReady(this: { ready: Promise<string> }) {
        return this.ready;
      },
    };

    await expect(waitForOffice(office, 1000)).resolves.toBe("ready");
  });
});
