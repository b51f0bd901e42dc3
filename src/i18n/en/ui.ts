import type { Catalog } from "../types";

/** Words of the task pane, popup and preview page. */
export const uiMessages: Catalog = {
  "ui.app.title": "Mail Diagnostics",
  "ui.locale": "en",
  "ui.loading": "Reading the message…",
  "ui.status.ready": "The analysis of {name} is ready.",

  "ui.error.title": "The message could not be analysed",
  "ui.error.generic": "Something went wrong while reading this message.",
  "ui.error.generic.hint":
    "Try again. If it keeps failing, save the message as an .eml file and open it in the preview page.",
  "ui.error.parseFile":
    "The file “{name}” could not be read as an email message.",
  "ui.error.parseFile.hint":
    "Check that it is a saved message (.eml, an Outlook .msg file, or the message source as text) and not a screenshot or a document. In Outlook, use “Save as” or “View message source”; in Thunderbird, use “Save as File”.",
  "ui.error.parseText":
    "The pasted text could not be read as an email message.",
  "ui.error.parseText.hint":
    "Paste the whole message source, starting with the header lines (such as “Received:” or “From:”), not only the body.",
  "ui.error.tooLarge":
    "The file “{name}” is {size} MB, more than the {limit} MB this page reads.",
  "ui.error.tooLarge.hint":
    "Open the message in your mail client and copy only its headers into the paste box.",
  "ui.error.render": "The analysis of “{name}” could not be displayed.",
  "ui.error.render.hint":
    "Try another message. If this one keeps failing, save it as an .eml file and report the problem together with the file.",
  "ui.error.readFile": "The file “{name}” could not be opened.",
  "ui.error.readFile.hint":
    "Check that the file still exists and that you may read it, then choose it again.",

  "ui.summary.from": "From",
  "ui.summary.date": "Date",
  "ui.summary.source": "Analysed",
  "ui.summary.noSubject": "(no subject)",
  "ui.summary.headersOnly":
    "Only the message headers were available, so bounce details cannot be read from this view.",

  "ui.report.copy": "Copy report for support",
  "ui.report.copied": "The report is on the clipboard.",
  "ui.report.blocked":
    "This window may not use the clipboard. Select the report below and copy it yourself:",

  "ui.auth.heading": "Sender authentication",
  "ui.auth.empty.title": "This message has no authentication results",
  "ui.auth.empty.body":
    "No receiving server recorded SPF, DKIM or DMARC checks in the headers. This is normal for messages that never crossed the internet, such as drafts, messages between colleagues on one server, or saved copies. It is not proof that the sender is genuine.",
  "ui.auth.authservId": "Checked by {authservId}.",
  "ui.auth.noSettings.not-checked.advice":
    "Your administrator should check that your mail servers add Authentication-Results headers, or that the add-in is set to trust the servers that add them.",
  "ui.auth.noSettings.not-checked.fix.spf":
    "Nothing for the sender; your administrator can make your mail servers record SPF results, or set the add-in to trust the servers that already do.",
  "ui.auth.noSettings.not-checked.fix.dkim":
    "Nothing for the sender; your administrator can make your mail servers record DKIM results, or set the add-in to trust the servers that already do.",
  "ui.auth.noSettings.not-checked.fix.dmarc":
    "Nothing for the sender; your administrator can make your mail servers record DMARC results, or set the add-in to trust the servers that already do.",
  "ui.auth.policyWithoutVerdict.advice":
    "The sender's administrator can move the domain's DMARC policy from p=none to quarantine or reject once all its mail passes SPF or DKIM. Until then, receivers take no action on mail that fails.",
  "ui.auth.policyWithoutVerdict.meaning":
    "The receiving server recorded no DMARC verdict, although the From domain publishes a DMARC policy (see the policy below).",
  "ui.auth.policyWithoutVerdict.fix":
    "The sender's administrator should make sure all the domain's mail passes SPF or DKIM for the From domain, then move the policy to quarantine or reject.",
  "ui.auth.lenient":
    "One of the trusted headers did not follow the standard format (RFC 8601) and was read with relaxed rules. Microsoft 365 writes headers like this.",

  "ui.method.spf": "SPF",
  "ui.method.dkim": "DKIM",
  "ui.method.dmarc": "DMARC",

  "ui.state.passed": "Passed",
  "ui.state.failed": "Failed",
  "ui.state.softfail": "Soft fail",
  "ui.state.neutral": "Neutral",
  "ui.state.not-available": "Not Available",
  "ui.state.temperror": "Temporary Error",
  "ui.state.permerror": "Permanent Error",
  "ui.state.not-checked": "Not Checked",
  "ui.badge.label": "{method} {state}",

  "ui.detail.result": "Raw result",
  "ui.detail.noEvidence": "No result for this method in the trusted headers.",
  "ui.detail.domains": "Domains",
  "ui.detail.reason": "Reason given",
  "ui.detail.signatures": "Signatures",
  "ui.detail.receivedSpf": "Received-SPF",
  "ui.detail.meaning": "What it means",
  "ui.detail.fix": "What to do",

  "ui.alignment.heading": "Alignment with the From address",
  "ui.alignment.why": "Why",
  "ui.alignment.fromDomain": "From domain",
  "ui.alignment.spf": "SPF domain",
  "ui.alignment.dkim": "DKIM domains",
  "ui.alignment.policy": "Published policy",
  "ui.alignment.policyValue":
    "p={policy} ({meaning}), subdomains sp={subdomainPolicy}",
  "ui.alignment.policyMeaning.none": "take no action on failing mail",
  "ui.alignment.policyMeaning.quarantine": "treat failing mail as suspicious",
  "ui.alignment.policyMeaning.reject": "refuse failing mail",
  "ui.alignment.policyMeaning.unknown": "a value DMARC does not define",
  "ui.alignment.reason.policyWithoutVerdict":
    "The receiving server recorded no DMARC verdict (dmarc=none), but it noted that the From domain publishes the policy p={policy}, which asks receivers to {meaning}. So the domain has a DMARC record; it just does not ask for anything to be enforced.",
  "ui.alignment.entry": "{domain}: {match}, {aligned}",
  "ui.alignment.match.strict": "the same domain as From",
  "ui.alignment.match.relaxed": "the same organisation as From",
  "ui.alignment.match.none": "a different domain from From",
  "ui.alignment.match.unknown": "not comparable with From",
  "ui.alignment.aligned": "counts for DMARC",
  "ui.alignment.notAligned": "does not count for DMARC",
  "ui.alignment.notAligned.spfNotPassed":
    "does not count for DMARC because SPF did not pass (result: {state})",
  "ui.alignment.notAligned.dkimNotPassed":
    "does not count for DMARC because the signature did not verify (result: {state})",
  "ui.alignment.notAligned.strict":
    "does not count for DMARC because the policy asks for exactly the From domain (strict alignment)",

  "ui.microsoft.heading": "Microsoft 365 filtering",
  "ui.microsoft.compauth": "Composite authentication",
  "ui.microsoft.compauthReason.130":
    "Composite authentication passed because an ARC result from a forwarder overrode a DMARC failure.",
  "ui.microsoft.compauthReason.1xx":
    "Composite authentication passed. Microsoft does not document what the last two digits of reason {reason} mean.",
  "ui.microsoft.scl": "Spam confidence (SCL)",
  "ui.microsoft.bcl": "Bulk complaints (BCL)",
  "ui.microsoft.fields": "Anti-spam report",

  "ui.untrusted.heading": "Claims not added by your servers ({count})",
  "ui.untrusted.body":
    "These headers were added before the message reached your servers, possibly by the sender. Anyone can write them, so they do not affect the badges above.",
  "ui.untrusted.unparsed": "Could not be parsed: {error}",

  "ui.bounce.heading.bounce": "Delivery failed",
  "ui.bounce.heading.delayed": "Delivery delayed",
  "ui.bounce.heading.delivery-success": "Delivery notice",
  "ui.bounce.heading.auto-reply": "Automatic reply",
  "ui.bounce.heading.feedback-report": "Feedback report",
  "ui.bounce.recipients": "Recipients in this report: {count}",
  "ui.bounce.noRecipients":
    "This report names no recipient that could be read.",
  "ui.bounce.format": "Format",
  "ui.bounce.details": "Report ids",
  "ui.bounce.format.rfc3464": "Standard delivery report (RFC 3464)",
  "ui.bounce.format.rfc6533":
    "Standard delivery report with international addresses (RFC 6533)",
  "ui.bounce.format.arf": "Standard feedback report (ARF, RFC 5965)",
  "ui.bounce.format.rfc3834": "Automatic reply (RFC 3834)",
  "ui.bounce.format.software":
    "No standard report; the text was read in the layout {software} uses",
  "ui.bounce.format.other":
    "No standard report; the text was read in a layout this add-in knows",
  "ui.bounce.attached":
    "This report was found attached to the open message, not in the message itself.",
  "ui.bounce.provider": "Reported by",
  "ui.bounce.reportingMta": "Reporting server",
  "ui.bounce.arrivalDate": "Arrived",
  "ui.bounce.feedbackType": "Feedback type",
  "ui.bounce.feedbackType.abuse":
    "Complaint: a recipient reported the message as spam or unwanted",
  "ui.bounce.feedbackType.fraud":
    "Fraud: a recipient reported the message as fraud or phishing",
  "ui.bounce.feedbackType.virus":
    "Virus: the message was reported as carrying malware",
  "ui.bounce.feedbackType.not-spam":
    "Not spam: a recipient marked the message as wanted mail",
  "ui.bounce.feedbackType.auth-failure":
    "Authentication failure: the message failed SPF, DKIM or DMARC checks at the receiver",
  "ui.bounce.feedbackType.opt-out":
    "Unsubscribe: a recipient asked to receive no more of this mail",
  "ui.bounce.feedbackType.other": "Other: a report of another kind",
  "ui.bounce.feedbackType.unknown": "A report type this add-in does not know",
  "ui.bounce.originalSubject": "Original subject",
  "ui.bounce.originalDate": "Originally sent",
  "ui.bounce.action": "Action",
  "ui.bounce.status": "Status code",
  "ui.bounce.replyCode": "Reply code",
  "ui.bounce.reason": "Reason",
  "ui.bounce.remoteMta": "Remote server",
  "ui.bounce.diagnostic": "Server message",
  "ui.bounce.summary": "What happened",
  "ui.bounce.retry": "Sending again",
  "ui.bounce.actor": "Who must act",
  "ui.bounce.whatToDo": "What to do",
  "ui.bounce.retryUntil": "Will retry until",
  "ui.bounce.kindAdvice.feedback-report.summary":
    "A mailbox provider passed on a report about a message sent from your domain. Nothing bounced: the message was delivered, and then reported.",
  "ui.bounce.kindAdvice.feedback-report.retry":
    "Do not send to this address again unless the person asks for your mail.",
  "ui.bounce.kindAdvice.feedback-report.actor":
    "You, or whoever runs the mailing list the message came from",
  "ui.bounce.kindAdvice.feedback-report.whatToDo":
    "Remove the address from your mailing lists, and check why recipients complain: mail they did not ask for, no easy way to unsubscribe, or an account that sends spam in your name.",
  "ui.bounce.kindAdvice.auto-reply.summary":
    "The recipient's mailbox answered automatically, for example because the person is away. Your message was delivered.",
  "ui.bounce.kindAdvice.auto-reply.retry": "Not needed: your message arrived.",
  "ui.bounce.kindAdvice.auto-reply.actor": "Nobody",
  "ui.bounce.kindAdvice.auto-reply.whatToDo":
    "Read the reply: it may say when the person is back or whom to contact instead.",
  "ui.bounce.action.failed": "Failed",
  "ui.bounce.action.delayed": "Delayed, still trying",
  "ui.bounce.action.delivered": "Delivered",
  "ui.bounce.action.relayed": "Relayed to a system that sends no reports",
  "ui.bounce.action.expanded": "Delivered and forwarded to a list",
  "ui.bounce.failureClass.permanent": "Permanent failure",
  "ui.bounce.failureClass.permanent.hint":
    "The server will not deliver this message.",
  "ui.bounce.failureClass.temporary": "Temporary failure",
  "ui.bounce.failureClass.temporary.hint":
    "The problem may clear up, so a later attempt can work.",
  "ui.bounce.failureClass.unknown": "Failure type unknown",
  "ui.bounce.failureClass.unknown.hint":
    "The report does not show whether the failure is permanent.",
  "ui.bounce.retryOutlook.never":
    "Retrying the same address will never work.",
  "ui.bounce.retryOutlook.afterFix":
    "Fixing the cause is needed before sending again.",

  "ui.diagnostics.heading": "Diagnostics ({count})",
  "ui.diagnostics.empty": "No host calls were recorded.",
  "ui.diagnostics.outcome.ok": "ok",
  "ui.diagnostics.outcome.failed": "failed",
  "ui.diagnostics.outcome.unsupported": "not supported here",

  "ui.doors.heading": "Analyse another message",
  "ui.doors.bounceHint":
    "Looking into a bounce? Outlook does not open add-ins on delivery reports, so drag the bounce onto this pane, attach it to a message and open that one, save it and choose the file, or paste its text below.",
  "ui.doors.drop": "Drop an .eml or .msg file here",
  "ui.doors.dropActive": "Release to analyse the file",
  "ui.doors.choose": "Choose a file…",
  "ui.doors.pasteLabel":
    "Or paste the message source or its headers (Ctrl+Enter analyses it)",
  "ui.doors.pastePlaceholder": "Received: from …\nAuthentication-Results: …",
  "ui.doors.analyse": "Analyse",
  "ui.doors.pastedName": "Pasted text",

  "ui.preview.title": "Mail Diagnostics preview",
  "ui.preview.intro":
    "Pick a sample message or hand in your own. Everything is analysed in this page; nothing is sent anywhere.",
  "ui.preview.samples": "Sample messages",
  "ui.preview.darkTheme": "Dark theme",
  "ui.preview.sample.all-pass": "All checks pass",
  "ui.preview.sample.dmarc-none": "DMARC policy p=none",
  "ui.preview.sample.dmarc-fail": "DMARC fails (spoofed sender)",
  "ui.preview.sample.spf-softfail": "SPF soft fail",
  "ui.preview.sample.microsoft-365": "Microsoft 365 headers",
  "ui.preview.sample.forged-results": "Forged results from the sender",
  "ui.preview.sample.no-auth": "No authentication results",
  "ui.preview.sample.rfc3464-bounce": "Standard bounce (RFC 3464)",
  "ui.preview.sample.postfix-bounce": "Postfix bounce",
  "ui.preview.sample.microsoft-365-bounce": "Microsoft 365 bounce",
  "ui.preview.sample.gmail-bounce": "Gmail bounce",
  "ui.preview.sample.delayed": "Delivery delayed",
  "ui.preview.sample.auto-reply": "Out-of-office reply",
  "ui.preview.sample.feedback-report": "Spam complaint (ARF)",
};
