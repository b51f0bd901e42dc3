import type { AuthenticationAnalysis } from "./auth/types";
import type { BounceReport } from "./bounce/types";

/** Summary of the analysed message's own headers. */
export interface MessageSummary {
  subject: string | null;
  from: string | null;
  date: string | null;
  messageId: string | null;
}

/** What the add-in learned about one message; every host renders this. */
export interface Analysis {
  message: MessageSummary;
  authentication: AuthenticationAnalysis;
  /** Null when the message is not a delivery report, auto-reply or feedback report. */
  bounce: BounceReport | null;
  /**
   * Where the report was found: the message itself, or a message attached
   * to it (a bounce forwarded as an attachment). Absent when there is none.
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
