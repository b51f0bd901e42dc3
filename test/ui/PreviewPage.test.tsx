/** @jest-environment jsdom */
import "./textEncoding";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { PreviewPage } from "../../src/hosts/preview/PreviewPage";
import { SAMPLES } from "../../src/hosts/preview/samples";
import { createTranslator } from "../../src/i18n";

// Parsing and rendering whole messages can pass Jest's 5 s default on a
// loaded machine; this is a hang guard, not a speed target.
jest.setTimeout(30_000);

const translate = createTranslator("en");

function renderPage(initialSampleId: string | null) {
  return render(
    <PreviewPage
      translate={translate}
      initialTheme="light"
      initialSampleId={initialSampleId}
    />,
  );
}

function main(): HTMLElement {
  return screen.getByRole("main");
}

async function waitUntilReady() {
  await waitFor(() => expect(main().getAttribute("aria-busy")).toBe("false"));
}

describe("PreviewPage", () => {
  test("lists every sample with a label", () => {
    renderPage(null);

    for (const sample of SAMPLES) {
      const button = document.querySelector(`[data-sample='${sample.id}']`);
      expect(button?.textContent).toBe(
        translate(`ui.preview.sample.${sample.id}`),
      );
      expect(button?.textContent).not.toMatch(/^ui\./);
    }
  });

  test("starts loading, then shows the sample", async () => {
    renderPage("dmarc-fail");

    expect(main().getAttribute("aria-busy")).toBe("true");
    expect(screen.getByRole("progressbar")).toBeTruthy();
    await waitUntilReady();

    expect(screen.getByText("dmarc-fail.eml")).toBeTruthy();
    expect(
      document
        .querySelector("[data-sample='dmarc-fail']")
        ?.getAttribute("aria-current"),
    ).toBe("true");
  });

  test("unknown sample id opens the first", async () => {
    renderPage("no-such-sample");
    await waitUntilReady();

    expect(screen.getByText(`${SAMPLES[0]?.id}.eml`)).toBeTruthy();
  });

  test("sample button switches the view", async () => {
    renderPage("all-pass");
    await waitUntilReady();

    fireEvent.click(document.querySelector("[data-sample='rfc3464-bounce']")!);
    expect(main().getAttribute("aria-busy")).toBe("true");
    await waitUntilReady();

    expect(screen.getByText("rfc3464-bounce.eml")).toBeTruthy();
    expect(document.querySelector("[data-recipient]")?.textContent).toContain(
      "pat.nobody@example.org",
    );
    expect(window.location.search).toContain("sample=rfc3464-bounce");
  });

  test("prose file gives an error naming it", async () => {
    renderPage("all-pass");
    await waitUntilReady();

    const input = document.querySelector<HTMLInputElement>("input[type=file]")!;
    const file = new File(["Just a note, no headers here.\n"], "note.txt");
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() => expect(screen.getByRole("alert")).toBeTruthy());

    expect(screen.getByRole("alert").textContent).toContain("“note.txt”");
    expect(
      document.querySelector("[data-sample][aria-current='true']"),
    ).toBeNull();
  });

  test("diagnostics count each analysis", async () => {
    renderPage("all-pass");
    await waitUntilReady();
    fireEvent.click(document.querySelector("[data-sample='no-auth']")!);
    await waitUntilReady();

    expect(
      screen.getByRole("button", {
        name: translate("ui.diagnostics.heading", { count: 2 }),
      }),
    ).toBeTruthy();
  });

  test("theme switch toggles dark mode", async () => {
    renderPage("all-pass");
    await waitUntilReady();
    const toggle = screen.getByRole("switch", {
      name: translate("ui.preview.darkTheme"),
    });

    expect((toggle as HTMLInputElement).checked).toBe(false);
    fireEvent.click(toggle);
    expect((toggle as HTMLInputElement).checked).toBe(true);
  });

  test("picked sample moves focus to its heading", async () => {
    renderPage("all-pass");
    await waitUntilReady();
    const button = document.querySelector<HTMLElement>(
      "[data-sample='gmail-bounce']",
    );
    button?.focus();
    fireEvent.click(button!);
    await waitUntilReady();

    const heading = screen.getByRole("heading", { level: 1 });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(heading.getAttribute("tabindex")).toBe("-1");
    expect(heading.textContent).toBe("Delivery Status Notification (Failure)");
  });

  test("first load leaves focus alone", async () => {
    renderPage("all-pass");
    await waitUntilReady();

    expect(document.activeElement).toBe(document.body);
  });
});
