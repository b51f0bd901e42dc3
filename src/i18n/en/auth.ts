import type { Catalog } from "../types";

const badges: Catalog = {
  "auth.badge.spf.passed": "SPF Passed",
  "auth.badge.spf.failed": "SPF Failed",
  "auth.badge.spf.softfail": "SPF Soft Fail",
  "auth.badge.spf.neutral": "SPF Neutral",
  "auth.badge.spf.not-available": "SPF Not Available",
  "auth.badge.spf.temperror": "SPF Temporary Error",
  "auth.badge.spf.permerror": "SPF Permanent Error",
  "auth.badge.spf.not-checked": "SPF Not Checked",
  "auth.badge.dkim.passed": "DKIM Passed",
  "auth.badge.dkim.failed": "DKIM Failed",
  "auth.badge.dkim.softfail": "DKIM Soft Fail",
  "auth.badge.dkim.neutral": "DKIM Neutral",
  "auth.badge.dkim.not-available": "DKIM Not Available",
  "auth.badge.dkim.temperror": "DKIM Temporary Error",
  "auth.badge.dkim.permerror": "DKIM Permanent Error",
  "auth.badge.dkim.not-checked": "DKIM Not Checked",
  "auth.badge.dmarc.passed": "DMARC Passed",
  "auth.badge.dmarc.failed": "DMARC Failed",
  "auth.badge.dmarc.softfail": "DMARC Soft Fail",
  "auth.badge.dmarc.neutral": "DMARC Neutral",
  "auth.badge.dmarc.not-available": "DMARC Not Available",
  "auth.badge.dmarc.temperror": "DMARC Temporary Error",
  "auth.badge.dmarc.permerror": "DMARC Permanent Error",
  "auth.badge.dmarc.not-checked": "DMARC Not Checked",
};

const states: Catalog = {
  "auth.state.passed.meaning":
    "The check succeeded: the receiving server confirmed this part of the sender's identity.",
  "auth.state.passed.fix.spf": "Nothing to fix.",
  "auth.state.passed.fix.dkim": "Nothing to fix.",
  "auth.state.passed.fix.dmarc": "Nothing to fix.",

  "auth.state.failed.meaning":
    "The check failed: the domain's published rules say this message should not have come from where it did, or its signature does not match its content.",
  "auth.state.failed.fix.spf":
    "The sender's administrator should add the sending server's address to the domain's SPF record, or send through a server the record already lists.",
  "auth.state.failed.fix.dkim":
    "The sender's administrator should check that the published DKIM key matches the signing key, and that nothing on the way (a footer, a list server, a scanner) changes the message after signing.",
  "auth.state.failed.fix.dmarc":
    "The sender's administrator should make sure the domain's mail passes SPF or DKIM under the same domain as the From address, for example by signing with DKIM for that domain.",

  "auth.state.softfail.meaning":
    "The domain's SPF record says this server is probably not allowed to send its mail, but asks receivers not to reject on that alone.",
  "auth.state.softfail.fix.spf":
    "The sender's administrator should add the sending server to the SPF record, or move to a strict record (-all) once every sending server is listed.",
  "auth.state.softfail.fix.dkim":
    "The receiving server reported an unusual DKIM result; the sender's administrator should check the DKIM setup.",
  "auth.state.softfail.fix.dmarc":
    "The receiving server reported an unusual DMARC result; the sender's administrator should check the DMARC record.",

  "auth.state.neutral.meaning":
    "The check gave no clear answer: the domain makes no statement about this server, or the receiver reported a result this add-in does not know.",
  "auth.state.neutral.fix.spf":
    "The sender's administrator should replace the neutral ending (?all) of the SPF record with one that lists every sending server and ends in -all or ~all.",
  "auth.state.neutral.fix.dkim":
    "The sender's administrator should check the DKIM-Signature the server adds; the receiver could not process it.",
  "auth.state.neutral.fix.dmarc":
    "The sender's administrator should check that the DMARC record is valid.",

  "auth.state.not-available.meaning":
    "The receiving server looked, but there was nothing to check: the domain publishes no record for this method, or the message carries no signature.",
  "auth.state.not-available.fix.spf":
    "The sender's administrator should publish an SPF record that lists the servers allowed to send the domain's mail.",
  "auth.state.not-available.fix.dkim":
    "The sender's administrator should turn on DKIM signing for the domain and publish its public key in DNS.",
  "auth.state.not-available.fix.dmarc":
    "The sender's administrator should publish a DMARC record for the domain, starting with p=none and moving to quarantine or reject once SPF and DKIM pass.",

  "auth.state.temperror.meaning":
    "The check could not finish because of a temporary error, usually a DNS lookup that timed out. A later attempt may succeed.",
  "auth.state.temperror.fix.spf":
    "Usually nothing: it should clear by itself. If it keeps happening, the sender's administrator should check that the domain's DNS servers answer reliably.",
  "auth.state.temperror.fix.dkim":
    "Usually nothing: it should clear by itself. If it keeps happening, the sender's administrator should check that the DKIM key record can be looked up.",
  "auth.state.temperror.fix.dmarc":
    "Usually nothing: it should clear by itself. If it keeps happening, the sender's administrator should check that the DMARC record can be looked up.",

  "auth.state.permerror.meaning":
    "The check failed because the domain's published record cannot be used: it has a syntax error or needs too many lookups.",
  "auth.state.permerror.fix.spf":
    "The sender's administrator should correct the SPF record: one record only, valid syntax, and no more than 10 DNS lookups.",
  "auth.state.permerror.fix.dkim":
    "The sender's administrator should correct the DKIM key record or the signature: a required tag is missing or a value is invalid.",
  "auth.state.permerror.fix.dmarc":
    "The sender's administrator should correct the DMARC record: one record only, starting with v=DMARC1 and with a valid p= tag.",

  "auth.state.not-checked.meaning":
    "No trusted result exists: none of your mail servers recorded this check, so the add-in cannot tell whether the sender is genuine.",
  "auth.state.not-checked.fix.spf":
    "Nothing for the sender; your administrator can make your mail servers record SPF results, or add their name to the trusted servers in the settings.",
  "auth.state.not-checked.fix.dkim":
    "Nothing for the sender; your administrator can make your mail servers record DKIM results, or add their name to the trusted servers in the settings.",
  "auth.state.not-checked.fix.dmarc":
    "Nothing for the sender; your administrator can make your mail servers record DMARC results, or add their name to the trusted servers in the settings.",
};

const overall: Catalog = {
  "auth.overall.verified.title": "Sender verified",
  "auth.overall.verified.advice":
    "Nobody needs to act: the From domain passed DMARC, so the message really comes from that domain. Still judge the content.",
  "auth.overall.not-verified.title": "Sender not verified",
  "auth.overall.not-verified.advice":
    "The sender's administrator should publish a DMARC policy for the domain: without one, nothing ties the SPF and DKIM results to the From address, and receiving filters treat the mail with more suspicion.",
  "auth.overall.failed.title": "Sender verification failed",
  "auth.overall.failed.advice":
    "Treat the message with care: it does not meet the From domain's own DMARC policy, so it may be forged. If it is genuine, the sender's administrator must fix SPF or DKIM for that domain.",
  "auth.overall.not-checked.title": "Sender not checked",
  "auth.overall.not-checked.advice":
    "Your administrator should check that your mail servers add Authentication-Results headers, or add their name to the trusted servers in the settings.",
  "auth.advice.dmarc-bestguesspass":
    "The sender's administrator should publish a DMARC policy: the domain has none, although the message would have passed one.",
  "auth.advice.dmarc-not-evaluated":
    "Your administrator should turn on DMARC checking on your mail servers; they checked SPF or DKIM but recorded no DMARC result.",
  "auth.advice.dmarc-temperror":
    "Nobody needs to act yet: the DMARC lookup failed for a moment. If it keeps happening, the sender's administrator should check the domain's DNS servers.",
  "auth.advice.dmarc-permerror":
    "The sender's administrator should correct the domain's DMARC record, because receivers cannot read it.",
  "auth.advice.dmarc-failed-arc-pass":
    "If you expect this message through a mailing list or forwarder, it is probably genuine. The list's administrator can stop breaking the sender's signature (no subject tags or footers) or rewrite the From address.",
  "auth.advice.dmarc-failed-policy-none":
    "Treat the message with care. The sender's administrator should fix SPF or DKIM for the From domain; its DMARC policy is p=none, so failing mail is still delivered.",
};

const alignment: Catalog = {
  "auth.alignment.reason.bestguesspass":
    "The From domain publishes no DMARC record. Microsoft 365 checked it anyway and found that it would have passed.",
  "auth.alignment.reason.pass-both-aligned":
    "DMARC passed: both SPF and a DKIM signature passed for the From domain.",
  "auth.alignment.reason.pass-dkim-aligned":
    "DMARC passed: a DKIM signature for the From domain verified.",
  "auth.alignment.reason.pass-spf-aligned":
    "DMARC passed: SPF passed for a sender domain that matches the From domain.",
  "auth.alignment.reason.pass-reported":
    "The receiving server reported that DMARC passed; the results it recorded do not show which domain matched.",
  "auth.alignment.reason.fail-reported":
    "The receiving server reported that DMARC failed, although an SPF or DKIM pass seems to match the From domain. The receiver may apply a strict alignment rule it did not record.",
  "auth.alignment.reason.fail-arc-pass":
    "DMARC failed here, but the ARC seal of a forwarder or mailing list on the way says the message passed when that server received it. The forwarder probably changed the message.",
  "auth.alignment.reason.fail-not-aligned":
    "DMARC failed: SPF or DKIM passed, but for a different domain than the one in the From address.",
  "auth.alignment.reason.fail-nothing-passed":
    "DMARC failed: neither SPF nor DKIM passed.",
  "auth.alignment.reason.no-policy":
    "DMARC could not be applied: the From domain publishes no DMARC record.",
  "auth.alignment.reason.not-checked":
    "DMARC could not be judged: no trusted authentication results exist.",
  "auth.alignment.reason.temperror":
    "DMARC could not be evaluated because of a temporary DNS error.",
  "auth.alignment.reason.permerror":
    "DMARC could not be evaluated because the domain's DMARC record is invalid.",
  "auth.alignment.reason.unknown-result":
    "The receiving server reported a DMARC result this add-in does not know.",
  "auth.alignment.reason.no-from-domain":
    "DMARC could not be evaluated: the message has no usable From address.",
  "auth.alignment.reason.multiple-from":
    "DMARC could not be evaluated: the From field holds more than one address.",
  "auth.alignment.reason.not-evaluated-would-pass":
    "The receiving server did not evaluate DMARC. SPF or DKIM passed for the From domain, so the message would pass if the domain publishes a DMARC record.",
  "auth.alignment.reason.not-evaluated-would-fail":
    "The receiving server did not evaluate DMARC. No SPF or DKIM pass matches the From domain, so the message would fail if the domain publishes a DMARC record.",
};

const parseErrors: Catalog = {
  "auth.parse.error.empty": "The value is empty.",
  "auth.parse.error.expected-authserv-id":
    "The value should start with the name of the server that did the checks.",
  "auth.parse.error.expected-equals": "An equals sign (=) is missing.",
  "auth.parse.error.expected-instance":
    "The ARC instance tag (i=1;) is missing at the start.",
  "auth.parse.error.expected-method":
    "A method name such as spf, dkim or dmarc is missing.",
  "auth.parse.error.expected-property":
    "A property such as smtp.mailfrom=… or header.d=… was expected.",
  "auth.parse.error.expected-result":
    "A result such as pass or fail is missing.",
  "auth.parse.error.expected-semicolon":
    "A semicolon (;) was expected before the next result.",
  "auth.parse.error.expected-value": "A value is missing.",
  "auth.parse.error.expected-version": "A version number is missing after /.",
  "auth.parse.error.invalid-value":
    "A value contains characters that need quotes.",
  "auth.parse.error.invalid-version":
    "The version after the server name is not a number.",
  "auth.parse.error.misplaced-reason":
    "reason= must come before the properties of a result.",
  "auth.parse.error.none-with-results":
    "The value says none but also lists results.",
  "auth.parse.error.unexpected-character": "An unexpected character was found.",
  "auth.parse.error.unterminated-comment":
    "A comment opened with ( is never closed.",
  "auth.parse.error.unterminated-quoted-string":
    "A quoted string is never closed.",
};

const microsoft: Catalog = {
  "auth.microsoft.compauth.result.pass":
    "Microsoft's composite authentication passed.",
  "auth.microsoft.compauth.result.fail":
    "Microsoft's composite authentication failed: Microsoft 365 could not confirm the sender and may treat the message as spoofed.",
  "auth.microsoft.compauth.result.softpass":
    "Microsoft's composite authentication soft-passed: the sender was confirmed only by weaker signals.",
  "auth.microsoft.compauth.result.none":
    "Microsoft's composite authentication was not checked or was bypassed.",
  "auth.microsoft.compauth.result.other":
    "Microsoft's composite authentication gave a result this add-in does not know.",
  "auth.microsoft.compauth.reason.000":
    "The From domain publishes a DMARC policy of quarantine or reject, and the message failed it.",
  "auth.microsoft.compauth.reason.001":
    "The message failed implicit authentication: the domain publishes no or only weak records (no DMARC, p=none, or a soft SPF ending).",
  "auth.microsoft.compauth.reason.002":
    "Your organisation's policy forbids this sender and domain pair from sending spoofed mail.",
  "auth.microsoft.compauth.reason.010":
    "The message failed DMARC with quarantine or reject, and the From domain is one of your organisation's own domains.",
  "auth.microsoft.compauth.reason.1xx":
    "Composite authentication passed (130 means an ARC result overrode a DMARC failure).",
  "auth.microsoft.compauth.reason.2xx":
    "Composite authentication soft-passed on implicit signals.",
  "auth.microsoft.compauth.reason.3xx":
    "Composite authentication was not checked.",
  "auth.microsoft.compauth.reason.4xx":
    "Composite authentication was bypassed.",
  "auth.microsoft.compauth.reason.6xx":
    "The message failed implicit authentication, and the From domain is one of your organisation's own domains.",
  "auth.microsoft.compauth.reason.7xx": "Composite authentication passed.",
  "auth.microsoft.compauth.reason.9xx":
    "Composite authentication was bypassed.",
  "auth.microsoft.compauth.reason.other":
    "Microsoft did not document this reason code.",

  "auth.microsoft.scl.skipped":
    "SCL -1: spam filtering was skipped (a safe sender, an allowed IP address or a mail flow rule), so the message goes to the inbox.",
  "auth.microsoft.scl.not-spam":
    "SCL 0 or 1: not spam, delivered to the inbox.",
  "auth.microsoft.scl.unused":
    "SCL 2 to 4: Microsoft's filtering does not assign these values; a rule or another system set it.",
  "auth.microsoft.scl.spam": "SCL 5 or 6: spam, delivered to Junk Email.",
  "auth.microsoft.scl.high-confidence-spam":
    "SCL 7 to 9: high confidence spam, delivered to Junk Email or quarantined.",
  "auth.microsoft.scl.other": "This spam confidence level is not documented.",

  "auth.microsoft.bcl.not-bulk": "BCL 0: not from a bulk sender.",
  "auth.microsoft.bcl.few":
    "BCL 1 to 3: from a bulk sender that draws few complaints.",
  "auth.microsoft.bcl.mixed":
    "BCL 4 to 7: from a bulk sender that draws a mixed number of complaints.",
  "auth.microsoft.bcl.many":
    "BCL 8 or 9: from a bulk sender that draws many complaints.",
  "auth.microsoft.bcl.other": "This bulk complaint level is not documented.",

  "auth.microsoft.sfv.blk":
    "Blocked because the sender is in the recipient's Blocked Senders list.",
  "auth.microsoft.sfv.nspm": "Spam filtering judged the message not spam.",
  "auth.microsoft.sfv.sfe":
    "Allowed because the sender is in the recipient's Safe Senders list.",
  "auth.microsoft.sfv.ska":
    "Allowed because the anti-spam policy lists the sender or domain as allowed.",
  "auth.microsoft.sfv.skb":
    "Marked as spam because the anti-spam policy blocks the sender or domain.",
  "auth.microsoft.sfv.skn":
    "Marked as not spam before filtering, for example by a mail flow rule.",
  "auth.microsoft.sfv.skq": "Released from quarantine.",
  "auth.microsoft.sfv.sks":
    "Marked as spam before filtering, for example by a mail flow rule.",
  "auth.microsoft.sfv.spm": "Spam filtering marked the message as spam.",

  "auth.microsoft.cat.amp": "Category: anti-malware.",
  "auth.microsoft.cat.bimp": "Category: brand impersonation.",
  "auth.microsoft.cat.bulk": "Category: bulk mail.",
  "auth.microsoft.cat.dimp": "Category: domain impersonation.",
  "auth.microsoft.cat.ftbp":
    "Category: blocked by the common attachments filter.",
  "auth.microsoft.cat.gimp":
    "Category: impersonation found by mailbox intelligence.",
  "auth.microsoft.cat.hphish": "Category: high confidence phishing.",
  "auth.microsoft.cat.hphsh": "Category: high confidence phishing.",
  "auth.microsoft.cat.hspm": "Category: high confidence spam.",
  "auth.microsoft.cat.intos":
    "Category: phishing from inside the organisation.",
  "auth.microsoft.cat.malw": "Category: malware.",
  "auth.microsoft.cat.none": "No protection policy matched.",
  "auth.microsoft.cat.ospm": "Category: outbound spam.",
  "auth.microsoft.cat.phsh": "Category: phishing.",
  "auth.microsoft.cat.sap": "Category: Safe Attachments.",
  "auth.microsoft.cat.spm": "Category: spam.",
  "auth.microsoft.cat.spoof": "Category: spoofing.",
  "auth.microsoft.cat.uimp": "Category: user impersonation.",

  "auth.microsoft.sfty.9-19": "Safety tip: domain impersonation.",
  "auth.microsoft.sfty.9-20": "Safety tip: user impersonation.",
  "auth.microsoft.sfty.9-25":
    "Safety tip: first message from this sender to the recipient.",

  "auth.microsoft.ipv.cal":
    "Filtering was skipped because the sending IP address is on an allow list.",
  "auth.microsoft.ipv.nli": "The sending IP address is on no reputation list.",

  "auth.microsoft.srv.bulk":
    "The message was identified as bulk mail because its bulk complaint level reached the policy's threshold.",

  "auth.microsoft.dir.inb": "Inbound message.",
  "auth.microsoft.dir.out": "Outbound message.",
  "auth.microsoft.dir.int": "Internal message.",
};

const cli: Catalog = {
  "auth.cli.usage":
    "Usage: auth-results [--json] VALUE\nParses one Authentication-Results value. VALUE may include the field name; use - to read it from standard input.",
  "auth.cli.error.missing-value":
    "No value given. Pass an Authentication-Results value, or - to read it from standard input.",
  "auth.cli.error.unknown-option": "Unknown option: {option}",
  "auth.cli.error.parse":
    "Invalid Authentication-Results value: {message} Parsing stopped at character {position}.",
  "auth.cli.label.authserv-id": "Authserv-id",
  "auth.cli.label.version": "Version",
  "auth.cli.label.lenient":
    "Read leniently: the value breaks the RFC 8601 grammar.",
  "auth.cli.label.none": "No checks were performed.",
  "auth.cli.label.missing": "(none)",
  "auth.cli.label.reason": "reason",
  "auth.cli.label.comment": "comment",
};

/** English texts for authentication results, badges and their advice. */
export const authMessages: Catalog = {
  ...badges,
  ...states,
  ...overall,
  ...alignment,
  ...parseErrors,
  ...microsoft,
  ...cli,
};
