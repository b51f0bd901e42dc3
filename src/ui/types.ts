import type { ReactNode } from "react";
import type { Analysis } from "../core/analysis-types";
import type { MessageParams, Translate } from "../i18n";

/** State of the pane, which a host moves between loading, error and ready. */
export type ViewState =
  | { status: "loading" }
  | {
      status: "error";
      messageKey: string;
      params?: MessageParams;
      /** Catalog key of what the user can do next; shown under the message. */
      hintKey?: string;
    }
  | { status: "ready"; analysis: Analysis; sourceName: string };

/** A message handed in by the user through a drop, a file picker or the paste box. */
export type MessageInput =
  | { kind: "file"; name: string; bytes: Uint8Array }
  | { kind: "text"; text: string };

/** One host API call and how it went, for the diagnostics section. */
export interface DiagnosticEntry {
  call: string;
  outcome: "ok" | "failed" | "unsupported";
  /** Error code or short detail; never message content or addresses. */
  detail?: string;
}

export type ThemeName = "light" | "dark";

/** Props of the root component every host renders. */
export interface AppProps {
  state: ViewState;
  translate: Translate;
  theme: ThemeName;
  /** Called when the user hands in a message; hosts without doors omit it. */
  onInput?: (input: MessageInput) => void;
  diagnostics?: readonly DiagnosticEntry[];
  /** Host settings form, shown above the diagnostics; hosts without one omit it. */
  settings?: ReactNode;
  /**
   * False on a host without settings (the preview page), so no advice tells
   * the user to change them. Defaults to true.
   */
  settingsAvailable?: boolean;
}
