import type { Catalog } from "../types";

/** Words of the task pane, popup and preview page. */
export const uiMessages: Catalog = {
  "ui.app.title": "Mail Diagnostics",
  "ui.loading": "Reading the message…",

  "ui.error.title": "The message could not be analysed",
  "ui.error.generic": "Something went wrong while reading this message.",
  "ui.error.generic.hint":
    "Try again. If it keeps failing, save the message as an .eml file and open it in the preview page.",
  "ui.error.parseFile":
    "The file “{name}” could not be read as an email message.",
  "ui.error.parseFile.hint":
    "Check that it is a saved message (.eml, or the message source as text) and not a screenshot, a .msg file or a document. In Outlook, use “Save as” or “View message source”; in Thunderbird, use “Save as File”.",
  "ui.error.parseText":
    "The pasted text could not be read as an email message.",
  "ui.error.parseText.hint":
    "Paste the whole message source, starting with the header lines (such as “Received:” or “From:”), not only the body.",
  "ui.error.tooLarge":
    "The file “{name}” is {size} MB, more than the {limit} MB this page reads.",
  "ui.error.tooLarge.hint":
    "Open the message in your mail client and copy only its headers into the paste box.",
  "ui.error.readFile": "The file “{name}” could not be opened.",
  "ui.error.readFile.hint":
    "Check that the file still exists and that you may read it, then choose it again.",

  "ui.summary.subject": "Subject",
  "ui.summary.from": "From",
  "ui.summary.date": "Date",
  "ui.summary.source": "Analysed",
  "ui.summary.noSubject": "(no subject)",
  "ui.summary.headersOnly":
    "Only the message headers were available, so bounce details cannot be read from this view.",

  "ui.auth.heading": "Sender authentication",
  "ui.auth.empty.title": "This message has no authentication results",
  "ui.auth.empty.body":
    "No receiving server recorded SPF, DKIM or DMARC checks in the headers. This is normal for messages that never crossed the internet, such as drafts, messages between colleagues on one server, or saved copies. It is not proof that the sender is genuine.",
  "ui.auth.authservId": "Checked by {authservId}.",
  "ui.auth.lenient":
    "One of the trusted headers did not follow the standard format (RFC 8601) and was read with relaxed rules. Microsoft 365 writes headers like this.",

  "ui.overall.verified": "The sender's domain is verified.",
  "ui.overall.not-verified":
    "The sender's domain could not be verified. Be careful with links, attachments and requests for money or passwords.",
  "ui.overall.failed":
    "Authentication failed: this message may not come from the domain it claims.",
  "ui.overall.not-checked":
    "Your mail servers did not check who sent this message.",

  "ui.method.spf": "SPF",
  "ui.method.dkim": "DKIM",
  "ui.method.dmarc": "DMARC",

  "ui.state.passed": "Passed",
  "ui.state.failed": "Failed",
  "ui.state.softfail": "Soft fail",
  "ui.state.neutral": "Neutral",
  "ui.state.not-available": "Not Available",
  "ui.state.temperror": "Temporary Error",
  "ui.state.permerror": "Record Error",
  "ui.state.not-checked": "Not Checked",
  "ui.badge.label": "{method} {state}",

  "ui.detail.result": "Raw result",
  "ui.detail.noEvidence": "No result for this method in the trusted headers.",
  "ui.detail.domains": "Domains",
  "ui.detail.reason": "Reason given",
  "ui.detail.meaning": "What it means",
  "ui.detail.fix": "What the sender should fix",
  "ui.detail.nothingToFix": "Nothing: this check is in order.",

  "ui.meaning.passed":
    "The {method} check succeeded for the domain shown below.",
  "ui.meaning.failed":
    "The {method} check failed: the message does not match what the domain owner published.",
  "ui.meaning.softfail":
    "The domain owner says the sending server is probably not allowed to send for the domain, but asks receivers not to reject on that alone.",
  "ui.meaning.neutral":
    "The {method} check ran but gave no answer either way, so it says nothing about the sender.",
  "ui.meaning.not-available":
    "Your servers looked, but the sender's domain publishes no {method} record or the message carries no {method} data.",
  "ui.meaning.temperror":
    "The {method} check could not finish because of a temporary problem, usually a DNS lookup that timed out.",
  "ui.meaning.permerror":
    "The sender's {method} record is broken, so no verdict was possible.",
  "ui.meaning.not-checked":
    "No header from your own mail servers reports a {method} check.",

  "ui.fix.failed":
    "Make sure every service that sends mail for the domain is covered by its {method} setup, or stop using services that are not.",
  "ui.fix.softfail":
    "Add the sending server to the domain's SPF record, or send through a server that is already listed.",
  "ui.fix.neutral":
    "Publish a definite {method} policy instead of one that makes no claim.",
  "ui.fix.not-available":
    "Publish a {method} record for the domain so receivers can verify its mail.",
  "ui.fix.temperror":
    "Check that the domain's DNS servers answer reliably; the check may pass when the message is sent again.",
  "ui.fix.permerror":
    "Correct the {method} record in DNS: look for syntax errors, too many DNS lookups or several records where only one is allowed.",
  "ui.fix.not-checked":
    "Nothing for the sender to do here; ask your own mail administrator whether your servers check {method}.",

  "ui.untrusted.heading": "Claims not added by your servers ({count})",
  "ui.untrusted.body":
    "These headers were added before the message reached your servers, possibly by the sender. Anyone can write them, so they do not affect the badges above.",
  "ui.untrusted.unparsed": "Could not be parsed: {error}",

  "ui.bounce.heading.bounce": "Delivery failed",
  "ui.bounce.heading.delivery-success": "Delivery notice",
  "ui.bounce.heading.auto-reply": "Automatic reply",
  "ui.bounce.heading.feedback-report": "Feedback report",
  "ui.bounce.recipients": "{count} recipient(s) in this report",
  "ui.bounce.noRecipients":
    "This report names no recipient that could be read.",
  "ui.bounce.format": "Format",
  "ui.bounce.provider": "Reported by",
  "ui.bounce.reportingMta": "Reporting server",
  "ui.bounce.arrivalDate": "Arrived",
  "ui.bounce.feedbackType": "Feedback type",
  "ui.bounce.originalSubject": "Original subject",
  "ui.bounce.action": "Action",
  "ui.bounce.status": "Status code",
  "ui.bounce.replyCode": "Reply code",
  "ui.bounce.reason": "Reason",
  "ui.bounce.remoteMta": "Remote server",
  "ui.bounce.diagnostic": "Server message",
  "ui.bounce.explanation": "Explanation",
  "ui.bounce.retryUntil": "Will retry until",
  "ui.bounce.action.failed": "Failed",
  "ui.bounce.action.delayed": "Delayed, still trying",
  "ui.bounce.action.delivered": "Delivered",
  "ui.bounce.action.relayed": "Relayed to a system that sends no reports",
  "ui.bounce.action.expanded": "Delivered and forwarded to a list",
  "ui.bounce.hard": "Permanent: sending again will not work",
  "ui.bounce.soft": "Temporary: it may work later",
  "ui.bounce.unknownPermanence": "Unknown whether this is permanent",

  "ui.diagnostics.heading": "Diagnostics ({count})",
  "ui.diagnostics.empty": "No host calls were recorded.",
  "ui.diagnostics.outcome.ok": "ok",
  "ui.diagnostics.outcome.failed": "failed",
  "ui.diagnostics.outcome.unsupported": "not supported here",

  "ui.doors.heading": "Analyse another message",
  "ui.doors.drop": "Drop an .eml file here",
  "ui.doors.dropActive": "Release to analyse the file",
  "ui.doors.choose": "Choose a file…",
  "ui.doors.pasteLabel": "Or paste the message source or its headers",
  "ui.doors.pastePlaceholder": "Received: from …\nAuthentication-Results: …",
  "ui.doors.analyse": "Analyse",
  "ui.doors.pastedName": "Pasted text",

  "ui.preview.title": "Mail Diagnostics preview",
  "ui.preview.intro":
    "Pick a sample message or hand in your own. Everything is analysed in this page; nothing is sent anywhere.",
  "ui.preview.samples": "Sample messages",
  "ui.preview.darkTheme": "Dark theme",
  "ui.preview.start":
    "Choose a sample on the left, drop an .eml file, or paste a message to see its analysis.",
  "ui.preview.sample.all-pass": "All checks pass",
  "ui.preview.sample.dmarc-none": "DMARC not published",
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
};
