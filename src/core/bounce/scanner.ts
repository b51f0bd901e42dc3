import type { ParsedMessage } from "../mime/types";
import type { BounceRecipient, MessageKind } from "./types";

/** What a scanner found in a report's text. */
export interface ScanResult {
  /**
   * Failed (or delayed) recipients in the order the report lists them.
   * `reason` and `hardBounce` may be null: the framework classifies them.
   */
  recipients: BounceRecipient[];
  /** Mail provider that wrote the report, such as `gmail` or `office365`. */
  provider: string | null;
  reportingMta: string | null;
  /** Kind of report; `bounce` when absent. */
  messageKind?: MessageKind;
  /** ARF Feedback-Type (RFC 5965), such as `abuse`, for feedback reports. */
  feedbackType?: string | null;
}

/** One family of non-standard bounces, such as Postfix or Exim. */
export interface BounceScanner {
  /** Family name; becomes `BounceReport.format`. */
  family: string;
  /** Returns null when the message is not of this family. Must never throw. */
  scan(message: ParsedMessage): ScanResult | null;
}
