import { parseMessage } from "../../../../src/core/mime";
import type { ParsedMessage } from "../../../../src/core/mime/types";
import type {
  BounceScanner,
  ScanResult,
} from "../../../../src/core/bounce/scanner";

/** Header fields and body of a single-part test message. */
export interface MessageSpec {
  from: string;
  subject: string;
  body: string;
  headers?: Record<string, string>;
}

/** Writes a plain-text message from its parts, with CRLF line ends. */
export function buildRaw(spec: MessageSpec): string {
  const headers = [
    `From: ${spec.from}`,
    "To: sender@example.org",
    `Subject: ${spec.subject}`,
    "Date: Mon, 01 Jan 2024 10:00:00 +0000",
    "Message-ID: <test.1@example.net>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    ...Object.entries(spec.headers ?? {}).map(
      ([name, value]) => `${name}: ${value}`,
    ),
  ];
  return `${headers.join("\r\n")}\r\n\r\n${spec.body.replace(/\r?\n/g, "\r\n")}`;
}

/** Parses a test message with the real MIME parser. */
export function buildMessage(spec: MessageSpec): Promise<ParsedMessage> {
  return parseMessage(buildRaw(spec));
}

/** Parses a test message and runs one scanner on it. */
export async function scanSpec(
  scanner: BounceScanner,
  spec: MessageSpec,
): Promise<ScanResult | null> {
  return scanner.scan(await buildMessage(spec));
}
