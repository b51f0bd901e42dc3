/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { createTranslator } from "../../../src/i18n";
import { TrustedIdsSettings } from "../../../src/ui/TrustedIdsSettings";

const translate = createTranslator("en");

function renderSettings(
  onSave: (ids: string[]) => Promise<boolean>,
  props: { adminIds?: string[]; userIds?: string[]; canSave?: boolean } = {},
) {
  render(
    <TrustedIdsSettings
      translate={translate}
      adminIds={props.adminIds ?? []}
      userIds={props.userIds ?? []}
      canSave={props.canSave ?? true}
      onSave={onSave}
    />,
  );
  fireEvent.click(
    screen.getByRole("button", {
      name: translate("outlook.settings.heading"),
    }),
  );
  return screen.getByRole("textbox", {
    name: translate("outlook.settings.label"),
  }) as HTMLTextAreaElement;
}

async function clickSave() {
  await act(async () => {
    fireEvent.click(
      screen.getByRole("button", { name: translate("outlook.settings.save") }),
    );
  });
}

describe("TrustedIdsSettings", () => {
  test("starts collapsed", () => {
    render(
      <TrustedIdsSettings
        translate={translate}
        adminIds={[]}
        userIds={["mx.example.net"]}
        canSave
        onSave={async () => true}
      />,
    );

    expect(screen.queryByRole("textbox")).toBeNull();
  });

  test("shows the saved ids", () => {
    const textArea = renderSettings(async () => true, {
      userIds: ["mx.example.net", ".corp.example"],
    });

    expect(textArea.value).toBe("mx.example.net\n.corp.example");
  });

  test("saves the normalised list", async () => {
    const onSave = jest.fn(async () => true);
    const textArea = renderSettings(onSave);

    fireEvent.change(textArea, {
      target: { value: "MX.example.net, .corp.example\nmx.example.net" },
    });
    await clickSave();

    expect(onSave).toHaveBeenCalledWith(["mx.example.net", ".corp.example"]);
    expect(textArea.value).toBe("mx.example.net\n.corp.example");
    expect(screen.getByText(translate("outlook.settings.saved"))).toBeTruthy();
  });

  test("names invalid entries and saves nothing", async () => {
    const onSave = jest.fn(async () => true);
    const textArea = renderSettings(onSave);

    fireEvent.change(textArea, {
      target: { value: "mx.example.net\n<img/src=x>\nhttps://x.example/" },
    });
    await clickSave();

    expect(onSave).not.toHaveBeenCalled();
    const message = translate("outlook.settings.invalid", {
      ids: "<img/src=x>, https://x.example/",
    });
    expect(screen.getByText(message)).toBeTruthy();
    expect(document.querySelector("img")).toBeNull();
  });

  test("rejects too many ids", async () => {
    const onSave = jest.fn(async () => true);
    const textArea = renderSettings(onSave);
    const ids = Array.from({ length: 33 }, (_, index) => `m${index}.example`);

    fireEvent.change(textArea, { target: { value: ids.join("\n") } });
    await clickSave();

    expect(onSave).not.toHaveBeenCalled();
    expect(
      screen.getByText(translate("outlook.settings.tooMany", { limit: 32 })),
    ).toBeTruthy();
  });

  test("leaves room for the administrator's ids", async () => {
    const onSave = jest.fn(async () => true);
    const adminIds = Array.from({ length: 30 }, (_, index) => `a${index}.example`);
    const textArea = renderSettings(onSave, { adminIds });

    fireEvent.change(textArea, {
      target: { value: "a0.example\nu1.example\nu2.example\nu3.example" },
    });
    await clickSave();

    expect(onSave).not.toHaveBeenCalled();
    expect(
      screen.getByText(translate("outlook.settings.tooMany", { limit: 2 })),
    ).toBeTruthy();
  });

  test("reports a failed save", async () => {
    const textArea = renderSettings(async () => false);

    fireEvent.change(textArea, { target: { value: "mx.example.net" } });
    await clickSave();

    expect(screen.getByRole("alert").textContent).toBe(
      translate("outlook.settings.saveFailed"),
    );
  });

  test("lists the administrator's ids", () => {
    renderSettings(async () => true, { adminIds: ["gw.example.com"] });

    expect(
      screen.getByText(
        translate("outlook.settings.admin", { ids: "gw.example.com" }),
      ),
    ).toBeTruthy();
  });

  test("is read-only without storage", () => {
    const textArea = renderSettings(async () => true, { canSave: false });

    expect(textArea.disabled).toBe(true);
    expect(
      screen.getByText(translate("outlook.settings.unavailable")),
    ).toBeTruthy();
  });
});
