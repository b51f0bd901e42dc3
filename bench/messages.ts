// Synthetic messages for the scaling section. Every builder is
// deterministic, so runs compare like with like.

const CRLF = "\r\n";

/** Header fields of a delivery status notification from a Postfix MTA. */
function reportHeaders(boundary: string): string {
  return [
    "Return-Path: <>",
    "Received: from mx.example.net (mx.example.net [192.0.2.1])",
    "\tby mail.example.com (Postfix) with ESMTP id 4AB12C3D4E",
    "\tfor <sender@example.com>; Tue, 3 Mar 2026 10:00:00 +0000",
    "Authentication-Results: mail.example.com; spf=pass smtp.mailfrom=example.net; dkim=none; dmarc=none",
    "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>",
    "To: sender@example.com",
    "Subject: Undelivered Mail Returned to Sender",
    "Date: Tue, 3 Mar 2026 10:00:00 +0000",
    "Message-ID: <20260303100000.4AB12C3D4E@mx.example.net>",
    "MIME-Version: 1.0",
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
  ].join(CRLF);
}

function recipientBlock(address: string): string {
  return [
    `Final-Recipient: rfc822; ${address}`,
    `Original-Recipient: rfc822;${address}`,
    "Action: failed",
    "Status: 5.1.1",
    "Remote-MTA: dns; mx.example.org",
    `Diagnostic-Code: smtp; 550 5.1.1 <${address}>: Recipient address rejected: User unknown in virtual mailbox table`,
  ].join(CRLF);
}

/** Base64 of `size` pseudo-random bytes, wrapped at 76 columns. */
function base64Lines(size: number, seed: number): string {
  const bytes = Buffer.alloc(size);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  const encoded = bytes.toString("base64");
  const lines: string[] = [];
  for (let i = 0; i < encoded.length; i += 76)
    lines.push(encoded.slice(i, i + 76));
  return lines.join(CRLF);
}

interface BounceParts {
  /** Extra header fields for the top of the report, already folded. */
  extraHeaders?: string;
  recipients: string[];
  /** The returned message (message/rfc822 part), or null for none. */
  returned: string | null;
}

function buildBounce(parts: BounceParts): string {
  const boundary = "=_report_boundary_0001";
  const human = [
    "This is the mail system at host mx.example.net.",
    "",
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients.",
    "",
    ...parts.recipients.map(
      (address) =>
        `<${address}>: host mx.example.org[192.0.2.2] said: 550 5.1.1 <${address}>: Recipient address rejected: User unknown (in reply to RCPT TO command)`,
    ),
  ].join(CRLF);
  const status = [
    [
      "Reporting-MTA: dns; mx.example.net",
      "Arrival-Date: Tue, 3 Mar 2026 09:59:58 +0000",
    ].join(CRLF),
    ...parts.recipients.map(recipientBlock),
  ].join(CRLF + CRLF);

  const sections = [
    (parts.extraHeaders ? parts.extraHeaders + CRLF : "") +
      reportHeaders(boundary),
    "",
    "This is a MIME-encapsulated message.",
    "",
    `--${boundary}`,
    "Content-Type: text/plain; charset=us-ascii",
    "",
    human,
    "",
    `--${boundary}`,
    "Content-Type: message/delivery-status",
    "",
    status,
    "",
  ];
  if (parts.returned !== null) {
    sections.push(
      `--${boundary}`,
      "Content-Type: message/rfc822",
      "",
      parts.returned,
      "",
    );
  }
  sections.push(`--${boundary}--`, "");
  return sections.join(CRLF);
}

/**
 * Builds a bounce of about `totalBytes` whose returned message (message/rfc822)
 * carries five base64 attachments that fill the size.
 */
export function bounceWithLargeAttachments(totalBytes: number): string {
  const inner = "=_returned_mixed_0001";
  const count = 5;
  // Base64 grows data by 4/3, and each 76-column line adds CRLF.
  const attachmentBytes = Math.floor(
    (totalBytes * 0.995) / count / ((4 / 3) * (78 / 76)),
  );
  const attachments: string[] = [];
  for (let i = 0; i < count; i++) {
    attachments.push(
      `--${inner}`,
      `Content-Type: application/octet-stream; name="archive-${i}.bin"`,
      "Content-Transfer-Encoding: base64",
      `Content-Disposition: attachment; filename="archive-${i}.bin"`,
      "",
      base64Lines(attachmentBytes, i + 1),
    );
  }
  const returned = [
    "From: Sender <sender@example.com>",
    "To: missing@example.org",
    "Subject: Quarterly archives",
    "Date: Tue, 3 Mar 2026 09:59:00 +0000",
    "Message-ID: <archives-0001@example.com>",
    "MIME-Version: 1.0",
    `Content-Type: multipart/mixed; boundary="${inner}"`,
    "",
    `--${inner}`,
    "Content-Type: text/plain; charset=utf-8",
    "",
    "The archives are attached.",
    ...attachments,
    `--${inner}--`,
  ].join(CRLF);
  return buildBounce({ recipients: ["missing@example.org"], returned });
}

/**
 * Builds a bounce whose top-level header block is about `headerBytes` long, made
 * of Received and Authentication-Results fields as relays stack them.
 */
export function bounceWithLargeHeaders(headerBytes: number): string {
  const fields: string[] = [];
  let size = 0;
  for (let hop = 0; size < headerBytes; hop++) {
    const field =
      `Received: from relay${hop}.example.net (relay${hop}.example.net [192.0.2.${hop % 250}])${CRLF}` +
      `\tby relay${hop + 1}.example.net (Postfix) with ESMTPS id ${(0x10000 + hop).toString(16).toUpperCase()}${CRLF}` +
      `\tfor <sender@example.com>; Tue, 3 Mar 2026 09:${String(hop % 60).padStart(2, "0")}:00 +0000${CRLF}` +
      `ARC-Authentication-Results: i=${(hop % 50) + 1}; relay${hop}.example.net; spf=pass smtp.mailfrom=example.net; dkim=pass header.d=example.net header.s=s${hop}`;
    fields.push(field);
    size += field.length + 2;
  }
  return buildBounce({
    extraHeaders: fields.join(CRLF),
    recipients: ["missing@example.org"],
    returned: null,
  });
}

/**
 * Builds a bounce whose top-level header block has `lineCount` more lines, one field
 * each: every tenth an Authentication-Results field, the rest trace fields
 * that filters add.
 */
export function bounceWithManyHeaderLines(lineCount: number): string {
  const lines = Array.from({ length: lineCount }, (_, i) =>
    i % 10 === 0
      ? `Authentication-Results: filter${i}.example.net; spf=pass smtp.mailfrom=example.net`
      : `X-Filter-Trace-${i}: scanned by filter${i % 13}.example.net; score=${i % 7}`,
  );
  return buildBounce({
    extraHeaders: lines.join(CRLF),
    recipients: ["missing@example.org"],
    returned: null,
  });
}

/** Builds a bounce that reports `count` failed recipients, in text and DSN. */
export function bounceWithRecipients(count: number): string {
  const recipients = Array.from(
    { length: count },
    (_, i) => `user${i}@host${i % 37}.example.org`,
  );
  return buildBounce({ recipients, returned: null });
}

/**
 * Builds a Postfix bounce without a delivery-status part that lists `count`
 * failed recipients in its text, so the Postfix scanner reads them.
 */
export function textBounceWithRecipients(count: number): string {
  const lines = [
    "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>",
    "To: sender@example.com",
    "Subject: Undelivered Mail Returned to Sender",
    "Date: Tue, 3 Mar 2026 10:00:00 +0000",
    "Message-ID: <20260303100000.5BC23D4E5F@mx.example.net>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=us-ascii",
    "",
    "This is the mail system at host mx.example.net.",
    "",
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients.",
    "",
  ];
  for (let i = 0; i < count; i++) {
    const address = `user${i}@host${i % 37}.example.org`;
    lines.push(
      `<${address}>: host mx.example.org[192.0.2.2] said: 550 5.1.1`,
      `    <${address}>: Recipient address rejected: User unknown (in reply to`,
      "    RCPT TO command)",
      "",
    );
  }
  return lines.join(CRLF);
}

/**
 * Builds a Sendmail bounce without a delivery-status part: `count` failed
 * recipients, then the session transcript that names each of them again.
 */
export function sendmailBounceWithRecipients(count: number): string {
  const addresses = Array.from(
    { length: count },
    (_, i) => `user${i}@host${i % 37}.example.org`,
  );
  const lines = [
    "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>",
    "To: sender@example.com",
    "Subject: Returned mail: see transcript for details",
    "Date: Tue, 3 Mar 2026 10:00:00 +0000",
    "Message-ID: <202603031000.623AB0Cd012345@mx.example.net>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=us-ascii",
    "",
    "The original message was received at Tue, 3 Mar 2026 09:59:58 +0000",
    "from client.example.com [192.0.2.9]",
    "",
    "   ----- The following addresses had permanent fatal errors -----",
    ...addresses.flatMap((address) => [
      `<${address}>`,
      "    (reason: 550 5.1.1 User unknown)",
    ]),
    "",
    "   ----- Transcript of session follows -----",
    ...addresses.flatMap((address) => [
      "... while talking to mx.example.org.:",
      `>>> RCPT To:<${address}>`,
      `<<< 550 5.1.1 <${address}>... User unknown`,
      `550 5.1.1 <${address}>... User unknown`,
    ]),
    "",
  ];
  return lines.join(CRLF);
}

/**
 * Wraps `bounce` as a message/rfc822 attachment of a plain message, as a
 * user forwards a bounce to a help desk.
 */
export function forwardAsAttachment(bounce: string): string {
  return [
    "From: user@example.com",
    "To: helpdesk@example.com",
    "Subject: Fwd: Undelivered Mail Returned to Sender",
    "Date: Tue, 3 Mar 2026 11:00:00 +0000",
    "Message-ID: <forward-0001@example.com>",
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="=_forward_0001"',
    "",
    "--=_forward_0001",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Why did this bounce?",
    "--=_forward_0001",
    "Content-Type: message/rfc822",
    "",
    bounce,
    "--=_forward_0001--",
    "",
  ].join(CRLF);
}
