import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import {
  bodyLines,
  findLine,
  findLineStart,
  firstAddress,
  joinLines,
  makeRecipient,
  makeResult,
} from "./common";

/** Lines that start the returned message. */
const END_FRAGMENTS = ["message headers follow", "original message follows"];

/** DragonFly Mail Agent (dma) reports: one recipient per report. */
export const dragonflyScanner: BounceScanner = {
  family: "dragonfly",
  scan(message: ParsedMessage): ScanResult | null {
    const lines = bodyLines(message);
    const intro = findLine(lines, ["this is the dragonfly mail agent"]);
    if (intro < 0) {
      return null;
    }
    const errorLine = findLine(
      lines,
      ["there was an error delivering your mail to"],
      intro,
    );
    if (errorLine < 0) {
      return null;
    }
    const address = firstAddress(lines[errorLine] ?? "");
    if (address === null) {
      return null;
    }

    const end = findLineStart(lines, END_FRAGMENTS, errorLine + 1);
    const details = lines.slice(errorLine + 1, end < 0 ? lines.length : end);
    const diagnostic = joinLines(details);
    const remote = /^(\S+) \[[0-9A-Fa-f.:]+\] did not like/m.exec(
      details.join("\n"),
    );
    const host = /^This is the DragonFly Mail Agent \S+ at (\S+?)\.?$/m.exec(
      lines[intro] ?? "",
    );

    return makeResult(
      [makeRecipient({ address, diagnostic, remoteMta: remote?.[1] ?? null })],
      null,
      host?.[1] ?? null,
    );
  },
};
