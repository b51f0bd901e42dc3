import { dominoScanner } from "../../../../src/core/bounce/scanners/domino";
import { notesScanner } from "../../../../src/core/bounce/scanners/notes";
import { scanSpec } from "./build-message";

describe("dominoScanner", () => {
  it("reads the addresses and the reason after because:", async () => {
    const result = await scanSpec(dominoScanner, {
      from: "Postmaster@example.net",
      subject: "DELIVERY FAILURE: User peter not listed",
      body: [
        "Your message",
        "",
        "  Subject: status",
        "",
        "was not delivered to:",
        "",
        "  peter@example.com",
        "",
        "because:",
        "",
        "  User peter (peter@example.com) not listed in Domino Directory",
      ].join("\n"),
    });

    expect(result?.recipients[0]?.address).toBe("peter@example.com");
    expect(result?.recipients[0]?.diagnostic).toBe(
      "User peter (peter@example.com) not listed in Domino Directory",
    );
  });
});

describe("notesScanner", () => {
  it("pairs the Japanese reason with the address after it", async () => {
    const result = await scanSpec(notesScanner, {
      from: "postmaster@example.net",
      subject: "Undeliverable message",
      body: [
        "------- Failure Reasons  --------",
        "",
        "宛先がディレクトリに見つかりません",
        "quinn@example.com",
        "",
        "------- Returned Message --------",
      ].join("\n"),
    });

    expect(result?.recipients[0]?.address).toBe("quinn@example.com");
    expect(result?.recipients[0]?.diagnostic).toBe(
      "宛先がディレクトリに見つかりません",
    );
  });
});
