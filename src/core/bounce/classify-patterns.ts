import type { BounceReason } from "./types";

/** Diagnostic text that points to one bounce reason. */
export interface TextPattern {
  reason: BounceReason;
  /** Case-insensitive, without nested quantifiers, so matching is linear. */
  pattern: RegExp;
}

/**
 * Fragments of diagnostic text, as servers write them, one pattern per
 * reason, sorted by reason name. `TEXT_REASON_ORDER` decides which reason
 * wins when several match.
 */
export const TEXT_PATTERNS: readonly TextPattern[] = [
  {
    reason: "authfailure",
    pattern:
      /\b(?:spf|dkim|dmarc)\b(?:[^.]|\.(?=\S)){0,60}\b(?:fail|not pass|did not pass|didn't pass|check|polic|align|invalid|reject|none\b|softfail|permerror|temperror|hardfail)|(?:fail|not pass|reject|unauthenticated|authenticat|bad|not allowed)\w*(?:[^.]|\.(?=\S)){0,60}\b(?:spf|dkim|dmarc)\b|sender policy framework|domainkeys|required authentication level|authentication checks? (?:has |have )?failed|authentication (?:check )?fail(?:ed|ure)? for|does not have authentication information|fails to pass authentication|unauthenticated (?:email|mail)/i,
  },
  {
    reason: "badreputation",
    pattern: /\breputation\b|sender score|senderscore|user complaints/i,
  },
  {
    reason: "blocked",
    pattern:
      /(?<!may be |address (?:that |which )?(?:has been |is |was ))black ?list(?!ed (?:url|link))|block ?list|\b(?:dns)?rbl\b|spamhaus|spamcop|sorbs|barracudacentral|(?<!not )listed (?:in|on|at|by)|client host (?:\S+ )?(?:rejected|blocked)|(?:ip|(?<!an |e-?mail |sender |recipient )address|host|server|network) (?:\S+ ){0,3}(?:is |has been |was )?(?:blocked|banned|blacklisted|listed)|connection refused by|rejected because of your ip|not allowed to connect|not accepting connections|refused to talk to me|my name was rejected|bad helo|client blocked|not accepted from this ip|banned sending|smtp server of your isp|blocked (?:using|by)|\bopen relay\b|dynamic ip|dial-?up|residential|^\d{3} blocked\b|\bblocked -/i,
  },
  {
    reason: "contenterror",
    pattern:
      /illegal character|invalid character|8-?bit (?:data|characters)|malformed (?:message|header|mime)|mime (?:error|violation)|header (?:is )?(?:missing|invalid|too long|syntax|error)/i,
  },
  {
    reason: "emailtoolarge",
    pattern:
      /message (?:is )?too (?:large|big)|message size (?:exceeds|too)|message length exceeds|exceeds? (?:the )?(?:maximum )?(?:message |allowed )?size|size limit|message file too big|mail too large|too large for|larger than (?:the )?(?:maximum|allowed)/i,
  },
  {
    reason: "exceedlimit",
    pattern:
      /exceeds? (?:the )?administrative limit|message length exceeds administrative/i,
  },
  {
    reason: "expired",
    pattern:
      /delivery time expired|retry time(?:out)? (?:not reached|exceeded)|could not be delivered within|message expired|did not accept our requests to connect|maximum (?:retry|queue|delivery) time|was not delivered within|time limit exceeded|expired after|undeliverable for more than|timed out|\btimeout\b|after (?:multiple|several|many|repeated) (?:retries|attempts)/i,
  },
  {
    reason: "failedstarttls",
    pattern:
      /starttls|tls (?:is )?required|does not support tls|certificate|mta-sts|\bdane\b|\btlsa\b|requires? (?:tls|encryption)|encryption required|tls negotiation failed|secure connection required/i,
  },
  {
    reason: "filtered",
    pattern:
      /\bfiltered\b|content filter|mail filter|allowed[- ]senders list|rejected by (?:the )?(?:user|recipient)(?! domain)|refused by (?:the )?(?:user|recipient)(?! domain)|recipient (?:has )?(?:blocked|rejected|refuses)|user (?:has )?(?:blocked|rejected|refuses)|not accepting (?:mail|messages) from you|does not accept mail from|blocked by (?:the )?(?:recipient|user)|delivery not authorized, message refused/i,
  },
  {
    reason: "hasmoved",
    pattern:
      /\bhas moved\b|address (?:has )?changed|no longer at this address|moved to a new/i,
  },
  {
    reason: "hostunknown",
    pattern:
      /host (?:or domain name )?(?:unknown|not found)(?!, try again)|lookup failure: host \S+ not found|unknown host|domain (?:name )?(?:not found|does not exist|unknown)|no such domain|unknown domain|non-?existent domain|name or service not known|unrout(?:e)?able (?:mail )?(?:domain|address)|couldn't find any host|domain (?:is )?(?:invalid|not reachable)|invalid domain|mail domain not found|unknown mail domain|domain isn't in my list/i,
  },
  {
    reason: "mailboxfull",
    pattern:
      /mail ?box (?:is )?full|over ?quota|quota (?:exceeded|full|exceed)|exceed(?:ed|s)? (?:(?:the|his|her|its|their) )?(?:storage|quota|mailbox)|insufficient (?:space|storage)|not enough (?:disk )?space|disk quota|mailbox size limit|mail ?folder (?:is )?full|account is full|out of storage|storage (?:space )?(?:full|quota|limit)|too much mail|user is over|mailbox (?:has )?exceed(?:ed|s)|inbox is full|full mailbox|no space left on recipient/i,
  },
  {
    reason: "mailererror",
    pattern:
      /command died|exit (?:code|status)|mailer error|unknown mailer|procmail|command not found|program exited|pipe to|mail(?:drop|filter) failed/i,
  },
  {
    reason: "networkerror",
    pattern:
      /connection (?:refused|reset)|network (?:is )?unreachable|no route to host|mail loop|routing loop|loops? back to (?:me|myself)|too many hops|hop count exceeded|name service error|(?:dns|name server|nameserver) (?:\S+ )?(?:failure|error|timeout)|dns error|lookup failure|network error|temporary (?:dns|lookup) failure|could not connect|couldn't connect|failed to connect|connect to \S+ failed|host unreachable|host (?:is )?not reachable|lost connection|unable to connect|(?:unable|able) to establish an smtp connection|malformed or unexpected name server reply/i,
  },
  {
    reason: "norelaying",
    pattern:
      /relay(?:ing)? (?:access )?(?:denied|not permitted|prohibited|not allowed)|not permitted to relay|unable to relay|we do not relay|not allowed to relay|configured to relay|cannot relay|does not relay|no relaying|relaying mail to \S+ is not allowed|insecure (?:mail )?relay/i,
  },
  {
    reason: "notaccept",
    pattern:
      /does not accept (?:any )?(?:e-?)?mail|accepts no mail|null mx|not accepting (?:any )?(?:e-?)?mail\b|refuses all mail|no mail service|this domain does not receive|no mx (?:record|found)|find a mail exchanger/i,
  },
  {
    reason: "notcompliantrfc",
    pattern:
      /not (?:rfc[- ]?\d{3,4} )?compliant|rfc ?\d{3,4}(?: section [\d.]+)? compliant|(?:violat\w*|breaks?) rfc ?\d{3,4}|duplicate header|multiple (?:addresses in from|(?:from|to|subject|date|message-id|sender) (?:header|field))|missing (?:a )?(?:required )?(?:date|from|message-id) header/i,
  },
  {
    reason: "policyviolation",
    pattern:
      /\bpolicy\b|policies|violat|prohibited|not allowed by|acceptable use|not permitted by|\bterms of service\b|potential security issue|network not allowed/i,
  },
  {
    reason: "ratelimited",
    pattern:
      /rate limit|rate-limit|ratelimit|frequency limit|thread limit|receive limit|daily limit|permitted limits|too many (?:messages|connections|recipients|emails|mails|concurrent|sessions|errors)|throttl|too fast|sending rate|receiving mail at a rate|exceeded the (?:maximum )?(?:number|rate)|too much (?:traffic|load)|temporarily deferred|high volume|max(?:imum)? (?:number of )?connections|connection limit/i,
  },
  {
    reason: "rejected",
    pattern:
      /sender (?:address )?(?:was )?(?:rejected|denied|refused|not allowed|blocked|unknown|invalid|verify failed)|sender verification|verification failed for sender|unverified sender|invalid sender|bad sender|domain of sender|sender domain|envelope sender|mail from (?:address )?(?:rejected|refused|not accepted)|from address (?:rejected|not allowed)|you are not allowed to send|not allowed to send (?:mail|email|from)|refused to accept mail from|unknown sender|unrout(?:e)?able sender|permission to post|not a member of|purported responsible address|to\/from an address|(?<!recipient address rejected: )access denied|mail rejected by|customfromdenied|'send mail as'|(?:an|e-?mail|sender) address (?:\S+ ){0,2}(?:is |has been |was )?(?:blocked|banned|blacklisted)/i,
  },
  {
    reason: "requireptr",
    pattern:
      /reverse (?:dns|lookup|mapping|hostname)|\bptr\b|\brdns\b|cannot find your hostname|can't resolve your|could not resolve (?:the )?(?:ip|hostname)|ip name lookup failed|no reverse|hostname (?:does not match|mismatch)|mismatches client ip|unverifiable sending ip|unverifyable sending ip/i,
  },
  {
    reason: "securityerror",
    pattern:
      /authentication required|auth(?:entication)? (?:is )?required|must authenticate|smtp auth|authentication failed|unauthenticated senders?|not authenticated|authrequired|delivery not authori[sz]ed|insecure|security (?:policy|violation|error)|invalid credentials|password/i,
  },
  {
    reason: "spamdetected",
    pattern:
      /\bspam\b|spammy|junk mail|unsolicited|bulk mail|blacklisted (?:url|link)|\buribl\b|\bube\b|\buce\b|content rejected|message (?:is )?considered (?:as )?spam|looks like spam|classified as spam|spamassassin|spam ?signature/i,
  },
  {
    reason: "suspend",
    pattern:
      /(?:account|mailbox|user|address|recipient) (?:\S+ )?(?:is |has been |was )?(?:disabled|suspended|deactivated|inactive|locked|closed|frozen)|no longer (?:in use|active|available|valid|exists?)|inactive (?:account|mailbox|user)|account expired|expired account|account is blocked|you tried to reach is (?:disabled|inactive)/i,
  },
  {
    reason: "syntaxerror",
    pattern:
      /syntax error|command unrecognized|unrecognized command|(?:bad|improper) sequence of commands|not implemented|invalid command|line too long|parameter not recognized|may not follow/i,
  },
  {
    reason: "systemerror",
    pattern:
      /system error|internal (?:server )?error|server error|configuration error|i\/o error|out of memory|system (?:is )?(?:not available|unavailable|busy|problem)|local error|mail system error|server misconfiguration|error in processing|transaction failed|service currently unavailable|upstream error|unable to contact|could not load/i,
  },
  {
    reason: "systemfull",
    pattern:
      /disk (?:is )?full|system (?:is )?full|insufficient (?:disk space|system storage)|no space left on device|file system full|server (?:storage|disk) full/i,
  },
  {
    reason: "userunknown",
    pattern:
      /user (?:unknown|not found|doesn't exist|does not exist|not exist)|unknown (?:or illegal )?(?:user|recipient|local[- ]part|address|mailbox)|no such (?:user|mailbox|recipient|account|address|person)|(?:mailbox|address|account|recipient|user|addressee) (?:\S+ )?(?:does not exist|doesn't exist|not found|unknown|is unknown|not valid|is not valid|invalid)|invalid (?:recipient|mailbox|address|user)|recipient address rejected(?:\.|: (?:user unknown|access denied|unknown user|invalid))|recip(?:ient)?notfound|no valid recipients|check if (?:the )?address is correct|no mailbox (?:here|by that name)|not a valid (?:mailbox|recipient|user)|bad recipient|address unknown|not our customer|user doesn't have|account that you tried to reach does not exist|mailbox unavailable|recipient not|not listed in|does not have an account|no account by that name|addressee unknown|undeliverable address|not a registered (?:gateway )?user/i,
  },
  {
    reason: "virusdetected",
    pattern: /\bvirus|malware|infected|trojan|\bworm\b|phishing|malicious/i,
  },
];

/**
 * Order in which reasons are tried, most specific first: "listed on
 * Spamhaus" is a blocklist listing although it contains "spam", "over quota"
 * beats a generic "recipient rejected", and "message expired, connection
 * refused" is an expiry although it names a network failure.
 */
export const TEXT_REASON_ORDER: readonly BounceReason[] = [
  "virusdetected",
  "failedstarttls",
  "systemfull",
  "mailboxfull",
  "emailtoolarge",
  "exceedlimit",
  "hasmoved",
  "notcompliantrfc",
  "norelaying",
  "notaccept",
  "requireptr",
  "authfailure",
  "badreputation",
  "blocked",
  "spamdetected",
  "mailererror",
  "rejected",
  "suspend",
  "expired",
  "hostunknown",
  "networkerror",
  "userunknown",
  "filtered",
  "ratelimited",
  "securityerror",
  "contenterror",
  "syntaxerror",
  "policyviolation",
  "systemerror",
];
