export { App } from "./App";
export type {
  AppProps,
  DiagnosticEntry,
  MessageInput,
  ThemeName,
  ViewState,
} from "./types";
