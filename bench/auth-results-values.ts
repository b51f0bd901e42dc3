/**
 * Authentication-Results values (the part after the colon, unfolded) in the
 * shapes that common receivers write, with example.com-style names. The
 * Microsoft 365 ones break RFC 8601 on purpose, as Exchange Online does:
 * a missing authserv-id, `bestguesspass`, `compauth=` and `action=`.
 */
export const AUTH_RESULTS_VALUES: readonly string[] = [
  // Microsoft 365 (Exchange Online Protection)
  "spf=pass (sender IP is 192.0.2.10) smtp.mailfrom=example.com; dkim=pass (signature was verified) header.d=example.com;dmarc=pass action=none header.from=example.com;compauth=pass reason=100",
  "spf=softfail (sender IP is 198.51.100.7) smtp.mailfrom=mail.example.net; dkim=none (message not signed) header.d=none;dmarc=fail action=quarantine header.from=example.net;compauth=fail reason=001",
  "spf=none (sender IP is 203.0.113.44) smtp.mailfrom=example.org; dkim=none (message not signed) header.d=none;dmarc=bestguesspass action=none header.from=example.org;compauth=pass reason=109",
  "spf=pass (sender IP is 40.107.22.55) smtp.mailfrom=example.onmicrosoft.com; dkim=pass (signature was verified) header.d=example.onmicrosoft.com;dmarc=pass action=none header.from=example.com;",
  "dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=example.com;",
  // Gmail
  "mx.google.com; dkim=pass header.i=@example.com header.s=20230601 header.b=AbCdEfGh; spf=pass (google.com: domain of bounce@example.com designates 192.0.2.25 as permitted sender) smtp.mailfrom=bounce@example.com; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.com",
  "mx.google.com; spf=neutral (google.com: 198.51.100.3 is neither permitted nor denied by best guess record for domain of user@example.net) smtp.mailfrom=user@example.net",
  'mx.google.com; dkim=fail header.i=@example.org header.s=s1 header.b="Zx9+a/bc"; arc=fail (body hash mismatch); spf=softfail (google.com: domain of transitioning user@example.org does not designate 203.0.113.9 as permitted sender) smtp.mailfrom=user@example.org; dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=example.org',
  // Yahoo
  "atlas-production.v2-mail-prod1-gq1.omega.yahoo.com; dkim=pass header.i=@example.com header.s=selector1; spf=pass smtp.mailfrom=example.com; dmarc=pass(p=REJECT) header.from=example.com;",
  "atlas220.free.mail.ne1.yahoo.com; dkim=perm_fail header.i=@example.net header.s=k1; spf=temperror smtp.mailfrom=example.net; dmarc=unknown header.from=example.net;",
  // Postfix with OpenDKIM, OpenDMARC and policyd-spf
  "mail.example.com; dkim=pass (2048-bit key; unprotected) header.d=example.org header.i=@example.org header.a=rsa-sha256 header.s=mail header.b=Qk2/3xYz",
  "mail.example.com; dmarc=pass (p=none dis=none) header.from=example.org",
  "mail.example.com; spf=pass (sender SPF authorized) smtp.mailfrom=example.org (client-ip=192.0.2.77; helo=out.example.org; envelope-from=news@example.org; receiver=<UNKNOWN>)",
  'mail.example.com; dkim=fail reason="signature verification failed" (1024-bit key; secure) header.d=example.net header.i=@example.net header.b="a1B2c3D4"',
  // rspamd
  "mx.example.com; dkim=pass header.d=example.org header.s=dkim header.b=kPz1Q9Wq; arc=none; spf=pass (mx.example.com: domain of news@example.org designates 192.0.2.80 as permitted sender) smtp.mailfrom=news@example.org; dmarc=pass (policy=reject) header.from=example.org",
  'mx.example.com; dkim=none; spf=fail (mx.example.com: domain of spoof@example.net does not designate 198.51.100.66 as permitted sender) smtp.mailfrom=spoof@example.net; dmarc=fail reason="SPF not aligned (relaxed), No valid DKIM" header.from=example.net (policy=reject)',
  // RFC 8601 examples in spirit: none, versions, comments before the id
  "example.com 1; none",
  "(relay) example.com; auth=pass (cram-md5) smtp.auth=sender@example.com; spf=pass smtp.mailfrom=example.com; sender-id=pass header.from=example.com",
];
