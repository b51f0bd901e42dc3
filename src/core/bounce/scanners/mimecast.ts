import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import {
  bodyLines,
  findLine,
  firstAddress,
  joinLines,
  makeRecipient,
  makeResult,
  senderHost,
} from "./common";

/** Returns the `-- ` lines that follow a heading, without the dashes. */
function dashedAfter(lines: readonly string[], heading: number): string[] {
  const values: string[] = [];
  for (const line of lines.slice(heading + 1)) {
    const trimmed = line.trim();
    if (trimmed === "" && values.length === 0) {
      continue;
    }
    if (!trimmed.startsWith("-- ")) {
      break;
    }
    values.push(trimmed.slice(3));
  }
  return values;
}

/**
 * Mimecast reports: the address, "The problem appears to be", and
 * "Additional information follows", each followed by `-- ` lines.
 */
export const mimecastScanner: BounceScanner = {
  family: "mimecast",
  scan(message: ParsedMessage): ScanResult | null {
    const lines = bodyLines(message);
    const target = findLine(lines, [
      "attempted to send to the following address could not be delivered",
    ]);
    if (target < 0) {
      return null;
    }
    const problem = findLine(lines, ["the problem appears to be"], target);
    const additional = findLine(
      lines,
      ["additional information follows"],
      target,
    );

    const diagnostic = joinLines([
      ...(problem < 0 ? [] : dashedAfter(lines, problem)),
      ...(additional < 0 ? [] : dashedAfter(lines, additional)),
    ]);
    const codeText =
      additional < 0 ? diagnostic : joinLines(dashedAfter(lines, additional));
    const recipients = dashedAfter(lines, target).flatMap((value) => {
      const address = firstAddress(value);
      return address === null
        ? []
        : [makeRecipient({ address, diagnostic, codeText })];
    });
    return makeResult(recipients, "mimecast", senderHost(message));
  },
};
