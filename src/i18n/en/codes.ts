import type { Catalog } from "../types";

/** A code's explanation: what it means, then what to do about it. */
export type Explanation = readonly [meaning: string, action: string];

/**
 * Expands `{ code: [meaning, action] }` into the catalog keys
 * `prefix.code.meaning` and `prefix.code.action` that the code catalogs in
 * core/codes point to.
 */
export function explanationMessages(
  prefix: string,
  explanations: Readonly<Record<string, Explanation>>,
): Catalog {
  const messages: Record<string, string> = {};
  for (const [code, [meaning, action]] of Object.entries(explanations)) {
    messages[`${prefix}.${code}.meaning`] = meaning;
    messages[`${prefix}.${code}.action`] = action;
  }
  return messages;
}

const general: Catalog = {
  "code.class.2.title": "Success",
  "code.class.2.meaning": "The message was delivered, or this step worked.",
  "code.class.2.action": "Nothing to do.",
  "code.class.4.title": "Temporary failure",
  "code.class.4.meaning":
    "Delivery failed for a reason that is usually temporary, so a later " +
    "attempt can work.",
  "code.class.4.action":
    "If the sending server is still trying, wait, and follow the advice of " +
    "any later report. Otherwise send the message again later.",
  "code.class.5.title": "Permanent failure",
  "code.class.5.meaning":
    "Delivery failed and the sending server will not try again by itself.",
  "code.class.5.action":
    "Read the server's reply and fix what it names before sending " +
    "again. If it is unclear, forward this report to your IT or email " +
    "provider.",

  "code.subject.0.title": "Other status",
  "code.subject.0.meaning":
    "The server did not say what kind of problem this is.",
  "code.subject.0.action": "Read the server's full reply for details.",
  "code.subject.1.title": "Address status",
  "code.subject.1.meaning":
    "The problem is with an address: the recipient's or your own.",
  "code.subject.1.action":
    "Check the addresses for typos, and ask the recipient for their current " +
    "address if needed.",
  "code.subject.2.title": "Mailbox status",
  "code.subject.2.meaning":
    "The address is known, but something is wrong with the recipient's " +
    "mailbox.",
  "code.subject.2.action": "Let the recipient know in some other way.",
  "code.subject.3.title": "Mail system status",
  "code.subject.3.meaning": "The receiving mail system has a problem.",
  "code.subject.3.action":
    "Try again later. If it keeps failing, the recipient's IT has to look " +
    "at their mail server.",
  "code.subject.4.title": "Network and routing status",
  "code.subject.4.meaning":
    "Something went wrong in the network, or in finding the way to the " +
    "recipient's mail server.",
  "code.subject.4.action":
    "Try again later. If it keeps failing, ask your IT or email provider.",
  "code.subject.5.title": "Mail protocol status",
  "code.subject.5.meaning":
    "The two mail servers had trouble talking to each other.",
  "code.subject.5.action": "Ask your IT or email provider to look into it.",
  "code.subject.6.title": "Message content status",
  "code.subject.6.meaning":
    "The content or format of the message caused the problem.",
  "code.subject.6.action":
    "Simplify the message or leave out attachments, then send it again.",
  "code.subject.7.title": "Security or policy status",
  "code.subject.7.meaning":
    "A security check or a policy rule stopped the message.",
  "code.subject.7.action":
    "Read the server's reply. Often your IT has to fix how your " +
    "domain proves its mail is genuine, or the recipient has to allow your " +
    "messages.",

  "code.basicClass.2.title": "Success",
  "code.basicClass.2.meaning": "The server did what was asked.",
  "code.basicClass.2.action": "Nothing to do.",
  "code.basicClass.3.title": "Waiting for more",
  "code.basicClass.3.meaning":
    "The server is waiting for the next step. This is a normal part of " +
    "sending.",
  "code.basicClass.3.action": "Nothing to do.",
  "code.basicClass.4.title": "Temporary failure",
  "code.basicClass.4.meaning":
    "The server could not do what was asked right now.",
  "code.basicClass.4.action":
    "If the sending server is still trying, wait. Otherwise send the " +
    "message again later.",
  "code.basicClass.5.title": "Permanent failure",
  "code.basicClass.5.meaning": "The server refused what was asked.",
  "code.basicClass.5.action":
    "Read the server's reply. Something has to change before sending " +
    "again.",
  "code.basicCategory.0.title": "Syntax",
  "code.basicCategory.1.title": "Information",
  "code.basicCategory.2.title": "Connection",
  "code.basicCategory.3.title": "Unspecified",
  "code.basicCategory.4.title": "Unspecified",
  "code.basicCategory.5.title": "Mail system",

  "code.retry.later":
    "Trying again later can work. The sending server may already be " +
    "retrying by itself.",
  "code.retry.after-fix":
    "Sending again only helps after the problem has been fixed.",
  "code.retry.resend-later":
    "The sending server has stopped trying. Sending the message again " +
    "later can work.",
  "code.retry.never": "Sending again to this address will never work.",
  "code.retry.not-needed": "Nothing to retry: this part succeeded.",

  "code.actor.sender": "You, the sender",
  "code.actor.sender-admin": "Your IT department or email provider",
  "code.actor.recipient": "The recipient",
  "code.actor.recipient-admin":
    "The recipient's IT department or email provider",
  "code.actor.nobody": "Nobody for now",

  "code.summary.unknown":
    "The report has no code this add-in can explain.",
  "code.action.unknown":
    "Read the server's reply. If it does not explain the problem, " +
    "forward this report to your IT or email provider.",
};

/** IANA enhanced status codes, by registered code. */
const enhanced = explanationMessages("code.enhanced", {
  "X.0.0": [
    "The receiving server reported a failure without saying what kind.",
    "Read the server's full reply. If it does not explain the " +
      "problem, forward this report to your IT or email provider.",
  ],
  "X.1.0": [
    "Something is wrong with an address in the message, but the server did " +
      "not say exactly what.",
    "Check the recipient's address for typos. If it looks right, ask the " +
      "recipient for their correct address.",
  ],
  "X.1.1": [
    "The recipient's mailbox does not exist at that domain. The part before " +
      "the @ is probably misspelled, or the account has been closed.",
    "Check the spelling of the address, or ask the recipient for their " +
      "current address in some other way. Sending to the same address " +
      "again will fail.",
  ],
  "X.1.2": [
    "The part of the address after the @ does not lead to a mail server " +
      "that can be reached. The domain may be misspelled or may not exist.",
    "Check the spelling of the domain after the @. If it is right, the " +
      "recipient's organisation has to fix its mail setup.",
  ],
  "X.1.3": [
    "The recipient's address is not written in a valid form, for example " +
      "it contains spaces or stray characters.",
    "Correct the address and send the message again.",
  ],
  "X.1.4": [
    "The address matches more than one mailbox on the receiving side, so " +
      "the server could not choose one.",
    "Use the recipient's full, exact address, and ask them for it if " +
      "needed.",
  ],
  "X.1.5": [
    "The receiving server confirmed that the address is valid.",
    "Nothing to do.",
  ],
  "X.1.6": [
    "The recipient's mailbox has moved, and the server has no new address " +
      "to forward the message to.",
    "Ask the recipient for their new address and send the message there.",
  ],
  "X.1.7": [
    "Your own sending address is not written in a valid form, so the " +
      "server refused the message.",
    "Ask your IT or email provider to check how your sending address is " +
      "set up.",
  ],
  "X.1.8": [
    "The domain of your sending address could not be checked or cannot " +
      "receive replies, so the server refused the message.",
    "Ask your IT or email provider to check the DNS records of your " +
      "sending domain.",
  ],
  "X.1.9": [
    "The message was handed to a mail system that does not send delivery " +
      "reports, so no further news about it will come.",
    "Nothing to do. If you need to be sure, ask the recipient whether the " +
      "message arrived.",
  ],
  "X.1.10": [
    "The recipient's domain states publicly (with a \"null MX\" record) " +
      "that it never accepts email.",
    "Use a different address for this recipient. This domain will not " +
      "accept email.",
  ],
  "X.2.0": [
    "Something is wrong with the recipient's mailbox, but the server did " +
      "not say what.",
    "Let the recipient know in some other way, so they or their IT can " +
      "check the mailbox.",
  ],
  "X.2.1": [
    "The recipient's mailbox is disabled and does not accept messages, " +
      "often because the account was closed or suspended.",
    "Contact the recipient in some other way and ask for an address that " +
      "works.",
  ],
  "X.2.2": [
    "The recipient's mailbox is full.",
    "Wait and try again later, or tell the recipient in some other way so " +
      "they can free up space.",
  ],
  "X.2.3": [
    "The message is larger than the receiving side allows for this " +
      "mailbox.",
    "Make the message smaller, for example by sharing large attachments " +
      "as a link, and send it again.",
  ],
  "X.2.4": [
    "The recipient is a mailing list or group, and passing the message on " +
      "to its members failed.",
    "Tell the list owner or the recipient's IT; they have to fix the list.",
  ],
  "X.3.0": [
    "The receiving mail system had a problem of its own.",
    "Try again later. If it keeps failing, the recipient's IT has to look " +
      "at their mail server.",
  ],
  "X.3.1": [
    "The receiving mail system has run out of storage space.",
    "Try again later. The recipient's IT has to free up space on their " +
      "server.",
  ],
  "X.3.2": [
    "The receiving server is not accepting messages at the moment, or " +
      "accepts none at all.",
    "Try again later. If it keeps failing, contact the recipient in some " +
      "other way.",
  ],
  "X.3.3": [
    "The message asked for a feature that the receiving system cannot " +
      "provide.",
    "Ask your IT or email provider: a setting on your side asks for " +
      "something the other side does not support.",
  ],
  "X.3.4": [
    "The message is bigger than the receiving system accepts.",
    "Make the message smaller, for example by sending a link instead of " +
      "an attachment, and send it again.",
  ],
  "X.3.5": [
    "The receiving mail system is set up wrongly.",
    "Tell the recipient in some other way. Their IT has to fix their mail " +
      "server.",
  ],
  "X.3.6": [
    "The message was accepted, but with a different priority than the one " +
      "requested.",
    "Nothing to do.",
  ],
  "X.4.0": [
    "A network or routing problem stopped the delivery.",
    "Try again later. If it keeps failing, ask your IT or email provider " +
      "to look into it.",
  ],
  "X.4.1": [
    "The recipient's mail server did not answer.",
    "If the sending server is still trying, wait. Otherwise send the " +
      "message again later. If it keeps failing, the recipient's IT has to " +
      "check their server.",
  ],
  "X.4.2": [
    "The connection to the recipient's mail server broke off.",
    "If the sending server is still trying, wait. Otherwise send the " +
      "message again later. If it keeps failing, the recipient's IT has to " +
      "check their server.",
  ],
  "X.4.3": [
    "A lookup service that delivery depends on, usually DNS, failed.",
    "Try again later. If it keeps failing, the DNS setup of the " +
      "recipient's domain may be broken.",
  ],
  "X.4.4": [
    "No way to reach the recipient's mail server could be found, usually " +
      "because the domain has no working mail records.",
    "Check the domain after the @ for typos. If it is right, the " +
      "recipient's organisation has to fix its mail records.",
  ],
  "X.4.5": [
    "The mail system is overloaded.",
    "Wait: such messages are usually retried by themselves. If it failed " +
      "for good, send it again later.",
  ],
  "X.4.6": [
    "The message went round in a circle between mail servers, so it was " +
      "stopped. Forwarding rules that point at each other are a common " +
      "cause.",
    "Tell the recipient in some other way. They or their IT have to check " +
      "their forwarding rules.",
  ],
  "X.4.7": [
    "The message could not be delivered before the time limit ran out, " +
      "because the receiving server could not be reached or kept refusing " +
      "it.",
    "Send the message again later. If it fails again, contact the " +
      "recipient in some other way, because their server may be down.",
  ],
  "X.5.0": [
    "The mail servers did not understand each other.",
    "Ask your IT or email provider to look at the server logs.",
  ],
  "X.5.1": [
    "The receiving server got a command it does not accept.",
    "Ask your IT or email provider: the sending software sent something " +
      "the other side rejects.",
  ],
  "X.5.2": [
    "The receiving server could not read a command because it was badly " +
      "formed.",
    "Ask your IT or email provider. Check any address involved for stray " +
      "characters.",
  ],
  "X.5.3": [
    "The message had more recipients than the receiving server accepts at " +
      "once.",
    "Send the message in smaller batches, with fewer recipients each time.",
  ],
  "X.5.4": [
    "A command was understood, but one of its values was invalid, often a " +
      "badly written address.",
    "Check the addresses for stray characters. If they look right, ask " +
      "your IT or email provider.",
  ],
  "X.5.5": [
    "The two servers do not support the same version of the mail protocol.",
    "Ask your IT or email provider to look into it.",
  ],
  "X.5.6": [
    "A sign-in step sent to the server was too long.",
    "Ask your IT or email provider to check how your mail program signs in.",
  ],
  "X.6.0": [
    "Something in the message's content or attachments caused a problem.",
    "Send the message again without attachments or with simpler " +
      "formatting.",
  ],
  "X.6.1": [
    "The message contains a kind of content the receiving side does not " +
      "support.",
    "Send the content in a common format, such as PDF, or leave out the " +
      "attachment.",
  ],
  "X.6.2": [
    "The message had to be converted for the recipient, but the way it was " +
      "sent forbids changing it.",
    "Send the message in a simpler format and try again.",
  ],
  "X.6.3": [
    "The message had to be converted for the recipient, but no server on " +
      "the way can do it.",
    "Send the content in a simpler format, such as plain text or a common " +
      "attachment type.",
  ],
  "X.6.4": [
    "The message was delivered, but it had to be converted and some " +
      "content may have been lost.",
    "Ask the recipient whether the message arrived complete.",
  ],
  "X.6.5": [
    "Converting the message for the recipient failed.",
    "Send the message in a simpler format and try again.",
  ],
  "X.6.6": [
    "The server was asked to fetch the message content from somewhere " +
      "else, but could not get it.",
    "Ask your IT or email provider: your mail program points to content " +
      "the server cannot reach.",
  ],
  "X.6.7": [
    "An address contains characters beyond plain English letters, such as " +
      "accented letters, and a mail system involved cannot handle them.",
    "Use a plain-letter address if the recipient has one, or ask your IT " +
      "or email provider.",
  ],
  "X.6.8": [
    "The server has to answer with international characters, but your " +
      "mail software does not accept them.",
    "Ask your IT or email provider to turn on support for international " +
      "email (SMTPUTF8).",
  ],
  "X.6.9": [
    "The message has international characters in its headers, and a " +
      "server on the way cannot pass them on.",
    "Remove special characters from the subject and the names, or use " +
      "plain addresses, and send the message again.",
  ],
  "X.6.10": [
    "An outdated code for the same case as X.6.8: the server has to answer " +
      "with international characters your software does not accept.",
    "Ask your IT or email provider to turn on support for international " +
      "email (SMTPUTF8).",
  ],
  "X.7.0": [
    "A security check or policy rule on the receiving side stopped the " +
      "message, without details.",
    "Read the server's full reply. If it does not explain the " +
      "problem, forward this report to your IT or email provider.",
  ],
  "X.7.1": [
    "The receiving side refused the message on purpose: you are not " +
      "allowed to send to this recipient, or a filter or rule blocked it.",
    "Contact the recipient in some other way. They or their IT can allow " +
      "your messages if they want them.",
  ],
  "X.7.2": [
    "You are not allowed to send to this mailing list or group.",
    "Ask the list owner to let you post, or write to the members directly.",
  ],
  "X.7.3": [
    "The message needed a security conversion, such as decryption or " +
      "re-encryption, that was not possible.",
    "Send the message without encryption or signature if that is " +
      "acceptable, or ask your IT or email provider.",
  ],
  "X.7.4": [
    "A security feature that was asked for is not supported by the server.",
    "Ask your IT or email provider to check the security settings used " +
      "for sending.",
  ],
  "X.7.5": [
    "A cryptographic step, such as decryption or checking a signature, " +
      "failed.",
    "Check your encryption or signing settings, or send the message " +
      "without them.",
  ],
  "X.7.6": [
    "The message uses an encryption or signing method the receiving side " +
      "does not support.",
    "Send the message without encryption, or with a more common method.",
  ],
  "X.7.7": [
    "The message was changed on its way, so its integrity check failed.",
    "Send the message again. If it keeps failing, ask your IT or email " +
      "provider.",
  ],
  "X.7.8": [
    "Signing in to the mail server failed: the user name or password was " +
      "not accepted.",
    "Check the user name and password in your mail program and try again.",
  ],
  "X.7.9": [
    "The server refuses the sign-in method your mail program used because " +
      "it is not secure enough.",
    "Ask your IT or email provider which sign-in method to use, and change " +
      "it in your mail program.",
  ],
  "X.7.10": [
    "The server requires an encrypted connection, and the connection was " +
      "not encrypted.",
    "Ask your IT or email provider to turn on encryption (TLS) for sending.",
  ],
  "X.7.11": [
    "The chosen sign-in method needs an encrypted connection first.",
    "Turn on encryption (TLS or SSL) in the outgoing server settings of " +
      "your mail program.",
  ],
  "X.7.12": [
    "Your password has to be changed or set up again before you can send.",
    "Sign in to your email account on the web, or contact your IT, to " +
      "update the password.",
  ],
  "X.7.13": [
    "The account involved is disabled, so the server will not accept " +
      "messages from it or for it.",
    "Contact your IT or email provider to have the account enabled again.",
  ],
  "X.7.14": [
    "The server only accepts this from systems it already trusts, and " +
      "yours is not one of them.",
    "Ask your IT or email provider to set up the trust that is needed.",
  ],
  "X.7.15": [
    "The message's priority is too low for the server to handle it now.",
    "Try again later, or send the message with normal priority.",
  ],
  "X.7.16": [
    "The message is too big for the priority it was sent with.",
    "Send the message with normal priority, or make it smaller.",
  ],
  "X.7.17": [
    "The mailbox now belongs to someone other than the person you meant " +
      "to reach, so the message was not delivered.",
    "Confirm the recipient's current address in some other way before " +
      "sending again.",
  ],
  "X.7.18": [
    "The recipient's domain has changed owner since you last had contact, " +
      "so the message was not delivered.",
    "Confirm the recipient's current address in some other way before " +
      "sending again.",
  ],
  "X.7.19": [
    "The receiving server could not check whether the mailbox still " +
      "belongs to the person you meant to reach.",
    "Confirm the address with the recipient in some other way, then send " +
      "again.",
  ],
  "X.7.20": [
    "The message had no valid DKIM signature, and the receiving side " +
      "requires one.",
    "Ask your IT or email provider to set up DKIM signing for your domain.",
  ],
  "X.7.21": [
    "The message had DKIM signatures, but the receiver found none of them " +
      "acceptable.",
    "Ask your IT or email provider to check your DKIM signing, such as the " +
      "key length and the signing domain.",
  ],
  "X.7.22": [
    "No valid DKIM signature matched the domain in your From address.",
    "Ask your IT or email provider to sign messages with the domain of " +
      "your From address.",
  ],
  "X.7.23": [
    "The sending server is not allowed by your domain's SPF record, so the " +
      "receiver refused the message.",
    "Ask your IT or email provider to add the sending server to your " +
      "domain's SPF record.",
  ],
  "X.7.24": [
    "Your domain's SPF record could not be checked, because of a DNS error " +
      "or a mistake in the record.",
    "Ask your IT or email provider to check your domain's SPF record for " +
      "errors.",
  ],
  "X.7.25": [
    "The sending server's IP address has no proper reverse DNS name, and " +
      "the receiver requires one.",
    "Ask your IT or email provider to set up reverse DNS (a PTR record) " +
      "for the sending server.",
  ],
  "X.7.26": [
    "Several authentication checks, such as SPF and DKIM, failed for the " +
      "message.",
    "Ask your IT or email provider to fix SPF, DKIM and DMARC for your " +
      "domain.",
  ],
  "X.7.27": [
    "Your sending domain states (with a \"null MX\" record) that it " +
      "accepts no email, so no reply could reach you and the receiver " +
      "refused the message.",
    "Ask your IT or email provider to fix the mail records of your sending " +
      "domain, or send from another address.",
  ],
  "X.7.28": [
    "The receiver saw an unusual flood of messages and stopped accepting " +
      "them for now.",
    "Wait, then send again later, with fewer messages at a time.",
  ],
  "X.7.29": [
    "The message came through forwarding servers, and the chain of " +
      "authentication results they added (ARC) did not check out.",
    "Ask your IT or email provider, or whoever forwarded the message: the " +
      "forwarding path breaks authentication.",
  ],
  "X.7.30": [
    "The message demanded encrypted delivery all the way (REQUIRETLS), but " +
      "a server on the route cannot promise that.",
    "Send the message without the \"require encryption\" option, or ask " +
      "your IT or email provider about a secure route.",
  ],
});

/** SMTP reply codes, standard and commonly seen. */
const basic = explanationMessages("code.basic", {
  "101": [
    "Your mail system could not open a connection to the receiving " +
      "server. This number comes from the sending software, not from the " +
      "receiver.",
    "Check the internet connection and the server name in your settings, " +
      "then try again later.",
  ],
  "111": [
    "The receiving server refused the connection: no mail service was " +
      "listening there.",
    "Try again later. If it keeps failing, the recipient's mail server may " +
      "be down or set up wrongly.",
  ],
  "200": [
    "A non-standard reply meaning that the step worked.",
    "Nothing to do.",
  ],
  "211": [
    "A status or help reply from the server, not an error.",
    "Nothing to do.",
  ],
  "214": ["A help message from the server, not an error.", "Nothing to do."],
  "220": ["The server is ready. This is not an error.", "Nothing to do."],
  "221": ["The server closed the connection normally.", "Nothing to do."],
  "235": ["Signing in to the server worked.", "Nothing to do."],
  "250": ["The server accepted the request.", "Nothing to do."],
  "251": [
    "The recipient is not on this server, but the server will forward the " +
      "message.",
    "Nothing to do.",
  ],
  "252": [
    "The server cannot confirm the address, but will try to deliver the " +
      "message.",
    "Nothing to do.",
  ],
  "253": [
    "The server started sending the messages it had queued (ETRN).",
    "Nothing to do.",
  ],
  "334": ["The server is waiting for the next sign-in step.", "Nothing to do."],
  "354": ["The server is ready to receive the message text.", "Nothing to do."],
  "420": [
    "A timeout or connection problem during the transfer, as some mail " +
      "systems (such as GroupWise) report it.",
    "Try again later, unless the sending server is still trying.",
  ],
  "421": [
    "The receiving server is unavailable right now and closed the " +
      "connection, often because it is busy or limits how fast it accepts " +
      "mail.",
    "If the sending server is still trying, wait. Otherwise send the " +
      "message again later. If it keeps failing, the recipient's IT has to " +
      "look into it.",
  ],
  "422": [
    "A temporary refusal. Officially it asks for a password change, but " +
      "servers also use it when the recipient's mailbox is over its limit.",
    "Try again later. If it keeps failing, tell the recipient in some " +
      "other way.",
  ],
  "431": [
    "The receiving server has run out of disk space or memory.",
    "Try again later. The recipient's IT has to fix the server.",
  ],
  "432": [
    "A password change is needed before you can sign in. Some Microsoft " +
      "Exchange servers also use this number when their incoming queue is " +
      "stopped.",
    "If you sign in to send mail, update your password. Otherwise wait and " +
      "try again later.",
  ],
  "441": [
    "The receiving server is not responding.",
    "Wait and try again later.",
  ],
  "442": [
    "The connection dropped while the message was being sent.",
    "Wait and try again later.",
  ],
  "446": [
    "The message passed through too many servers, which points to a mail " +
      "loop.",
    "Tell the recipient in some other way. Their IT has to check the " +
      "forwarding rules.",
  ],
  "447": [
    "Sending timed out because of problems at the receiving server.",
    "Try again later.",
  ],
  "449": [
    "A routing error, as some Microsoft Exchange servers report it.",
    "Try again later. If it keeps failing, ask your IT or email provider.",
  ],
  "450": [
    "The mailbox cannot take the message right now, for example because it " +
      "is busy or temporarily blocked.",
    "Wait and try again later.",
  ],
  "451": [
    "The receiving server ran into an error while handling the message and " +
      "stopped.",
    "If the sending server is still trying, wait. Otherwise send the " +
      "message again later.",
  ],
  "452": [
    "The receiving server is short of storage right now, or the message " +
      "had too many recipients at once.",
    "Try again later, or send to fewer recipients at a time.",
  ],
  "453": [
    "There is no mail waiting for you (on-demand mail relay).",
    "Nothing to do.",
  ],
  "454": [
    "Signing in, or starting encryption, failed for a temporary reason.",
    "Try again later. If it keeps failing, ask your IT or email provider.",
  ],
  "455": [
    "The server cannot handle the options sent with the message right now.",
    "Try again later. If it keeps failing, ask your IT or email provider.",
  ],
  "458": [
    "The server cannot queue messages for that domain right now (ETRN).",
    "Try again later.",
  ],
  "459": [
    "That domain is not allowed to ask for its queued messages (ETRN).",
    "Ask your IT or email provider.",
  ],
  "471": [
    "An error in the sending mail server, often its own spam filter.",
    "Ask your IT or email provider to check the outgoing server and its " +
      "filter.",
  ],
  "500": [
    "The server did not recognise a command, or a line was too long.",
    "Ask your IT or email provider: the sending software sent something " +
      "the server does not understand.",
  ],
  "501": [
    "A command had invalid values, often a badly written address.",
    "Check the addresses for stray characters. If they look right, ask " +
      "your IT or email provider.",
  ],
  "502": [
    "The server does not support a command the sending software used.",
    "Ask your IT or email provider.",
  ],
  "503": [
    "Commands came in the wrong order, for example sending before signing " +
      "in.",
    "Make sure your mail program signs in before sending, or ask your IT " +
      "or email provider.",
  ],
  "504": [
    "The server does not support an option the sending software used.",
    "Ask your IT or email provider.",
  ],
  "510": [
    "The address is wrong. This non-standard number is usually status " +
      "5.1.0 written without dots.",
    "Check the address for typos.",
  ],
  "511": [
    "The recipient's mailbox does not exist. This non-standard number is " +
      "usually status 5.1.1 written without dots.",
    "Check the address for typos, or ask the recipient for their current " +
      "address.",
  ],
  "512": [
    "The recipient's domain could not be found in DNS.",
    "Check the domain after the @ for typos.",
  ],
  "513": [
    "The address is in a form the server does not accept.",
    "Correct the address and send the message again.",
  ],
  "521": [
    "The receiving host does not accept mail at all.",
    "Use another address for this recipient.",
  ],
  "523": [
    "The server requires an encrypted connection. Some lists also use this " +
      "number for messages that are too large.",
    "Ask your IT or email provider to turn on encryption (TLS) for sending.",
  ],
  "524": [
    "The chosen sign-in method needs an encrypted connection.",
    "Turn on encryption (TLS or SSL) in the outgoing server settings of " +
      "your mail program.",
  ],
  "525": [
    "The account involved is disabled.",
    "Contact your IT or email provider to have the account enabled again.",
  ],
  "530": [
    "The server requires you to sign in, or to start an encrypted " +
      "connection, before sending.",
    "Turn on sign-in (SMTP authentication) and encryption in the outgoing " +
      "server settings of your mail program.",
  ],
  "533": [
    "Delivery is not allowed: a policy refused the message.",
    "Contact the recipient in some other way. They or their IT can allow " +
      "your messages.",
  ],
  "534": [
    "The sign-in method is not secure enough for the server.",
    "Ask your IT or email provider which sign-in method to use.",
  ],
  "535": [
    "The user name or password was not accepted.",
    "Check the user name and password in your mail program.",
  ],
  "538": [
    "The chosen sign-in method needs an encrypted connection.",
    "Turn on encryption (TLS or SSL) in the outgoing server settings of " +
      "your mail program.",
  ],
  "541": [
    "The recipient's server rejected the message, usually because a spam " +
      "filter flagged it.",
    "Contact the recipient in some other way and ask them to allow your " +
      "messages. Links or attachments that look suspicious can cause this.",
  ],
  "550": [
    "The receiving server refused the request: the mailbox may not exist, " +
      "you may lack permission, or a policy rejected the message.",
    "Read the server's full reply for the exact reason, and check " +
      "the recipient's address.",
  ],
  "551": [
    "The recipient is not on this server. The reply may name another " +
      "address to try.",
    "Use the new address from the reply, or ask the recipient for it.",
  ],
  "552": [
    "The message was refused for lack of space: the mailbox is full, or " +
      "the message is bigger than allowed.",
    "Try again later, or send a smaller message. If it keeps failing, tell " +
      "the recipient in some other way.",
  ],
  "553": [
    "The address is not allowed, usually because it is badly written.",
    "Check the address for typos and stray characters.",
  ],
  "554": [
    "The transaction failed, and the code gives no more detail. Often the " +
      "message was rejected as spam or by a policy.",
    "Read the server's full reply. If it does not explain the " +
      "problem, forward this report to your IT or email provider.",
  ],
  "555": [
    "The server does not recognise options that the sending software added " +
      "to the address commands.",
    "Ask your IT or email provider.",
  ],
  "556": [
    "The recipient's domain does not accept mail at all.",
    "Use another address for this recipient.",
  ],
});

const microsoftIpBan: Explanation = [
  "Microsoft has banned the IP address your mail was sent from.",
  "Your IT or email provider has to ask Microsoft to remove the address " +
    "from its block list, through Microsoft's delisting portal.",
];

const microsoftAccountBan: Explanation = [
  "Your account was banned from sending because it sent spam. Often this " +
    "means someone else got into the account.",
  "Contact your IT right away: they have to secure the account and ask " +
    "Microsoft to release it.",
];

const microsoftThrottle: Explanation = [
  "Microsoft is holding back mail from your sending server for now, " +
    "because of unusual or suspicious activity.",
  "Wait and try again later. If it continues, your IT or email provider " +
    "should check the server's reputation and look for hacked accounts.",
];

const microsoftOutsideSenders: Explanation = [
  "The recipient only accepts messages from people in their own " +
    "organisation.",
  "Ask the recipient or their IT to accept messages from outside senders.",
];

const microsoftPublicFolder: Explanation = [
  "The public folder does not accept messages from people outside the " +
    "organisation.",
  "Ask the folder's owner to allow outside senders.",
];

/** Exchange Online (Microsoft 365) codes, by entry id. */
const office365 = explanationMessages("code.provider.office365", {
  "4.3.2": [
    "The recipient's mailbox is receiving too much at once, so Microsoft " +
      "is holding messages back for a while.",
    "If the sending server is still trying, nothing needs doing for now.",
  ],
  "4.4.7": [
    "Microsoft 365 kept the message in its queue until it expired, because " +
      "the receiving server did not answer or kept timing out.",
    "Wait for the final report. If the message fails, the recipient's IT " +
      "has to check their mail server.",
  ],
  "4.4.8": [
    "The recipient's domain publishes an MTA-STS policy, and its mail " +
      "servers do not match that policy.",
    "If Microsoft is still trying, wait. If it keeps failing, the " +
      "recipient's IT has to fix their MTA-STS policy or mail records.",
  ],
  "4.4.316": [
    "Microsoft 365 could not connect to the receiving server: the " +
      "connection was refused.",
    "If the sending server is still trying, wait. If it keeps failing, the " +
      "recipient's IT has to make their mail server reachable.",
  ],
  "4.5.3": [
    "The message had too many recipients in one domain for Exchange " +
      "Online.",
    "Send the message in smaller batches.",
  ],
  "4.7.5": [
    "The receiving server's certificate failed the checks that the " +
      "recipient's MTA-STS policy requires.",
    "If Microsoft is still trying, wait. The recipient's IT has to fix " +
      "their server certificate.",
  ],
  "4.7.26": [
    "Microsoft requires messages sent over IPv6 to pass SPF or DKIM, and " +
      "this one passed neither.",
    "Ask your IT or email provider to set up SPF and DKIM for your domain.",
  ],
  "4.7.321": [
    "The recipient's domain requires encrypted delivery (DANE), but their " +
      "server did not offer encryption.",
    "If the sending server is still trying, wait. The recipient's IT has to " +
      "turn on TLS on their server.",
  ],
  "4.7.322": [
    "The receiving server's certificate has expired.",
    "If the sending server is still trying, wait. The recipient's IT has to " +
      "renew the certificate.",
  ],
  "4.7.323": [
    "The receiving server's certificate does not match its DANE (TLSA) " +
      "record.",
    "If the sending server is still trying, wait. The recipient's IT has to " +
      "fix the TLSA record or the certificate.",
  ],
  "4.7.324": [
    "The recipient's domain uses DNSSEC, but its DNS answers did not " +
      "validate.",
    "If the sending server is still trying, wait. The recipient's IT has to " +
      "fix their DNSSEC setup.",
  ],
  "4.7.325": [
    "The receiving server's certificate does not carry the server's name.",
    "If the sending server is still trying, wait. The recipient's IT has to " +
      "fix the certificate.",
  ],
  "4.7.500-699": microsoftThrottle,
  "4.7.650": [
    "Microsoft is slowing down mail from your sending server because its " +
      "IP address has a poor reputation.",
    "Wait and try again later. Your IT or email provider should improve " +
      "the address's reputation, for example by stopping spam sent from it.",
  ],
  "4.7.850-899": microsoftThrottle,
  "5.0.350": [
    "The recipient's organisation rejected the message with a general " +
      "error. Often one of their rules caused it, or the message's format, " +
      "such as Outlook rich text or attachments inside attachments.",
    "Contact the recipient in some other way; their IT can find the reason " +
      "in their logs. Sending as HTML without nested attachments may help.",
  ],
  "5.1.0": [
    "Exchange could not find the recipient. This often happens when you " +
      "reply to an old message or pick an outdated address suggestion in " +
      "Outlook.",
    "Type the recipient's address again by hand instead of picking it from " +
      "the suggestions, then send.",
  ],
  "5.1.1": [
    "The address does not exist in the recipient's organisation. It may " +
      "be misspelled, or the mailbox was removed.",
    "Check the address. Remove it from Outlook's suggestion list and type " +
      "it again, or ask the recipient for their current address.",
  ],
  "5.1.8": [
    "Your account was blocked from sending, usually because it sent spam. " +
      "Often this means someone else got into it.",
    "Contact your IT right away: they have to secure the account and have " +
      "it released.",
  ],
  "5.1.10": [
    "The address does not exist in the Microsoft 365 organisation that " +
      "receives mail for that domain.",
    "Check the address for typos, or ask the recipient for their current " +
      "address.",
  ],
  "5.1.90": [
    "You have reached your daily limit of recipients.",
    "Wait 24 hours before sending more. If you did not send that much, " +
      "tell your IT, because your account may have been taken over.",
  ],
  "5.2.2": [
    "The recipient's mailbox is full.",
    "Try again later, or tell the recipient in some other way so they can " +
      "make room.",
  ],
  "5.2.2:submission-quota": [
    "Your account has sent more messages or recipients than Microsoft " +
      "allows in a given time.",
    "Wait before sending more. If you did not send that much, tell your " +
      "IT, because your account may have been taken over.",
  ],
  "5.2.3": [
    "The message is larger than the recipient's organisation allows for " +
      "this recipient.",
    "Make the message smaller, for example by sharing files as a link.",
  ],
  "5.2.121": [
    "The recipient has received too many messages from you in the past " +
      "hour.",
    "Wait an hour, then send again.",
  ],
  "5.2.122": [
    "The recipient has received too many messages from all senders in the " +
      "past hour.",
    "Wait an hour, then send again.",
  ],
  "5.3.190": [
    "Your organisation tried to journal messages into Microsoft 365, which " +
      "is not turned on for it.",
    "Your IT has to change the journaling setup.",
  ],
  "5.4.1": [
    "The address was rejected because it does not exist in the receiving " +
      "Microsoft 365 organisation.",
    "Check the address, or ask the recipient for their current address.",
  ],
  "5.4.1:relay": [
    "The receiving Microsoft 365 organisation does not accept mail for the " +
      "recipient's domain, usually because the domain's mail records point " +
      "to the wrong place.",
    "Tell the recipient in some other way. Their IT has to fix the " +
      "domain's MX records or its accepted domains.",
  ],
  "5.4.4": [
    "The recipient's domain does not exist in DNS.",
    "Check the domain after the @ for typos.",
  ],
  "5.4.6": [
    "The message went round in a loop, usually between forwarding rules, " +
      "and was stopped.",
    "Tell the recipient in some other way. They or their IT have to fix " +
      "the forwarding rules.",
  ],
  "5.4.8": [
    "The recipient's mail servers do not match the MTA-STS policy their " +
      "domain publishes.",
    "Tell the recipient in some other way. Their IT has to fix the MTA-STS " +
      "policy or the mail records.",
  ],
  "5.4.14": [
    "The message passed through too many servers, usually because of a " +
      "forwarding loop, and was stopped.",
    "Tell the recipient in some other way. They or their IT have to fix " +
      "the forwarding rules.",
  ],
  "5.4.300": [
    "The message expired in Microsoft 365's queue because the receiving " +
      "server never accepted it in time.",
    "Send the message again later. If it fails again, the recipient's IT " +
      "has to check their mail server.",
  ],
  "5.6.11": [
    "The message contains bare line feed characters, which the receiving " +
      "server does not accept.",
    "Your IT, or the maker of the sending software, has to fix how it " +
      "writes line endings.",
  ],
  "5.7.1": [
    "You are not allowed to send to this recipient or group, or a mail " +
      "flow rule in the receiving organisation blocked the message.",
    "Ask the recipient or the group's owner to allow you to send.",
  ],
  "5.7.1:relay": [
    "The server refused to pass the message on to an outside domain, " +
      "because your sending system may not relay through it.",
    "Your IT has to set up the connector or the sign-in that allows " +
      "relaying.",
  ],
  "5.7.1:auth-required": [
    "The recipient only accepts messages from senders who signed in, such " +
      "as people in the same organisation.",
    "Ask the recipient or their IT to accept messages from outside senders.",
  ],
  "5.7.5": [
    "The receiving server's certificate failed the MTA-STS checks.",
    "Tell the recipient in some other way. Their IT has to fix the " +
      "certificate.",
  ],
  "5.7.12": microsoftOutsideSenders,
  "5.7.13": microsoftPublicFolder,
  "5.7.23": [
    "Your domain's SPF check failed, and the recipient enforces SPF.",
    "Ask your IT or email provider to add the sending server to your " +
      "domain's SPF record.",
  ],
  "5.7.25": [
    "Your sending server uses IPv6 but has no reverse DNS name, which " +
      "Microsoft requires.",
    "Your IT has to add a reverse DNS (PTR) record for the sending IPv6 " +
      "address.",
  ],
  "5.7.57": [
    "A program or device tried to send through Microsoft 365 without " +
      "signing in first.",
    "Set the program or device to sign in with a valid account, or use " +
      "another way of sending.",
  ],
  "5.7.64": [
    "The connector between your own servers and Microsoft 365 no longer " +
      "matches, for example because an IP address or certificate changed.",
    "Your IT has to update the inbound connector settings.",
  ],
  "5.7.124": [
    "The group only accepts messages from senders on its allowed list.",
    "Ask the group's owner to add you.",
  ],
  "5.7.133": [
    "The group does not accept messages from people outside the " +
      "organisation.",
    "Ask the group's owner to allow outside senders.",
  ],
  "5.7.134": microsoftOutsideSenders,
  "5.7.135": microsoftPublicFolder,
  "5.7.136": microsoftOutsideSenders,
  "5.7.139": [
    "Signing in to send through Microsoft 365 failed: the user name or " +
      "password is wrong, or sign-in for sending (SMTP AUTH) is turned off.",
    "Check the password. Your IT can turn on SMTP AUTH for the account or " +
      "move the program to a modern sign-in method.",
  ],
  "5.7.321-325": [
    "The recipient's domain requires secure delivery (DANE or DNSSEC), and " +
      "their server's encryption or certificate failed the checks.",
    "Tell the recipient in some other way. Their IT has to fix TLS, the " +
      "certificate or DNSSEC.",
  ],
  "5.7.501": microsoftAccountBan,
  "5.7.502-503": microsoftAccountBan,
  "5.7.504": [
    "The address was rejected because it does not exist.",
    "Check the address, or ask the recipient for their current address.",
  ],
  "5.7.505": [
    "The recipient's address is blocked on the receiving side.",
    "Contact the recipient in some other way and ask for another address.",
  ],
  "5.7.506": [
    "Your server introduced itself with the receiving server's own name, " +
      "which is treated as forgery.",
    "Your IT has to fix the name (HELO/EHLO) the sending server uses.",
  ],
  "5.7.507": [
    "The recipient's organisation has blocked the IP address your mail " +
      "was sent from.",
    "Ask the recipient to have their IT lift the block.",
  ],
  "5.7.508": [
    "Your sending IPv6 address range sent too many messages too quickly.",
    "Wait, then send more slowly.",
  ],
  "5.7.509": [
    "Your domain's DMARC policy says to reject messages that fail " +
      "authentication. This one failed, so Microsoft rejected it.",
    "Your IT has to make SPF or DKIM pass for the domain in the From " +
      "address. If you did not send the message, someone forged your " +
      "address and there is nothing to do.",
  ],
  "5.7.510": [
    "The recipient's domain does not accept email over IPv6.",
    "Your IT has to send mail for this domain over IPv4.",
  ],
  "5.7.511": microsoftIpBan,
  "5.7.512": [
    "The message has no valid From address, which Microsoft requires.",
    "Your IT, or the maker of the sending software, has to add a proper " +
      "From header.",
  ],
  "5.7.513": [
    "The recipient's organisation has put your server's IP address on its " +
      "own block list.",
    "Ask the recipient to have their IT remove the block.",
  ],
  "5.7.606-649": microsoftIpBan,
  "5.7.703": [
    "Your own organisation blocks messages to this recipient in its allow " +
      "and block list.",
    "If the block is a mistake, ask your IT to remove it.",
  ],
  "5.7.705": [
    "Your organisation sent so much spam or bulk mail that Microsoft " +
      "blocked its outgoing mail, often because an account was hacked.",
    "Your IT has to find and secure any hacked accounts and contact " +
      "Microsoft support.",
  ],
  "5.7.708": [
    "Microsoft does not accept mail from the IP address used, because it " +
      "has a low reputation. This often hits new Microsoft 365 " +
      "organisations.",
    "Your IT should contact Microsoft support, or send from a verified " +
      "domain.",
  ],
  "5.7.750": [
    "Your organisation sends mail for domains that are not added and " +
      "verified in Microsoft 365, so sending was blocked.",
    "Your IT has to add and verify every domain it sends mail for.",
  ],
  "5.7.800": [
    "Microsoft has banned the sending domain because of spam.",
    "Your IT has to contact Microsoft to resolve the ban.",
  ],
  "5.7.900-999": [
    "A mail flow rule that the recipient's organisation set up refused the " +
      "message.",
    "Contact the recipient in some other way. Their IT set the rule and " +
      "can explain it.",
  ],
  "submission-quota": [
    "Your account sent to more recipients than Microsoft allows in one day.",
    "Wait 24 hours. If you did not send that much, tell your IT, because " +
      "the account may have been taken over.",
  ],
});

/** Outlook.com codes that differ from Exchange Online's, by entry id. */
const outlookCom = explanationMessages("code.provider.outlook.com", {
  "5.5.0": [
    "The Outlook.com or Hotmail address does not exist.",
    "Check the address for typos, or ask the recipient for their current " +
      "address.",
  ],
  "5.7.515": [
    "Outlook.com requires domains that send a lot of mail to pass SPF, " +
      "DKIM and DMARC, and your domain does not meet that requirement.",
    "Your IT has to set up SPF, DKIM and a DMARC record that match the " +
      "domain in your From address.",
  ],
});

const gmailAuthType: Explanation = [
  "Gmail does not recognise the sign-in method that was used.",
  "Ask your IT which sign-in method to use: Google no longer supports " +
    "some older ones.",
];

const gmailBadPassword: Explanation = [
  "Gmail did not accept the user name or password.",
  "Check the user name and password. For some programs Google requires an " +
    "app password instead of your normal one.",
];

const gmailAppPassword: Explanation = [
  "Gmail requires an app password for this program, not your normal " +
    "password.",
  "Create an app password in your Google account settings and use it in " +
    "the mail program.",
];

/** Gmail and Google Workspace codes, by entry id. */
const gmail = explanationMessages("code.provider.gmail", {
  "4.2.1": [
    "The Gmail user is receiving mail faster than Gmail allows.",
    "If the sending server is still trying, wait. Send to this recipient " +
      "more slowly.",
  ],
  "4.2.2": [
    "The Gmail user's storage is full.",
    "Wait and try again, or tell the recipient in some other way so they " +
      "can make room.",
  ],
  "4.3.0": [
    "Gmail had a temporary problem of its own.",
    "If the sending server is still trying, wait.",
  ],
  "4.4.2": [
    "The connection to Gmail timed out.",
    "If the sending server is still trying, wait.",
  ],
  "4.4.5": [
    "Gmail's servers are busy.",
    "If the sending server is still trying, wait.",
  ],
  "4.5.0": [
    "Gmail noticed a break of the mail protocol rules.",
    "Ask your IT or email provider to check the sending software.",
  ],
  "4.5.3": [
    "The message had too many recipients at once for Gmail.",
    "Send the message in smaller batches.",
  ],
  "4.7.0": [
    "Gmail put off the message, for example because the sending IP " +
      "address has no reverse DNS name, encryption is required, or the " +
      "sender's reputation or the content looks suspicious.",
    "If the sending server is still trying, wait. If this keeps happening, " +
      "your IT should check reverse DNS, TLS, SPF and DKIM.",
  ],
  "4.7.0:login": [
    "There were too many sign-in attempts, or Gmail could not check the " +
      "sign-in right now.",
    "Wait a while, then try again with the correct password.",
  ],
  "4.7.23": [
    "The IP address your mail comes from has no matching reverse DNS name, " +
      "so Gmail slows down your mail.",
    "Your IT has to set up a matching reverse DNS (PTR) record for the " +
      "sending IP address.",
  ],
  "4.7.24": [
    "Your domain's SPF record has suspicious entries, so Gmail slows down " +
      "your mail.",
    "Your IT has to clean up the SPF record.",
  ],
  "4.7.26": [
    "Gmail is slowing down your mail because it is unauthenticated: " +
      "neither SPF nor DKIM passed.",
    "Your IT has to set up SPF and DKIM for your domain.",
  ],
  "4.7.26:dns": [
    "Your domain's DMARC policy requires authentication, but a temporary " +
      "DNS failure prevented the check.",
    "If the sending server is still trying, wait. If this keeps happening, " +
      "your IT should check your domain's DNS servers.",
  ],
  "4.7.27": [
    "Gmail is slowing down your mail because SPF did not pass, which Gmail " +
      "requires of bulk senders.",
    "Your IT has to fix SPF for your domain.",
  ],
  "4.7.28": [
    "Gmail sees an unusual amount of unwanted mail from your server or " +
      "domain, and is slowing it down.",
    "Send less, and only to people who asked for it. Your IT should look " +
      "for hacked accounts.",
  ],
  "4.7.29": [
    "Gmail is slowing down your mail because it was not sent over an " +
      "encrypted connection, which Gmail requires of bulk senders.",
    "Your IT has to turn on TLS for outgoing mail.",
  ],
  "4.7.30": [
    "Gmail is slowing down your mail because DKIM did not pass, which " +
      "Gmail requires of bulk senders.",
    "Your IT has to set up DKIM signing for your domain.",
  ],
  "4.7.32": [
    "Gmail is slowing down your mail because the domain in the From " +
      "address does not match the domain that passed SPF or DKIM.",
    "Your IT has to align SPF or DKIM with the domain in your From address.",
  ],
  "4.7.40": [
    "Gmail is slowing down your mail because your domain has no DMARC " +
      "record, which Gmail requires of bulk senders.",
    "Your IT has to publish a DMARC record for your domain.",
  ],
  "5.1.1": [
    "The Gmail account you wrote to does not exist.",
    "Check the spelling of the address, or ask the recipient for their " +
      "current address.",
  ],
  "5.1.2": [
    "The recipient's domain could not be found.",
    "Check the domain after the @ for typos.",
  ],
  "5.1.3": [
    "The recipient's address is not a valid email address.",
    "Correct the address and send the message again.",
  ],
  "5.1.7": [
    "Your sending address is not a valid email address.",
    "Your IT has to fix the sender address in the sending software.",
  ],
  "5.2.1": [
    "The Gmail account is inactive, or it receives mail too fast to take " +
      "more.",
    "Contact the recipient in some other way and ask for an address that " +
      "works.",
  ],
  "5.2.2": [
    "The Gmail user's storage is full, and the account looks unused.",
    "Contact the recipient in some other way.",
  ],
  "5.3.4": [
    "The message, or its attachments, headers or subject, is larger than " +
      "Gmail allows.",
    "Make the message smaller, and share large files as links.",
  ],
  "5.4.5": [
    "You have reached your daily sending limit in Gmail or Google " +
      "Workspace.",
    "Wait up to 24 hours before sending more.",
  ],
  "5.4.6": [
    "The message passed through more than 50 servers, which points to a " +
      "forwarding loop.",
    "Tell the recipient in some other way. They have to check their " +
      "forwarding.",
  ],
  "5.5.1": [
    "Gmail got commands it does not accept, or in the wrong order.",
    "Ask your IT or email provider to check the sending software.",
  ],
  "5.5.2": [
    "Gmail could not read a command because it was badly formed.",
    "Ask your IT or email provider to check the sending software.",
  ],
  "5.5.3": [
    "The message had too many recipients.",
    "Send the message in smaller batches.",
  ],
  "5.5.4": [
    "Your server introduced itself (HELO/EHLO) with an invalid or empty " +
      "name.",
    "Your IT has to give the sending server a valid host name.",
  ],
  "5.6.0": [
    "Gmail considers the message malformed.",
    "Your IT, or the maker of the sending software, has to make the " +
      "message follow the email format standard (RFC 5322).",
  ],
  "5.7.0": [
    "Gmail refused to relay the message, or the sending account is " +
      "suspended or not allowed to send.",
    "Your IT or Google Workspace administrator has to check the relay " +
      "settings and the account.",
  ],
  "5.7.0:content": [
    "Gmail blocked the message as a possible security risk, for example " +
      "because of an attachment type it does not allow.",
    "Remove the attachment or share it as a link, then send again.",
  ],
  "5.7.0:auth-required": [
    "Gmail requires you to sign in, or to start an encrypted connection, " +
      "before sending.",
    "Turn on sign-in and TLS in the outgoing server settings of your mail " +
      "program.",
  ],
  "5.7.0:unauthenticated-commands": [
    "Too many commands were sent without signing in.",
    "Set your mail program to sign in before sending.",
  ],
  "5.7.1": [
    "Gmail refused the message because of a policy: the sender's " +
      "reputation, malformed headers, missing permission to send, or too " +
      "high a rate.",
    "Read Gmail's full reply to see which. Your IT may have to fix " +
      "authentication or reputation.",
  ],
  "5.7.1:dmarc": [
    "Gmail rejected the message because it was not authenticated and the " +
      "sending domain's DMARC policy asks receivers to refuse such mail.",
    "Your IT has to make SPF or DKIM pass for the domain in your From " +
      "address. If you did not send the message, someone forged your " +
      "address and there is nothing to do.",
  ],
  "5.7.1:rfc5322": [
    "Gmail rejected the message because its headers break the email format " +
      "standard (RFC 5322), for example two Subject lines or several " +
      "addresses in From.",
    "Your IT, or the maker of the sending software, has to fix how the " +
      "message headers are written.",
  ],
  "5.7.1:ipv6": [
    "Gmail rejected the message because it came over IPv6 without the " +
      "reverse DNS name and authentication that Gmail requires for IPv6.",
    "Your IT has to set up reverse DNS (PTR) for the sending IPv6 address " +
      "and make SPF or DKIM pass, or send over IPv4.",
  ],
  "5.7.1:reputation": [
    "Gmail blocked the message because the IP address it came from has a " +
      "very low reputation.",
    "Your IT or email provider has to find out why the address is " +
      "distrusted, for example spam sent from it, and fix that.",
  ],
  "5.7.1:unsolicited": [
    "Gmail judged the message to be probably spam.",
    "Check the content and links, and ask your IT to confirm that SPF, " +
      "DKIM and DMARC pass. Contact the recipient in some other way.",
  ],
  "5.7.1:admin-rule": [
    "A rule set by the recipient's Google Workspace administrator blocked " +
      "the message.",
    "Contact the recipient in some other way. Their administrator can " +
      "explain or change the rule.",
  ],
  "5.7.4": gmailAuthType,
  "5.7.8": gmailBadPassword,
  "5.7.9": gmailAppPassword,
  "5.7.10": [
    "Commands were sent too early after encryption was started.",
    "Ask your IT or email provider to fix the sending software.",
  ],
  "5.7.11": [
    "A command that takes no options was sent with options.",
    "Ask your IT or email provider to fix the sending software.",
  ],
  "5.7.14": [
    "Google wants you to sign in through a web browser first.",
    "Sign in to Gmail in a web browser, then try again.",
  ],
  "5.7.24": [
    "Your domain's SPF record has suspicious entries, so Gmail rejected " +
      "the message.",
    "Your IT has to fix the SPF record.",
  ],
  "5.7.25": [
    "The IP address your mail comes from has no matching reverse DNS name, " +
      "so Gmail rejected the message.",
    "Your IT has to set up a matching reverse DNS (PTR) record.",
  ],
  "5.7.26": [
    "Gmail rejected the message because it could not confirm that your " +
      "domain sent it: neither SPF nor DKIM passed, or your domain's DMARC " +
      "policy asks for rejection.",
    "Your IT has to set up SPF and DKIM for your domain. If you did not " +
      "send the message, someone forged your address and there is nothing " +
      "to do.",
  ],
  "5.7.27": [
    "Gmail rejected the message because SPF did not pass, which Gmail " +
      "requires of bulk senders. Gmail uses this number differently from " +
      "the official registry, where it means a sender domain without mail.",
    "Your IT has to fix SPF for your domain.",
  ],
  "5.7.28": [
    "Gmail blocked the message because of an unusual amount of unwanted " +
      "mail from your server or domain.",
    "Send less, and only to people who asked for it. Your IT should look " +
      "for hacked accounts.",
  ],
  "5.7.29": [
    "Gmail rejected the message because it was not sent over an encrypted " +
      "connection.",
    "Your IT has to turn on TLS for outgoing mail.",
  ],
  "5.7.30": [
    "Gmail rejected the message because DKIM did not pass, which Gmail " +
      "requires of bulk senders. Gmail uses this number differently from " +
      "the official registry, where it is about REQUIRETLS.",
    "Your IT has to set up DKIM signing for your domain.",
  ],
  "5.7.32": [
    "Gmail rejected the message because the domain in the From address " +
      "does not match the domain that passed SPF or DKIM.",
    "Your IT has to align SPF or DKIM with the domain in your From address.",
  ],
  "5.7.40": [
    "Gmail rejected the message because your domain has no DMARC record.",
    "Your IT has to publish a DMARC record for your domain.",
  ],
  "5.7.40:auth-type": gmailAuthType,
  "5.7.80": gmailBadPassword,
  "5.7.90": gmailAppPassword,
});

/** Yahoo and AOL codes, by entry id. */
const yahoo = explanationMessages("code.provider.yahoo", {
  "4.7.0:TSS04": [
    "Yahoo is holding back mail from your server for now, because of " +
      "unusual volume or complaints from its users.",
    "If the sending server is still trying, wait. Your IT should cut volume " +
      "and complaints and check Yahoo's sender guidelines.",
  ],
  "4.7.1:TS03": [
    "Yahoo has stopped accepting mail from your server's IP address, " +
      "usually because it sends bulk mail that looks unwanted.",
    "Your IT has to fix the cause and contact Yahoo's postmaster support.",
  ],
  "5.7.9": [
    "Yahoo refused the message for policy reasons, usually because SPF, " +
      "DKIM or DMARC checks failed.",
    "Your IT has to make SPF, DKIM and DMARC pass for your domain.",
  ],
  "5.7.9:unauthenticated": [
    "Yahoo blocked the message because it is unauthenticated: neither SPF " +
      "nor DKIM passed.",
    "Your IT has to set up SPF or DKIM for your domain.",
  ],
  "no-account": [
    "The Yahoo or AOL address does not exist.",
    "Check the address for typos, or ask the recipient for their current " +
      "address.",
  ],
  "policy-content": [
    "Yahoo refused the message because of its content.",
    "Check links and attachments, and contact the recipient in some other " +
      "way.",
  ],
  "resources-unavailable": [
    "Yahoo's servers are busy right now.",
    "If the sending server is still trying, wait.",
  ],
  "unresolvable-from": [
    "Yahoo could not look up the domain of your sending address in DNS.",
    "Your IT has to check the DNS of your sending domain. If the lookup " +
      "only timed out, a later retry may work.",
  ],
});


/**
 * Explanations by bounce reason, used in place of a code's own when the code
 * is a catch-all (X.0.0, X.1.0, X.7.1, a class alone) and the report shows
 * the reason.
 */
const reasons = explanationMessages("code.reason", {
  authfailure: [
    "The receiving server checked whether your domain allows this server " +
      "to send for it (SPF, DKIM or DMARC), and the check failed.",
    "Ask your IT or email provider to fix your domain's SPF, DKIM or DMARC " +
      "setup, then send the message again.",
  ],
  badreputation: [
    "The receiving provider refused the message because the sending " +
      "server's IP address has a poor reputation with it.",
    "Ask your IT or email provider to find the cause and to ask the " +
      "receiving provider to review the address.",
  ],
  blocked: [
    "The receiving server refused the server that sent your message, " +
      "because of its IP address or host name, for example a blocklist " +
      "entry. The recipient's address was not the problem.",
    "Ask your IT or email provider to get the sending server removed from " +
      "the blocklist or to send through another server. Changing the " +
      "recipient's address will not help.",
  ],
  contenterror: [
    "The receiving server could not accept how the message is built: a " +
      "header, the character encoding or the MIME structure.",
    "Send the message again from another program, or as plain text " +
      "without unusual attachments.",
  ],
  delivered: ["The message was delivered.", "Nothing to do."],
  emailtoolarge: [
    "The message is larger than the receiving server accepts.",
    "Make the message smaller, for example by sharing large files as a " +
      "link, then send it again.",
  ],
  exceedlimit: [
    "The message goes beyond a limit that the receiving server sets, such " +
      "as its size or number of recipients.",
    "Make the message smaller or send it to fewer recipients at a time.",
  ],
  expired: [
    "The sending server kept trying but could not deliver the message " +
      "before it gave up.",
    "Check the domain after the @. If it is right, send the message again " +
      "later. If that fails too, the recipient's IT has to check their mail " +
      "server.",
  ],
  failedstarttls: [
    "The two servers could not set up an encrypted connection, and one of " +
      "them requires one.",
    "Ask your IT or email provider to check the sending server's TLS " +
      "settings and certificate.",
  ],
  feedback: [
    "A recipient or their provider reported your message, for example as " +
      "spam.",
    "Check that the recipient asked for this kind of message, and stop " +
      "sending it to them if not.",
  ],
  filtered: [
    "A filter on the recipient's side refused the message, for example " +
      "the recipient's own rules or list of blocked senders.",
    "Ask the recipient, in some other way, to allow messages from your " +
      "address.",
  ],
  hasmoved: [
    "The recipient's address has moved, and mail to the old address is no " +
      "longer delivered.",
    "Ask the recipient for their new address and send the message there.",
  ],
  hostunknown: [
    "The domain after the @ does not exist or has no mail server.",
    "Check the spelling of the domain after the @. If it is right, the " +
      "recipient's organisation has to fix its mail setup.",
  ],
  mailboxfull: [
    "The recipient's mailbox is full.",
    "Tell the recipient in some other way so that they can make room, then " +
      "send the message again later.",
  ],
  mailererror: [
    "The program that delivers mail on the recipient's server failed.",
    "Tell the recipient in some other way: their IT has to fix the mail " +
      "server before a new attempt can work.",
  ],
  networkerror: [
    "The sending server could not reach the recipient's mail server, or " +
      "the connection failed on the way.",
    "Send the message again later. If it keeps failing, ask your IT or " +
      "email provider to check the route to the recipient's domain.",
  ],
  norelaying: [
    "The server refused to pass the message on to a domain that it does " +
      "not serve (relaying).",
    "Ask your IT or email provider to check that your mail program sends " +
      "through the right server and signs in to it.",
  ],
  notaccept: [
    "The recipient's domain does not accept email at all.",
    "Check the domain after the @, and reach the recipient some other way.",
  ],
  notcompliantrfc: [
    "The message breaks the email standards, for example with a missing " +
      "or duplicated header.",
    "Ask your IT or email provider to check the program that created the " +
      "message, because it has to write valid headers.",
  ],
  onhold: [
    "The report does not show clearly why delivery failed.",
    "Read the server's reply. If it does not explain the problem, forward " +
      "this report to your IT or email provider.",
  ],
  policyviolation: [
    "The message breaks a rule of the receiving organisation, for example " +
      "about content, attachments or who may write to the recipient.",
    "Read the server's reply to see which rule. If the message should be " +
      "allowed, ask the recipient to contact their IT.",
  ],
  ratelimited: [
    "The receiving server refused the message because too many messages " +
      "or connections came from the sending side in a short time.",
    "Send the message again later, and spread large mailings over time. " +
      "If it keeps happening, ask your IT or email provider.",
  ],
  rejected: [
    "The receiving server refused your sender address (the MAIL FROM " +
      "address), not the recipient's.",
    "Ask your IT or email provider to check your sender address and " +
      "domain: the address must exist and be allowed to send.",
  ],
  requireptr: [
    "The sending server's IP address has no matching host name in DNS " +
      "(reverse DNS, a PTR record), and the receiving server requires one.",
    "Ask your IT or email provider to set up a PTR record for the sending " +
      "server's IP address.",
  ],
  securityerror: [
    "The receiving server refused the message for a security reason, for " +
      "example because the sender did not sign in.",
    "Ask your IT or email provider to check how your mail program signs in " +
      "to the sending server.",
  ],
  spamdetected: [
    "The receiving server judged the message to be spam.",
    "Remove links, words and attachments that look like advertising, and " +
      "send from your usual address. If a legitimate message keeps " +
      "bouncing, ask your IT or email provider.",
  ],
  suppressed: [
    "The sending service did not try to deliver, because the address is " +
      "on its suppression list after earlier bounces or complaints.",
    "Check the address. If it is right, ask your IT or email provider to " +
      "remove it from the suppression list.",
  ],
  suspend: [
    "The recipient's mailbox exists but is disabled or suspended.",
    "Reach the recipient some other way and ask for an address that works.",
  ],
  syntaxerror: [
    "The two servers did not understand each other: a command or " +
      "parameter was invalid or came out of order.",
    "Ask your IT or email provider to check the sending server.",
  ],
  systemerror: [
    "The recipient's mail server had an internal error.",
    "Send the message again later. If it keeps failing, the recipient's IT " +
      "has to fix their mail server.",
  ],
  systemfull: [
    "The recipient's mail server has run out of storage.",
    "Send the message again later. If it keeps failing, tell the recipient " +
      "in some other way so that their IT can act.",
  ],
  undefined: [
    "The report does not say why delivery failed.",
    "Read the server's reply. If it does not explain the problem, forward " +
      "this report to your IT or email provider.",
  ],
  userunknown: [
    "The recipient's address does not exist at that domain.",
    "Check the spelling of the address, or ask the recipient for their " +
      "current address. Sending to the same address again will fail.",
  ],
  vacation: [
    "This is an automatic reply, such as an out-of-office message. Your " +
      "message was delivered.",
    "Nothing to do.",
  ],
  virusdetected: [
    "The receiving server found a virus or other harmful content in the " +
      "message.",
    "Check your computer and the attachments for malware, then send the " +
      "message again without the infected file.",
  ],
});

/**
 * Words for SMTP codes: classes, advice, and one explanation per code and
 * per bounce reason.
 */
export const codeMessages: Catalog = {
  ...general,
  ...reasons,
  ...enhanced,
  ...basic,
  ...office365,
  ...outlookCom,
  ...gmail,
  ...yahoo,
};
