import { parseHeaderBlock } from "../../../src/core/mime";
import type { HeaderField } from "../../../src/core/mime/types";

/** Parses a header block written with \n line ends into header fields. */
export async function headersOf(lines: string[]): Promise<HeaderField[]> {
  return parseHeaderBlock(`${lines.join("\r\n")}\r\n`);
}

const COMMON_TAIL = [
  "From: Example Sender <sender@example.com>",
  "To: recipient@example.net",
  "Subject: Quarterly report",
  "Date: Fri, 04 Dec 2026 10:00:00 +0000",
  "Message-ID: <report-1@example.com>",
];

/** Exchange Online inbound mail from a domain without a DMARC record. */
export const MICROSOFT_BESTGUESS = [
  "Received: from AM0PR01MB0001.eurprd01.prod.example.net by AM0PR01MB0002 with HTTPS",
  "Authentication-Results: spf=pass (sender IP is 192.0.2.10)",
  " smtp.mailfrom=example.com; dkim=pass (signature was verified)",
  " header.d=example.com;dmarc=bestguesspass action=none",
  " header.from=example.com;compauth=pass reason=109",
  "Received-SPF: Pass (protection.outlook.com: domain of example.com designates",
  " 192.0.2.10 as permitted sender) receiver=protection.outlook.com;",
  " client-ip=192.0.2.10; helo=mail.example.com; pr=C",
  "X-MS-Exchange-Organization-SCL: 1",
  "X-Forefront-Antispam-Report: CIP:192.0.2.10;CTRY:US;LANG:en;SCL:1;SRV:;",
  " IPV:NLI;SFV:NSPM;H:mail.example.com;PTR:mail.example.com;CAT:NONE;",
  " SFS:(13230040)(4636009);DIR:INB;",
  "X-Microsoft-Antispam: BCL:0;ARA:13230040;",
  "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com;",
  " s=selector1; h=From:To:Subject; bh=YWJj; b=ZGVm",
  ...COMMON_TAIL,
];

/** Exchange Online inbound spoof of a domain that publishes p=reject. */
export const MICROSOFT_SPOOF = [
  "Authentication-Results: spf=fail (sender IP is 198.51.100.66)",
  " smtp.mailfrom=example.com; dkim=none (message not signed)",
  " header.d=none;dmarc=fail action=oreject header.from=example.com;compauth=fail",
  " reason=000",
  "X-MS-Exchange-Organization-SCL: 9",
  "X-Forefront-Antispam-Report: CIP:198.51.100.66;CTRY:ZZ;IPV:NLI;SFV:SPM;",
  " H:unknown.example.org;CAT:SPOOF;SFTY:9.25;DIR:INB;SCL:9;",
  ...COMMON_TAIL,
];

/** Gmail, with its own ARC set and Received-SPF. */
export const GMAIL = [
  "ARC-Seal: i=1; a=rsa-sha256; t=1700000000; cv=none; d=google.com; s=arc-20240605; b=QUJD",
  "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com;",
  " s=arc-20240605; h=from:to:subject; bh=REVG; b=R0hJ",
  "ARC-Authentication-Results: i=1; mx.google.com;",
  "       dkim=pass header.i=@example.com header.s=20230601 header.b=AbC/dEf+;",
  "       spf=pass (google.com: domain of sender@example.com designates 192.0.2.20 as permitted sender) smtp.mailfrom=sender@example.com;",
  "       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.com",
  "Return-Path: <sender@example.com>",
  "Received: from mail.example.com (mail.example.com. [192.0.2.20])",
  "        by mx.google.com with ESMTPS id abc123",
  "Received-SPF: pass (google.com: domain of sender@example.com designates 192.0.2.20 as permitted sender) client-ip=192.0.2.20;",
  "Authentication-Results: mx.google.com;",
  "       dkim=pass header.i=@example.com header.s=20230601 header.b=AbC/dEf+;",
  "       spf=pass (google.com: domain of sender@example.com designates 192.0.2.20 as permitted sender) smtp.mailfrom=sender@example.com;",
  "       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.com",
  ...COMMON_TAIL,
];

/** Yahoo, with a comment glued to the result and a trailing semicolon. */
export const YAHOO = [
  "Authentication-Results: atlas101.free.mail.bf1.yahoo.com;",
  " dkim=pass header.i=@example.com header.s=s2048;",
  " spf=pass smtp.mailfrom=example.com;",
  " dmarc=pass(p=REJECT) header.from=example.com;",
  ...COMMON_TAIL,
];

/** Fastmail, with DMARC policy properties and private methods. */
export const FASTMAIL = [
  "Authentication-Results: mx6.messagingengine.com;",
  "    dkim=pass (2048-bit rsa key sha256) header.d=example.com",
  "      header.i=@example.com header.b=Xy12AbCd header.a=rsa-sha256",
  "      header.s=fm1 x-bits=2048;",
  "    dmarc=pass policy.published-domain-policy=quarantine",
  "      policy.published-subdomain-policy=none",
  "      policy.applied-disposition=none policy.evaluated-disposition=none",
  "      (p=quarantine,sp=none,d=none,d.eval=none) policy.policy-from=p",
  "      header.from=example.com;",
  "    iprev=pass smtp.remote-ip=192.0.2.30 (mail.example.com);",
  "    spf=pass smtp.mailfrom=bounce@mail.example.com",
  "      smtp.helo=mail.example.com;",
  "    x-aligned-from=pass (Address match);",
  "    x-me-sender=none;",
  "    x-ptr=pass smtp.helo=mail.example.com policy.ptr=mail.example.com",
  ...COMMON_TAIL,
];

/** Proton Mail, one Authentication-Results header per method. */
export const PROTON = [
  "Authentication-Results: mail.protonmail.ch; dkim=pass (Good 2048 bit",
  "    rsa-sha256 signature) header.d=example.com header.i=@example.com",
  "    header.a=rsa-sha256",
  "Authentication-Results: mail.protonmail.ch; dmarc=pass (p=quarantine dis=none)",
  "     header.from=example.com",
  "Authentication-Results: mail.protonmail.ch; spf=pass smtp.mailfrom=example.com",
  "Authentication-Results: mail.protonmail.ch; arc=none smtp.remote-ip=192.0.2.40",
  ...COMMON_TAIL,
];

/** Zoho Mail, with an angle-bracketed header.from and no DKIM domain. */
export const ZOHO = [
  "Authentication-Results: mx.zohomail.com;",
  "\tdkim=pass;",
  "\tspf=pass (zohomail.com: domain of example.com designates 192.0.2.50 as permitted sender)  smtp.mailfrom=bounce@example.com;",
  "\tdmarc=pass(p=none dis=none)  header.from=<sender@example.com>",
  ...COMMON_TAIL,
];

/** Postfix with OpenDMARC and OpenDKIM milters and policyd-spf. */
export const POSTFIX_OPENDKIM_OPENDMARC = [
  "Authentication-Results: mail.example.net; dmarc=pass (p=reject dis=none) header.from=example.com",
  "Authentication-Results: mail.example.net;",
  "\tdkim=pass (2048-bit key; unprotected) header.d=example.com header.i=@example.com",
  "\theader.a=rsa-sha256 header.s=mail header.b=AbCdEfGh;",
  "\tdkim-atps=neutral",
  "Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=192.0.2.60;",
  " helo=mail.example.com; envelope-from=sender@example.com;",
  " receiver=<UNKNOWN>",
  "Received: from mail.example.com (mail.example.com [192.0.2.60])",
  "\tby mail.example.net (Postfix) with ESMTPS id 4ABCD",
  ...COMMON_TAIL,
];

/** rspamd, with a quoted SRS-style envelope sender. */
export const RSPAMD = [
  "Authentication-Results: mx.example.net;",
  "\tdkim=pass header.d=example.com header.s=dkim header.b=AbCdEfGh;",
  "\tdmarc=pass (policy=reject) header.from=example.com;",
  '\tspf=pass (mx.example.net: domain of "bounce+abc=example.org@mail.example.com" designates 192.0.2.70 as permitted sender) smtp.mailfrom="bounce+abc=example.org@mail.example.com"',
  ...COMMON_TAIL,
];

/** Amavis checking DKIM only, with a comment after the authserv-id. */
export const AMAVIS = [
  "Authentication-Results: amavis.example.net (amavisd-new);",
  "\tdkim=pass (2048-bit key) header.d=example.com",
  ...COMMON_TAIL,
];

/** A receiver's failing result above headers the sender wrote itself. */
export const FORGED_BELOW = [
  "Authentication-Results: mx.example.net; spf=softfail smtp.mailfrom=example.com;",
  " dkim=none; dmarc=fail (p=quarantine) header.from=example.com",
  "Received: from unknown (HELO example.com) (198.51.100.7) by mx.example.net",
  "Authentication-Results: mx.sender.example.org; spf=pass smtp.mailfrom=example.com;",
  " dkim=pass header.d=example.com; dmarc=pass header.from=example.com",
  "Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=example.com;",
  " dkim=pass header.d=example.com; dmarc=pass header.from=example.com",
  "Received-SPF: pass (forged) client-ip=198.51.100.7",
  ...COMMON_TAIL,
];

/** Several DKIM signatures: the aligned one broke, an ESP's one verified. */
export const MIXED_DKIM = [
  "Authentication-Results: mx.example.net;",
  " dkim=fail (body hash did not verify) header.d=example.com header.s=s1;",
  " dkim=pass header.d=esp.example.org header.s=esp1;",
  " spf=pass smtp.mailfrom=bounces@esp.example.org;",
  " dmarc=fail (p=reject) header.from=example.com",
  ...COMMON_TAIL,
];

/** A message through a mailing list that rewrote it and sealed ARC. */
export const MAILING_LIST_ARC = [
  "Authentication-Results: mx.example.net;",
  " dkim=fail (body hash mismatch) header.d=example.com header.s=s1;",
  " dkim=pass header.d=lists.example.org header.s=list;",
  " spf=pass smtp.mailfrom=list-bounces@lists.example.org;",
  " dmarc=fail (p=none dis=none) header.from=example.com;",
  " arc=pass (i=1 spf=pass spfdomain=example.com dkim=pass dkdomain=example.com dmarc=pass fromdomain=example.com)",
  "ARC-Seal: i=1; a=rsa-sha256; t=1700000000; cv=none; d=lists.example.org; s=arc; b=QUJD",
  "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=lists.example.org;",
  " s=arc; h=from:to:subject; bh=REVG; b=R0hJ",
  "ARC-Authentication-Results: i=1; lists.example.org;",
  " dkim=pass header.d=example.com header.s=s1;",
  " spf=pass smtp.mailfrom=example.com;",
  " dmarc=pass (p=none) header.from=example.com",
  "Authentication-Results: lists.example.org; dkim=pass header.d=example.com;",
  " spf=pass smtp.mailfrom=example.com; dmarc=pass header.from=example.com",
  "List-Id: <discuss.lists.example.org>",
  ...COMMON_TAIL,
];

/** A gateway in front of the mailbox server, both run by the recipient. */
export const GATEWAY_CHAIN = [
  "Authentication-Results: mailbox.example.net; spf=pass smtp.mailfrom=gw.example.net",
  "Authentication-Results: gw.example.net; spf=pass smtp.mailfrom=example.com;",
  " dkim=pass header.d=example.com; dmarc=pass (p=reject) header.from=example.com",
  ...COMMON_TAIL,
];

/** Every provider sample, for checks that run over all of them. */
export const ALL_SAMPLES: Record<string, string[]> = {
  MICROSOFT_BESTGUESS,
  MICROSOFT_SPOOF,
  GMAIL,
  YAHOO,
  FASTMAIL,
  PROTON,
  ZOHO,
  POSTFIX_OPENDKIM_OPENDMARC,
  RSPAMD,
  AMAVIS,
  FORGED_BELOW,
  MIXED_DKIM,
  MAILING_LIST_ARC,
  GATEWAY_CHAIN,
};
