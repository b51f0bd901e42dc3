import allPass from "../../../samples/all-pass.eml";
import autoReply from "../../../samples/auto-reply.eml";
import delayed from "../../../samples/delayed.eml";
import dmarcFail from "../../../samples/dmarc-fail.eml";
import dmarcNone from "../../../samples/dmarc-none.eml";
import feedbackReport from "../../../samples/feedback-report.eml";
import forgedResults from "../../../samples/forged-results.eml";
import gmailBounce from "../../../samples/gmail-bounce.eml";
import microsoft365 from "../../../samples/microsoft-365.eml";
import microsoft365Bounce from "../../../samples/microsoft-365-bounce.eml";
import noAuth from "../../../samples/no-auth.eml";
import postfixBounce from "../../../samples/postfix-bounce.eml";
import rfc3464Bounce from "../../../samples/rfc3464-bounce.eml";
import spfSoftfail from "../../../samples/spf-softfail.eml";

/** A message that ships with the preview page; `id` is also its file name. */
export interface SampleMessage {
  id: string;
  source: string;
}

/** The sample messages, in the order the page lists them. */
export const SAMPLES: readonly SampleMessage[] = [
  { id: "all-pass", source: allPass },
  { id: "dmarc-none", source: dmarcNone },
  { id: "dmarc-fail", source: dmarcFail },
  { id: "spf-softfail", source: spfSoftfail },
  { id: "microsoft-365", source: microsoft365 },
  { id: "forged-results", source: forgedResults },
  { id: "no-auth", source: noAuth },
  { id: "rfc3464-bounce", source: rfc3464Bounce },
  { id: "postfix-bounce", source: postfixBounce },
  { id: "microsoft-365-bounce", source: microsoft365Bounce },
  { id: "gmail-bounce", source: gmailBounce },
  { id: "delayed", source: delayed },
  { id: "auto-reply", source: autoReply },
  { id: "feedback-report", source: feedbackReport },
];

/** Finds a sample by id. */
export function findSample(id: string | null): SampleMessage | undefined {
  return SAMPLES.find((sample) => sample.id === id);
}
