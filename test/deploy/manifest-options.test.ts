import { fourPartVersion, packageVersion } from "../../scripts/manifests/addin";
import { supportUrl } from "../../scripts/manifests/options";
import { optionsFromEnvironment } from "../../scripts/manifests/write";

describe("optionsFromEnvironment", () => {
  test("defaults to the development server", () => {
    const options = optionsFromEnvironment({});

    expect(options.baseUrl).toBe("https://localhost:3000/");
    expect(options.trustedIds).toEqual([]);
    expect(options.version).toBe(packageVersion());
    expect(supportUrl(options)).toBe("https://localhost:3000/preview.html");
  });

  test("reads every variable", () => {
    const options = optionsFromEnvironment({
      ADDIN_BASE_URL: " https://addins.example.com/mail ",
      ADDIN_TRUSTED_IDS: "mx.example.com,.example.net",
      ADDIN_SUPPORT_URL: "https://help.example.com/mail",
    });

    expect(options.baseUrl).toBe("https://addins.example.com/mail/");
    expect(options.trustedIds).toEqual(["mx.example.com", ".example.net"]);
    expect(supportUrl(options)).toBe("https://help.example.com/mail");
  });

  test("names the variable in errors", () => {
    expect(() =>
      optionsFromEnvironment({ ADDIN_BASE_URL: "http://x.example" }),
    ).toThrow(/^ADDIN_BASE_URL "http:\/\/x\.example" must use https/);
    expect(() =>
      optionsFromEnvironment({ ADDIN_SUPPORT_URL: "ftp://x.example" }),
    ).toThrow(/^support URL "ftp:\/\/x\.example" must use https/);
  });
});

describe("fourPartVersion", () => {
  test.each([
    ["1", "1.0.0.0"],
    ["0.1.0", "0.1.0.0"],
    ["1.2.3.4", "1.2.3.4"],
  ])("pads %s", (version, expected) => {
    expect(fourPartVersion(version)).toBe(expected);
  });

  test.each(["1.0.0-beta.1", "1.2.3.4.5", "", "v1"])(
    "rejects %p",
    (version) => {
      expect(() => fourPartVersion(version)).toThrow(/cannot go into the XML/);
    },
  );
});
