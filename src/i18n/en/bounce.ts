import type { Catalog } from "../types";

/**
 * Words for bounce reports: message kinds, who has to act, the SMTP stage a
 * server refused at, and bounce reasons (a title and an explanation each).
 */
export const bounceMessages: Catalog = {
  "bounce.kind.bounce": "Delivery failure or delay",
  "bounce.kind.delivery-success": "Delivery confirmation",
  "bounce.kind.auto-reply": "Automatic reply",
  "bounce.kind.feedback-report": "Spam complaint or feedback report",

  "bounce.actor.sender": "You, the sender",
  "bounce.actor.sender-admin": "Your mail administrator",
  "bounce.actor.recipient": "The recipient",
  "bounce.actor.recipient-admin": "The recipient's mail administrator",
  "bounce.actor.nobody": "Nobody: no action is needed",

  "bounce.smtpCommand.CONN": "When the sending server connected",
  "bounce.smtpCommand.HELO":
    "When the sending server introduced itself (HELO/EHLO)",
  "bounce.smtpCommand.MAIL": "When the sender address was given (MAIL FROM)",
  "bounce.smtpCommand.RCPT": "When the recipient address was given (RCPT TO)",
  "bounce.smtpCommand.DATA": "After the message itself was sent (DATA)",

  "bounce.reason.authfailure.title": "Sender authentication failed",
  "bounce.reason.authfailure.explanation":
    "The receiving server checked whether your domain allows this server to send on its behalf (SPF, DKIM, DMARC) and the check failed. Your mail administrator has to publish the right DNS records or sign outgoing mail; sending again before that is fixed will fail the same way.",

  "bounce.reason.badreputation.title": "Sending server has a poor reputation",
  "bounce.reason.badreputation.explanation":
    "The receiving provider refused or deferred the message because the sending server's IP address has a poor reputation with it, often after complaints or unusual volume. Your mail administrator has to find the cause and ask the provider to review the address.",

  "bounce.reason.blocked.title": "Sending server blocked",
  "bounce.reason.blocked.explanation":
    "The receiving server refused the connection from the server that sent your message, because of its IP address or host name: a blocklist entry, a missing host name, or a local ban. The message itself was not judged. Your mail administrator has to get the address removed from the list or send through another server.",

  "bounce.reason.contenterror.title": "Message format not accepted",
  "bounce.reason.contenterror.explanation":
    "The receiving server could not accept the message because of how it is built: a header, the character encoding or the MIME structure was invalid or not supported. Sending the same message again will fail; the program or service that created it has to produce a valid message.",

  "bounce.reason.delivered.title": "Delivered",
  "bounce.reason.delivered.explanation":
    "The message was delivered to the recipient's server, or passed on to a system that does not confirm delivery. This notice is only a confirmation that you or your mail program asked for.",

  "bounce.reason.emailtoolarge.title": "Message too large",
  "bounce.reason.emailtoolarge.explanation":
    "The message, with its attachments, is larger than the receiving server accepts. Send smaller attachments, compress them, or share a link to the files instead.",

  "bounce.reason.exceedlimit.title": "Message exceeds a limit",
  "bounce.reason.exceedlimit.explanation":
    "The message exceeded a limit that the receiving server sets, such as its size or the number of recipients in one message. Make the message smaller or split the recipients over several messages.",

  "bounce.reason.expired.title": "Delivery attempts timed out",
  "bounce.reason.expired.explanation":
    "The sending server kept trying to deliver the message but could not before its retry period ran out, usually because the receiving server did not answer or kept deferring. Check that the address is right and try again later; if it keeps happening, the recipient's mail administrator has to look at their server.",

  "bounce.reason.failedstarttls.title": "Encrypted connection failed",
  "bounce.reason.failedstarttls.explanation":
    "One of the servers required an encrypted (TLS) connection and it could not be set up, because the other side does not offer encryption or its certificate was not accepted. A mail administrator on one of the two sides has to fix the TLS setup.",

  "bounce.reason.feedback.title": "Feedback report",
  "bounce.reason.feedback.explanation":
    "A mailbox provider reports that one of its users marked your message as spam, or asked to unsubscribe. Nothing bounced. Stop sending to this address, and review why recipients complain.",

  "bounce.reason.filtered.title": "Rejected by the recipient's filter",
  "bounce.reason.filtered.explanation":
    "The receiving side accepted the address but refused the message afterwards, because of a filter the recipient or their organisation set up. Some servers also report an unknown address this late. Contact the recipient by another way and ask them to allow your messages.",

  "bounce.reason.hasmoved.title": "Recipient has moved",
  "bounce.reason.hasmoved.explanation":
    "The recipient's mailbox moved to a new address and mail to the old one is no longer forwarded. Ask the recipient for the new address and update your contacts.",

  "bounce.reason.hostunknown.title": "Recipient domain not found",
  "bounce.reason.hostunknown.explanation":
    "The part of the address after the @ does not exist as a mail domain, so no server could be found to deliver to. Check the address for a typing error; sending again to the same address will not work.",

  "bounce.reason.mailboxfull.title": "Recipient's mailbox is full",
  "bounce.reason.mailboxfull.explanation":
    "The recipient's mailbox has reached its storage limit. The recipient has to delete mail or get more space; try again later, or reach them another way.",

  "bounce.reason.mailererror.title": "Delivery program failed",
  "bounce.reason.mailererror.explanation":
    "The receiving server handed the message to a local delivery program (a filter script or mail delivery agent) and that program failed. The recipient's mail administrator has to fix it.",

  "bounce.reason.networkerror.title": "Network or DNS problem",
  "bounce.reason.networkerror.explanation":
    "The sending server could not reach the receiving server: a DNS lookup failed, the connection was refused or dropped, or the message looped between servers. These problems are often temporary; try again later, and if it persists a mail administrator has to check DNS and routing.",

  "bounce.reason.norelaying.title": "Relaying denied",
  "bounce.reason.norelaying.explanation":
    "A server refused to pass the message on to another domain because it does not relay mail for you. This usually means your mail program is set up with the wrong outgoing server or without signing in; check the account's outgoing server settings.",

  "bounce.reason.notaccept.title": "Domain accepts no mail",
  "bounce.reason.notaccept.explanation":
    "The recipient's domain states that it does not receive email at all (for example with a null MX record), or has no mail server. Sending again will not work; use another way to reach the recipient.",

  "bounce.reason.notcompliantrfc.title": "Message breaks email standards",
  "bounce.reason.notcompliantrfc.explanation":
    "The receiving server refused the message because it does not follow the email standards, for example it has two From or Subject headers. The program or service that created the message has to be fixed.",

  "bounce.reason.onhold.title": "Reason not clear",
  "bounce.reason.onhold.explanation":
    "The report gives too little detail to tell why delivery failed. Read the diagnostic text and codes shown here; if the failure is temporary, try again later.",

  "bounce.reason.policyviolation.title": "Refused by the recipient's policy",
  "bounce.reason.policyviolation.explanation":
    "The receiving organisation's policy does not allow this message, for example because of its content, an attachment type, or who it comes from. Ask the recipient or their mail administrator which rule applies.",

  "bounce.reason.ratelimited.title": "Sending too fast",
  "bounce.reason.ratelimited.explanation":
    "The receiving server limits how many messages or connections it accepts in a period, and this message went over the limit. Wait and try again later; a sender of bulk mail has to slow down.",

  "bounce.reason.rejected.title": "Sender address refused",
  "bounce.reason.rejected.explanation":
    "The receiving server refused the message because of the sender address: it could not verify it, does not accept mail from its domain, or has blocked it. Check that your address and domain are set up correctly, or ask the recipient to allow your address.",

  "bounce.reason.requireptr.title": "Sending server has no valid host name",
  "bounce.reason.requireptr.explanation":
    "The receiving server requires the sending server's IP address to have a reverse DNS (PTR) record that matches its host name, and it does not. Your mail administrator or hosting provider has to set up the reverse DNS record.",

  "bounce.reason.securityerror.title": "Security check failed",
  "bounce.reason.securityerror.explanation":
    "A server refused the message for a security reason, for example because it requires you to sign in before sending, or the credentials were not accepted. Check your mail program's outgoing server sign-in settings.",

  "bounce.reason.spamdetected.title": "Message judged as spam",
  "bounce.reason.spamdetected.explanation":
    "The receiving server's spam filter judged the message's content to be spam. Change the content (links, wording, attachments) or ask the recipient to allow your address.",

  "bounce.reason.suppressed.title": "Address on a suppression list",
  "bounce.reason.suppressed.explanation":
    "Your sending service did not try to deliver, because the address is on its suppression list after earlier bounces or complaints. Remove the address from the list only if you are sure it works again.",

  "bounce.reason.suspend.title": "Recipient's mailbox is disabled",
  "bounce.reason.suspend.explanation":
    "The recipient's mailbox exists but is suspended, disabled or no longer used. The recipient or their organisation has to reactivate it; otherwise contact them another way.",

  "bounce.reason.syntaxerror.title": "SMTP protocol error",
  "bounce.reason.syntaxerror.explanation":
    "The servers did not understand each other: a command or its parameters were invalid in the SMTP conversation. This is a problem of the sending software or its configuration, so your mail administrator has to look at it.",

  "bounce.reason.systemerror.title": "Error on the receiving server",
  "bounce.reason.systemerror.explanation":
    "The receiving server had an internal error or is not available. This is not caused by your message; try again later, and if it persists the recipient's mail administrator has to fix the server.",

  "bounce.reason.systemfull.title": "Receiving server out of space",
  "bounce.reason.systemfull.explanation":
    "The receiving server's disk is full, so it cannot store any incoming mail. Try again later; the recipient's mail administrator has to free space.",

  "bounce.reason.undefined.title": "Reason unknown",
  "bounce.reason.undefined.explanation":
    "The report does not say why delivery failed. Look at the raw report, or ask your mail administrator to check the server logs.",

  "bounce.reason.userunknown.title": "Recipient address does not exist",
  "bounce.reason.userunknown.explanation":
    "The recipient's domain exists, but it has no mailbox with this name. Check the address for a typing error or ask the recipient for the right one; sending again to the same address will not work.",

  "bounce.reason.vacation.title": "Automatic reply",
  "bounce.reason.vacation.explanation":
    "The recipient's mailbox sent an automatic reply, such as an out-of-office note. Your message was delivered; read the reply for when they are back or whom to contact instead.",

  "bounce.reason.virusdetected.title": "Virus or malware detected",
  "bounce.reason.virusdetected.explanation":
    "The receiving server found a virus or other harmful content in the message, usually in an attachment. Scan your computer and the files, and send again without the infected attachment.",
};
