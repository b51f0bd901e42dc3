import type { DiagnosticEntry } from "../../ui/types";
import type { OutlookContext } from "./office-api";

/**
 * Mailbox requirement sets, newest first. Each set includes all older ones,
 * so the first supported one is the client's level.
 */
const MAILBOX_VERSIONS = [
  "1.15",
  "1.14",
  "1.13",
  "1.12",
  "1.11",
  "1.10",
  "1.9",
  "1.8",
  "1.7",
  "1.6",
  "1.5",
  "1.4",
  "1.3",
  "1.2",
  "1.1",
];

/**
 * Describes the Outlook client for the diagnostics section: its highest
 * Mailbox requirement set, and its name and version as
 * `mailbox.diagnostics` reports them.
 */
export function describeClient(context: OutlookContext): DiagnosticEntry[] {
  const version = MAILBOX_VERSIONS.find((candidate) =>
    context.requirements.isSetSupported("Mailbox", candidate),
  );
  const entries: DiagnosticEntry[] = [
    version
      ? { call: "Mailbox requirement set", outcome: "ok", detail: version }
      : { call: "Mailbox requirement set", outcome: "unsupported" },
  ];

  const host = context.mailbox.diagnostics;
  const detail = [host?.hostName, host?.hostVersion]
    .filter((part): part is string => typeof part === "string")
    .map((part) => part.replace(/[^\w.-]/g, "").slice(0, 40))
    .filter((part) => part !== "")
    .join(" ");
  if (detail !== "") {
    entries.push({ call: "mailbox.diagnostics", outcome: "ok", detail });
  }
  return entries;
}
