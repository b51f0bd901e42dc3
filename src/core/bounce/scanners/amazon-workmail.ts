import type { ParsedMessage } from "../../mime/types";
import { parseDeliveryStatus } from "../delivery-status";
import type { BounceScanner, ScanResult } from "../scanner";
import { bodyLines, findLine, makeRecipient, makeResult } from "./common";

/**
 * Amazon WorkMail reports: delivery-status fields pasted into the text after
 * "Technical report:". The remote reply quoted in angle brackets at the end
 * of the Diagnostic-Code (`... <421 4.4.2 Connection timed out>`) states the
 * cause better than the expiry code in front of it, so codes come from there
 * when it has them.
 */
export const amazonWorkmailScanner: BounceScanner = {
  family: "amazonworkmail",
  scan(message: ParsedMessage): ScanResult | null {
    const lines = bodyLines(message);
    const intro = findLine(lines, [
      "error occurred while trying to deliver the mail to the following",
    ]);
    const report = findLine(lines, ["technical report:"]);
    if (intro < 0 || report < 0) {
      return null;
    }

    const fields = parseDeliveryStatus(lines.slice(report + 1).join("\n"));
    const recipients = fields.recipients.map((recipient) => {
      const diagnostic = recipient.diagnostic ?? "";
      const quoted = /<([2-5]\d\d [^<>]*)>\s*$/.exec(diagnostic);
      const rebuilt = makeRecipient({
        address: recipient.address,
        diagnostic,
        codeText: quoted?.[1] ?? diagnostic,
        action: recipient.action,
        remoteMta: recipient.remoteMta,
      });
      rebuilt.status ??= recipient.status;
      return rebuilt;
    });
    return makeResult(recipients, "amazonworkmail", fields.reportingMta);
  },
};
