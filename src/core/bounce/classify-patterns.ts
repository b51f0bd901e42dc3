import type { BounceReason } from "./types";

/** Diagnostic text that points to one bounce reason. */
export interface TextPattern {
  reason: BounceReason;
  /** Case-insensitive, without nested quantifiers, so matching is linear. */
  pattern: RegExp;
}

/**
 * Fragments of diagnostic text, as servers write them, grouped by reason and
 * sorted by reason name. `TEXT_REASON_ORDER` decides which reason wins when
 * several match.
 */
export const TEXT_PATTERNS: readonly TextPattern[] = [
  {
    reason: "authfailure",
    pattern:
      /\b(?:spf|dkim|dmarc)\b|sender policy framework|domainkeys|not authenticated|authentication (?:check )?fail(?:ed|ure)? for|unauthenticated (?:email|mail)/i,
  },
  {
    reason: "badreputation",
    pattern: /\breputation\b|sender score|senderscore/i,
  },
  {
    reason: "blocked",
    pattern:
      /black ?list|block ?list|\b(?:dns)?rbl\b|spamhaus|spamcop|sorbs|barracudacentral|listed (?:in|on|at|by)|client host (?:\S+ )?(?:rejected|blocked)|(?:ip|address|host|server|network) (?:\S+ ){0,3}(?:is |has been |was )?(?:blocked|banned|blacklisted|listed)|access denied|connection refused by|rejected because of your ip|your ip|not allowed to connect|blocked (?:using|by)|dynamic ip|dial-?up|residential/i,
  },
  {
    reason: "contenterror",
    pattern:
      /content (?:rejected|not accepted)|message content|illegal character|invalid character|8-?bit (?:data|characters)|malformed|mime (?:error|violation)|message header|header (?:is )?(?:missing|invalid|too long)/i,
  },
  {
    reason: "emailtoolarge",
    pattern:
      /message (?:is )?too (?:large|big)|message size (?:exceeds|too)|message length exceeds|exceeds? (?:the )?(?:maximum )?(?:message |allowed )?size|size limit|message file too big|mail too large|too large for|larger than (?:the )?(?:maximum|allowed)/i,
  },
  {
    reason: "exceedlimit",
    pattern: /exceeds? (?:the )?(?:administrative )?limit|message length exceeds administrative/i,
  },
  {
    reason: "expired",
    pattern:
      /delivery time expired|retry time(?:out)? (?:not reached|exceeded)|could not be delivered within|message expired|has been (?:in the )?queue(?:d)? too long|too long in (?:the )?queue|giving up|gave up|retry limit|maximum (?:retry|queue|delivery) time|was not delivered within|delivery attempts? (?:will )?(?:stop|timed out)|time limit exceeded|expired after|undeliverable for more than/i,
  },
  {
    reason: "failedstarttls",
    pattern:
      /starttls|tls (?:is )?required|requires? (?:tls|encryption)|must (?:issue a )?starttls|encryption required|tls negotiation failed|secure connection required/i,
  },
  {
    reason: "filtered",
    pattern:
      /filtered|content filter|mail filter|rejected by (?:the )?(?:user|recipient)|refused by (?:the )?(?:user|recipient)|recipient (?:has )?(?:blocked|rejected|refuses)|user (?:has )?(?:blocked|rejected|refuses)|not accepting (?:mail|messages) from you|does not accept mail from|dropped by|blocked by (?:the )?(?:recipient|user)|sender (?:is )?(?:on the )?(?:recipient's )?(?:blocked|deny) (?:senders )?list|delivery not authorized, message refused/i,
  },
  {
    reason: "hasmoved",
    pattern: /\bhas moved\b|address (?:has )?changed|no longer at this address|moved to a new/i,
  },
  {
    reason: "hostunknown",
    pattern:
      /host (?:or domain name )?(?:unknown|not found)|unknown host|domain (?:name )?(?:not found|does not exist|unknown)|no such domain|unknown domain|name or service not known|unrouteable (?:mail )?domain|unroutable (?:mail )?domain|no mx (?:record|host)|nxdomain|domain (?:is )?invalid|invalid domain|host not found|mail domain not found|unknown mail domain|domain lookup failed|domain isn't in my list|recipient domain/i,
  },
  {
    reason: "mailboxfull",
    pattern:
      /mailbox (?:is )?full|mail ?box (?:is )?full|over ?quota|quota (?:exceeded|full|exceed)|exceed(?:ed|s)? (?:(?:the|his|her|its|their) )?(?:storage|quota|mailbox)|insufficient (?:disk )?(?:space|storage)|not enough (?:disk )?space|disk quota|mailbox size limit|mail ?folder (?:is )?full|account is full|out of storage|storage (?:space )?(?:full|quota|limit)|too much mail|user is over|mailbox has exceeded|inbox is full|exceeded (?:its|the|their) (?:storage|space)|full mailbox|no space left on recipient/i,
  },
  {
    reason: "mailererror",
    pattern:
      /command died|exit (?:code|status)|mailer error|unknown mailer|procmail|command not found|program exited|pipe to|local delivery failed|\|\/|mail(?:drop|filter) failed/i,
  },
  {
    reason: "networkerror",
    pattern:
      /connection (?:timed out|refused|reset)|network (?:is )?unreachable|no route to host|mail loop|routing loop|loops? back to (?:me|myself)|too many hops|hop count exceeded|(?:dns|name server|nameserver) (?:\S+ )?(?:failure|error|timeout)|temporary (?:dns|lookup) failure|could not connect|couldn't connect|failed to connect|connect to \S+ failed|host unreachable|lost connection|conversation with \S+ timed out|timeout|timed out|unable to connect|malformed or unexpected name server reply/i,
  },
  {
    reason: "norelaying",
    pattern:
      /relay(?:ing)? (?:access )?(?:denied|not permitted|prohibited|not allowed)|not permitted to relay|unable to relay|we do not relay|not allowed to relay|relay not permitted|cannot relay|does not relay|no relaying|relaying mail to \S+ is not allowed/i,
  },
  {
    reason: "notaccept",
    pattern:
      /does not accept (?:any )?(?:e-?)?mail|accepts no mail|null mx|not accepting (?:any )?(?:e-?)?mail\b|refuses all mail|no mail service|this domain does not receive/i,
  },
  {
    reason: "notcompliantrfc",
    pattern:
      /rfc ?(?:5322|2822|822|1123)|not (?:rfc[- ]?)?compliant|duplicate header|multiple (?:from|to|subject|date|message-id) (?:header|field)|more than one|missing (?:a )?(?:required )?(?:date|from|message-id) header/i,
  },
  {
    reason: "policyviolation",
    pattern:
      /\bpolicy\b|policies|violat|prohibited|not allowed by|acceptable use|not permitted by|\bterms of service\b|\bbanned\b/i,
  },
  {
    reason: "ratelimited",
    pattern:
      /rate limit|rate-limit|ratelimit|too many (?:messages|connections|recipients|emails|mails|concurrent|sessions|errors)|throttl|too fast|sending rate|receiving mail at a rate|exceeded the (?:maximum )?(?:number|rate)|too much (?:traffic|load)|temporarily deferred|try again later|please try later|high volume|max(?:imum)? (?:number of )?connections|connection limit|limit exceeded/i,
  },
  {
    reason: "rejected",
    pattern:
      /sender (?:address )?(?:rejected|denied|refused|not allowed|blocked|unknown|invalid|verify failed)|sender verification|verification failed for sender|unverified sender|invalid sender|bad sender|domain of sender|sender domain|envelope sender|mail from (?:address )?(?:rejected|refused|not accepted)|from address (?:rejected|not allowed)|return path|return-path|you are not allowed to send|not allowed to send (?:mail|email|from)|refused to accept mail from|address rejected: unknown sender|sender is not|senders? address/i,
  },
  {
    reason: "requireptr",
    pattern:
      /reverse (?:dns|lookup|mapping|hostname)|\bptr\b|\brdns\b|cannot find your hostname|can't resolve your|could not resolve (?:the )?(?:ip|hostname)|ip name lookup failed|no reverse|hostname (?:does not match|mismatch)|not resolv(?:e|able) (?:your|the) (?:ip|address|hostname)/i,
  },
  {
    reason: "securityerror",
    pattern:
      /authentication required|auth(?:entication)? (?:is )?required|must authenticate|smtp auth|authentication failed|not authorized to relay|insecure|security (?:policy|violation|error)|certificate|invalid credentials|password/i,
  },
  {
    reason: "spamdetected",
    pattern:
      /\bspam\b|spammy|junk mail|unsolicited|bulk mail|\buce\b|spam ?(?:content|detected|score|filter|message)|message (?:is )?considered (?:as )?spam|looks like spam|classified as spam|spamassassin|high probability of spam/i,
  },
  {
    reason: "suspend",
    pattern:
      /(?:account|mailbox|user|address|recipient) (?:\S+ )?(?:is |has been |was )?(?:disabled|suspended|deactivated|inactive|locked|closed|frozen|blocked)|no longer (?:in use|active|available|valid|exists?)|inactive (?:account|mailbox|user)|temporarily (?:disabled|deactivated|suspended)|mailbox (?:is )?unavailable due to|account expired|expired account|suspended/i,
  },
  {
    reason: "syntaxerror",
    pattern:
      /syntax error|command unrecognized|unrecognized command|bad sequence of commands|command not implemented|invalid command|line too long|parameter not recognized/i,
  },
  {
    reason: "systemerror",
    pattern:
      /system error|internal (?:server )?error|server error|configuration error|i\/o error|out of memory|system (?:is )?(?:not available|unavailable|busy|problem)|local error|temporary (?:local )?(?:problem|failure|error)|mail system error|unable to deliver due to|server misconfiguration|too many (?:hops|redirects)|error in processing/i,
  },
  {
    reason: "systemfull",
    pattern: /disk (?:is )?full|system (?:is )?full|insufficient system storage|no space left on device|file system full|server (?:storage|disk) full/i,
  },
  {
    reason: "userunknown",
    pattern:
      /user (?:unknown|not found|doesn't exist|does not exist|not exist)|unknown (?:user|recipient|local[- ]part|address|mailbox)|no such (?:user|mailbox|recipient|account|address|person)|(?:mailbox|address|account|recipient|user|addressee) (?:\S+ )?(?:does not exist|doesn't exist|not found|unknown|is unknown|not valid|is not valid|invalid)|invalid (?:recipient|mailbox|address|user)|recipient (?:address )?rejected|unrouteable address|no mailbox (?:here|by that name)|not a valid (?:mailbox|recipient|user)|bad recipient|address unknown|not our customer|user doesn't have|account that you tried to reach does not exist|mailbox unavailable|recipient not|unknown or illegal alias|not listed in|does not have an account|no account by that name|addressee unknown|undeliverable address/i,
  },
  {
    reason: "virusdetected",
    pattern: /\bvirus|malware|infected|trojan|\bworm\b|phishing|malicious/i,
  },
];

/**
 * Order in which reasons are tried, most specific first: a text that says
 * "spam" and "listed on Spamhaus" is a blocklist listing, and "over quota"
 * beats a generic "recipient rejected".
 */
export const TEXT_REASON_ORDER: readonly BounceReason[] = [
  "virusdetected",
  "failedstarttls",
  "mailboxfull",
  "systemfull",
  "emailtoolarge",
  "exceedlimit",
  "hasmoved",
  "notaccept",
  "norelaying",
  "requireptr",
  "authfailure",
  "badreputation",
  "blocked",
  "spamdetected",
  "rejected",
  "suspend",
  "hostunknown",
  "userunknown",
  "filtered",
  "ratelimited",
  "securityerror",
  "notcompliantrfc",
  "contenterror",
  "mailererror",
  "syntaxerror",
  "expired",
  "networkerror",
  "systemerror",
  "policyviolation",
];
