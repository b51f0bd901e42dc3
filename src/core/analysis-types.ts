import type { AuthenticationAnalysis } from "./auth/types";
import type { BounceReport } from "./bounce/types";

/** Summary of the analysed message's own headers. */
export interface MessageSummary {
  subject: string | null;
  from: string | null;
  date: string | null;
  messageId: string | null;
}

/** The analysis of one message, which every host renders. */
export interface Analysis {
  message: MessageSummary;
  authentication: AuthenticationAnalysis;
  /** Null when the message is not a delivery report, auto-reply or feedback report. */
  bounce: BounceReport | null;
  /**
   * Location of the report: the message itself, or a message attached to it
   * (a bounce forwarded as an attachment). Absent when there is no report.
   */
  bounceLocation?: "message" | "attached";
  /** True when only the header block was available, so no bounce could be read. */
  headersOnly: boolean;
}

/** Settings that change how a message is judged. */
export interface AnalyzeOptions {
  /**
   * Authserv-ids whose Authentication-Results are trusted. When given, they
   * replace the default of trusting the topmost header's authserv-id. A
   * leading dot (`.example.com`) also matches subdomains.
   */
  trustedAuthservIds?: readonly string[];
}
