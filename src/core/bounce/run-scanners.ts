import type { ParsedMessage } from "../mime/types";
import { chooseStatus } from "./delivery-status";
import type { ScanResult } from "./scanner";
import { SCANNERS } from "./scanners";
import type { BounceRecipient } from "./types";

/** A scanner's result together with the family that produced it. */
export interface FamilyScan {
  family: string;
  result: ScanResult;
}

/**
 * Runs the registered scanners in order and returns the first result that
 * has at least one recipient. A scanner that throws counts as no match, so
 * one faulty scanner cannot hide a bounce from the others.
 */
export function runScanners(message: ParsedMessage): FamilyScan | null {
  for (const scanner of SCANNERS) {
    let result: ScanResult | null;
    try {
      result = scanner.scan(message);
    } catch {
      result = null;
    }
    if (result && result.recipients.length > 0) {
      return { family: scanner.family, result };
    }
  }
  return null;
}

/**
 * Fills the status, reply code, diagnostic and remote MTA that an RFC 3464
 * recipient lacks from the scanner's record of the same address, or of the
 * same position when the scanner found the same number of recipients. A
 * diagnostic taken from the scanner may refine a generic status, and a
 * reply code is taken only from a scanned reply with the same status code.
 */
export function enrichFromScan(
  recipients: BounceRecipient[],
  scanned: BounceRecipient[],
): BounceRecipient[] {
  return recipients.map((recipient, index) => {
    const address = recipient.address.toLowerCase();
    const match =
      scanned.find(
        (candidate) => candidate.address.toLowerCase() === address,
      ) ?? (scanned.length === recipients.length ? scanned[index] : undefined);
    if (!match) return recipient;

    const status =
      recipient.diagnostic === null && match.diagnostic !== null
        ? chooseStatus(recipient.status ?? match.status, match.diagnostic)
        : (recipient.status ?? match.status);
    // A reply code belongs to the reply it came with: a scanned reply with
    // another status code, such as an earlier attempt's, keeps its own.
    const sameReply =
      match.status === null ||
      recipient.status === null ||
      match.status === recipient.status;
    return {
      ...recipient,
      status,
      replyCode: recipient.replyCode ?? (sameReply ? match.replyCode : null),
      diagnostic: recipient.diagnostic ?? match.diagnostic,
      remoteMta: recipient.remoteMta ?? match.remoteMta,
      reason: recipient.reason ?? match.reason,
    };
  });
}
