/** @jest-environment jsdom */
import {
  act,
  fireEvent,
  render,
  screen,
  waitFor,
} from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TextDecoder } from "node:util";
import { createTranslator } from "../../src/i18n";
import { MessageDoors } from "../../src/ui/MessageDoors";
import { MAX_INPUT_BYTES } from "../../src/ui/readFileBytes";
import type { MessageInput } from "../../src/ui/types";

const translate = createTranslator("en");
const MESSAGE = "From: a@example.com\r\nSubject: caf\u00e9\r\n\r\nbody\r\n";

function renderDoors() {
  const inputs: MessageInput[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <MessageDoors
        onInput={(input) => inputs.push(input)}
        translate={translate}
      />
    </FluentProvider>,
  );
  return inputs;
}

function fileInput(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>("input[type=file]");
  if (!input) throw new Error("no file input rendered");
  return input;
}

describe("MessageDoors", () => {
  test("chosen file arrives as bytes", async () => {
    const inputs = renderDoors();
    const file = new File([MESSAGE], "note.eml", { type: "message/rfc822" });

    fireEvent.change(fileInput(), { target: { files: [file] } });

    await waitFor(() => expect(inputs).toHaveLength(1));
    const input = inputs[0];
    expect(input?.kind).toBe("file");
    if (input?.kind !== "file") return;
    expect(input.name).toBe("note.eml");
    expect(input.bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(input.bytes)).toBe(MESSAGE);
  });

  test("picker offers .eml and .txt", () => {
    renderDoors();

    const accept = fileInput().getAttribute("accept") ?? "";
    expect(accept.split(",")).toEqual(expect.arrayContaining([".eml", ".txt"]));
  });

  test("dropped file arrives as bytes", async () => {
    const inputs = renderDoors();
    const zone = screen.getByTestId("drop-zone");
    const file = new File([MESSAGE], "dropped.eml");

    fireEvent.dragOver(zone, {
      dataTransfer: { files: [], dropEffect: "none" },
    });
    expect(zone.textContent).toContain(translate("ui.doors.dropActive"));
    fireEvent.drop(zone, {
      dataTransfer: { files: [file], getData: () => "" },
    });

    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toMatchObject({ kind: "file", name: "dropped.eml" });
    expect(zone.textContent).toContain(translate("ui.doors.drop"));
  });

  test("dropped text arrives as text", () => {
    const inputs = renderDoors();

    fireEvent.drop(screen.getByTestId("drop-zone"), {
      dataTransfer: {
        files: [],
        getData: (type: string) => (type === "text/plain" ? MESSAGE : ""),
      },
    });

    expect(inputs).toEqual([{ kind: "text", text: MESSAGE }]);
  });

  test("pasted text is analysed on click", () => {
    // A textarea's value uses LF line breaks, whatever was pasted.
    const pasted = MESSAGE.replace(/\r\n/g, "\n");
    const inputs = renderDoors();
    const button = screen.getByRole("button", {
      name: translate("ui.doors.analyse"),
    });
    expect(button.hasAttribute("disabled")).toBe(true);

    fireEvent.change(screen.getByRole("textbox"), {
      target: { value: pasted },
    });
    expect(button.hasAttribute("disabled")).toBe(false);
    fireEvent.click(button);

    expect(inputs).toEqual([{ kind: "text", text: pasted }]);
  });

  test("Ctrl+Enter analyses the paste", () => {
    const inputs = renderDoors();
    const box = screen.getByRole("textbox");

    fireEvent.change(box, { target: { value: "Subject: hi\n" } });
    fireEvent.keyDown(box, { key: "Enter", ctrlKey: true });
    fireEvent.keyDown(box, { key: "Enter" });

    expect(inputs).toEqual([{ kind: "text", text: "Subject: hi\n" }]);
  });

  test("blank paste keeps Analyse disabled", () => {
    const inputs = renderDoors();

    fireEvent.change(screen.getByRole("textbox"), {
      target: { value: "  \n\t" },
    });
    const button = screen.getByRole("button", {
      name: translate("ui.doors.analyse"),
    });
    fireEvent.click(button);

    expect(button.hasAttribute("disabled")).toBe(true);
    expect(inputs).toHaveLength(0);
  });

  test("oversized file is rejected by name", async () => {
    const inputs = renderDoors();
    const file = new File(["x"], "huge.eml");
    Object.defineProperty(file, "size", { value: MAX_INPUT_BYTES + 1 });

    await act(async () => {
      fireEvent.change(fileInput(), { target: { files: [file] } });
    });

    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("“huge.eml”");
    expect(alert.textContent).toContain(translate("ui.error.tooLarge.hint"));
    expect(inputs).toHaveLength(0);
  });

  test("unreadable file shows an error", async () => {
    const inputs = renderDoors();
    const file = new File([MESSAGE], "gone.eml");
    Object.defineProperty(file, "arrayBuffer", {
      value: () => Promise.reject(new DOMException("gone", "NotFoundError")),
    });

    await act(async () => {
      fireEvent.change(fileInput(), { target: { files: [file] } });
    });

    expect(screen.getByRole("alert").textContent).toContain(
      translate("ui.error.readFile", { name: "gone.eml" }),
    );
    expect(inputs).toHaveLength(0);
  });
});
