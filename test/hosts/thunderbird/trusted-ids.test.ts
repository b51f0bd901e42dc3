import {
  parseTrustedIds,
  readTrustedIdsValue,
} from "../../../src/core/auth/trusted-ids";
import {
  formatTrustedIds,
  loadTrustedIds,
  saveTrustedIds,
  TRUSTED_IDS_STORAGE_KEY,
} from "../../../src/hosts/thunderbird/trusted-ids";
import { FakeMessenger } from "./fake-messenger";

describe("parseTrustedIds", () => {
  test("one id per line, lower-cased", () => {
    const result = parseTrustedIds("MX.Example.com\r\n.corp.example\n\n");
    expect(result.ids).toEqual(["mx.example.com", ".corp.example"]);
    expect(result.invalid).toEqual([]);
  });

  test("comments, blanks and duplicates dropped", () => {
    const result = parseTrustedIds(
      "# our edge\n  mx.example.com  \n\n# again\nmx.example.com\nMX.EXAMPLE.COM",
    );
    expect(result.ids).toEqual(["mx.example.com"]);
  });

  test("entries that are not host names are reported", () => {
    const result = parseTrustedIds(
      "mx.example.com\n<b>x</b>\n..example\nexample.\n-bad.example",
    );
    expect(result.ids).toEqual(["mx.example.com"]);
    expect(result.invalid).toEqual([
      "<b>x</b>",
      "..example",
      "example.",
      "-bad.example",
    ]);
  });

  test("single-label and underscore ids are accepted", () => {
    expect(parseTrustedIds("localhost\nmx_1.example").ids).toEqual([
      "localhost",
      "mx_1.example",
    ]);
  });

  test("format round-trips", () => {
    const ids = ["a.example", ".b.example"];
    expect(parseTrustedIds(formatTrustedIds(ids)).ids).toEqual(ids);
  });
});

describe("trusted ids storage", () => {
  test("save then load", async () => {
    const fake = new FakeMessenger();
    await saveTrustedIds(fake.api.storage.local, ["mx.example.com"]);

    expect(fake.storageData[TRUSTED_IDS_STORAGE_KEY]).toEqual(["mx.example.com"]);
    await expect(loadTrustedIds(fake.api.storage.local)).resolves.toEqual([
      "mx.example.com",
    ]);
  });

  test("nothing stored gives an empty list", async () => {
    const fake = new FakeMessenger();
    await expect(loadTrustedIds(fake.api.storage.local)).resolves.toEqual([]);
  });

  test("stored junk is filtered", () => {
    expect(readTrustedIdsValue("mx.example.com")).toEqual([]);
    expect(readTrustedIdsValue(null)).toEqual([]);
    expect(
      readTrustedIdsValue(["MX.example.com", 7, "bad id", ".corp.example"]),
    ).toEqual(["mx.example.com", ".corp.example"]);
  });
});
