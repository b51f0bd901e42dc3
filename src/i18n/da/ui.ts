import type { Catalog } from "../types";

/** Ord i opgaveruden, pop op-vinduet og eksempelsiden. */
export const uiMessages: Catalog = {
  "ui.app.title": "Mail Diagnostics",
  "ui.locale": "da-DK",
  "ui.loading": "Læser beskeden…",
  "ui.status.ready": "Analysen af {name} er klar.",

  "ui.error.title": "Beskeden kunne ikke analyseres",
  "ui.error.generic": "Noget gik galt under læsningen af beskeden.",
  "ui.error.generic.hint":
    "Prøv igen. Bliver det ved med at fejle, så gem beskeden som en .eml-fil, og åbn den på eksempelsiden.",
  "ui.error.parseFile": "Filen “{name}” kunne ikke læses som en e-mail.",
  "ui.error.parseFile.hint":
    "Tjek, at det er en gemt besked (.eml, en .msg-fil fra Outlook eller beskedens kildetekst som tekst) og ikke et skærmbillede eller et dokument. I Outlook bruger du “Gem som” eller “Vis meddelelseskilde”, og i Thunderbird “Gem som fil”.",
  "ui.error.parseText": "Den indsatte tekst kunne ikke læses som en e-mail.",
  "ui.error.parseText.hint":
    "Indsæt hele beskedens kildetekst fra headerlinjerne (som “Received:” eller “From:”) og frem, ikke kun brødteksten.",
  "ui.error.tooLarge":
    "Filen “{name}” fylder {size} MB, mere end de {limit} MB, som denne side læser.",
  "ui.error.tooLarge.hint":
    "Åbn beskeden i dit mailprogram, og kopiér kun dens headere ind i indsætningsfeltet.",
  "ui.error.render": "Analysen af “{name}” kunne ikke vises.",
  "ui.error.render.hint":
    "Prøv en anden besked. Bliver denne ved med at fejle, så gem den som en .eml-fil, og meld problemet sammen med filen.",
  "ui.error.readFile": "Filen “{name}” kunne ikke åbnes.",
  "ui.error.readFile.hint":
    "Tjek, at filen stadig findes, og at du må læse den, og vælg den så igen.",

  "ui.summary.from": "Fra",
  "ui.summary.date": "Dato",
  "ui.summary.source": "Analyseret",
  "ui.summary.noSubject": "(intet emne)",
  "ui.summary.headersOnly":
    "Kun beskedens headere var tilgængelige, så detaljer om returmail kan ikke læses i denne visning.",

  "ui.report.copy": "Kopiér rapport til support",
  "ui.report.copied": "Rapporten er kopieret til udklipsholderen.",
  "ui.report.blocked":
    "Dette vindue må ikke bruge udklipsholderen. Markér rapporten herunder, og kopiér den selv:",

  "ui.auth.heading": "Godkendelse af afsender",
  "ui.auth.empty.title": "Beskeden har ingen godkendelsesresultater",
  "ui.auth.empty.body":
    "Ingen modtagende server har registreret SPF-, DKIM- eller DMARC-tjek i headerne. Det er normalt for beskeder, der aldrig har været ude på internettet, som kladder, beskeder mellem kolleger på samme server eller gemte kopier. Det beviser ikke, at afsenderen er ægte.",
  "ui.auth.authservId": "Tjekket af {authservId}.",
  "ui.auth.noSettings.not-checked.advice":
    "Din it-afdeling bør tjekke, at jeres mailservere tilføjer Authentication-Results-headere, eller at tilføjelsesprogrammet er sat op til at stole på de servere, der tilføjer dem.",
  "ui.auth.noSettings.not-checked.fix.spf":
    "Intet for afsenderen. Din it-afdeling kan få jeres mailservere til at registrere SPF-resultater eller sætte tilføjelsesprogrammet op til at stole på de servere, der allerede gør det.",
  "ui.auth.noSettings.not-checked.fix.dkim":
    "Intet for afsenderen. Din it-afdeling kan få jeres mailservere til at registrere DKIM-resultater eller sætte tilføjelsesprogrammet op til at stole på de servere, der allerede gør det.",
  "ui.auth.noSettings.not-checked.fix.dmarc":
    "Intet for afsenderen. Din it-afdeling kan få jeres mailservere til at registrere DMARC-resultater eller sætte tilføjelsesprogrammet op til at stole på de servere, der allerede gør det.",
  "ui.auth.policyWithoutVerdict.advice":
    "Afsenderens it-afdeling kan skifte domænets DMARC-politik fra p=none til quarantine eller reject, når al domænets mail består SPF eller DKIM. Indtil da gør modtagerne intet ved mail, der fejler.",
  "ui.auth.policyWithoutVerdict.meaning":
    "Den modtagende server registrerede ingen DMARC-afgørelse, selv om Fra-domænet offentliggør en DMARC-politik (se politikken herunder).",
  "ui.auth.policyWithoutVerdict.fix":
    "Afsenderens it-afdeling skal sørge for, at al domænets mail består SPF eller DKIM for Fra-domænet, og derefter skifte politikken til quarantine eller reject.",
  "ui.auth.lenient":
    "En af de betroede headere fulgte ikke standardformatet (RFC 8601) og blev læst med lempeligere regler. Microsoft 365 skriver headere på den måde.",

  "ui.method.spf": "SPF",
  "ui.method.dkim": "DKIM",
  "ui.method.dmarc": "DMARC",

  "ui.state.passed": "bestået",
  "ui.state.failed": "fejlet",
  "ui.state.softfail": "softfail",
  "ui.state.neutral": "neutral",
  "ui.state.not-available": "ikke tilgængelig",
  "ui.state.temperror": "midlertidig fejl",
  "ui.state.permerror": "permanent fejl",
  "ui.state.not-checked": "ikke kontrolleret",
  "ui.badge.label": "{method} {state}",

  "ui.detail.result": "Rå resultat",
  "ui.detail.noEvidence":
    "Ingen resultater for denne metode i de betroede headere.",
  "ui.detail.domains": "Domæner",
  "ui.detail.reason": "Angivet årsag",
  "ui.detail.signatures": "Signaturer",
  "ui.detail.receivedSpf": "Received-SPF",
  "ui.detail.meaning": "Hvad det betyder",
  "ui.detail.fix": "Hvad skal der gøres",

  "ui.alignment.heading": "Overensstemmelse med Fra-adressen",
  "ui.alignment.why": "Hvorfor",
  "ui.alignment.fromDomain": "Fra-domæne",
  "ui.alignment.spf": "SPF-domæne",
  "ui.alignment.dkim": "DKIM-domæner",
  "ui.alignment.policy": "Offentliggjort politik",
  "ui.alignment.policyValue":
    "p={policy} ({meaning}), underdomæner sp={subdomainPolicy}",
  "ui.alignment.policyMeaning.none": "ingen handling over for mail, der fejler",
  "ui.alignment.policyMeaning.quarantine":
    "mail, der fejler, behandles som mistænkelig",
  "ui.alignment.policyMeaning.reject": "mail, der fejler, afvises",
  "ui.alignment.policyMeaning.unknown": "en værdi, som DMARC ikke definerer",
  "ui.alignment.reason.policyWithoutVerdict":
    "Den modtagende server registrerede ingen DMARC-afgørelse (dmarc=none), men noterede, at Fra-domænet offentliggør politikken p={policy} ({meaning}). Domænet har altså en DMARC-post; den beder bare ikke om, at noget håndhæves.",
  "ui.alignment.entry": "{domain}: {match}, {aligned}",
  "ui.alignment.match.strict": "samme domæne som Fra",
  "ui.alignment.match.relaxed": "samme organisation som Fra",
  "ui.alignment.match.none": "et andet domæne end Fra",
  "ui.alignment.match.unknown": "kan ikke sammenlignes med Fra",
  "ui.alignment.aligned": "tæller for DMARC",
  "ui.alignment.notAligned": "tæller ikke for DMARC",
  "ui.alignment.notAligned.spfNotPassed":
    "tæller ikke for DMARC, fordi SPF ikke bestod (resultat: {state})",
  "ui.alignment.notAligned.dkimNotPassed":
    "tæller ikke for DMARC, fordi signaturen ikke kunne verificeres (resultat: {state})",
  "ui.alignment.notAligned.strict":
    "tæller ikke for DMARC, fordi politikken kræver præcis Fra-domænet (streng overensstemmelse)",

  "ui.microsoft.heading": "Microsoft 365-filtrering",
  "ui.microsoft.compauth": "Sammensat godkendelse",
  "ui.microsoft.compauthReason.130":
    "Den sammensatte godkendelse bestod, fordi et ARC-resultat fra en videresender tilsidesatte en DMARC-fejl.",
  "ui.microsoft.compauthReason.1xx":
    "Den sammensatte godkendelse bestod. Microsoft dokumenterer ikke, hvad de sidste to cifre i årsag {reason} betyder.",
  "ui.microsoft.scl": "Spamsandsynlighed (SCL)",
  "ui.microsoft.bcl": "Klager over massemail (BCL)",
  "ui.microsoft.fields": "Antispamrapport",

  "ui.untrusted.heading": "Påstande, som jeres servere ikke har tilføjet ({count})",
  "ui.untrusted.body":
    "Disse headere blev tilføjet, før beskeden nåede jeres servere, måske af afsenderen. Alle kan skrive dem, så de påvirker ikke mærkerne ovenfor.",
  "ui.untrusted.unparsed": "Kunne ikke fortolkes: {error}",

  "ui.bounce.heading.bounce": "Levering mislykkedes",
  "ui.bounce.heading.delayed": "Levering forsinket",
  "ui.bounce.heading.delivery-success": "Leveringsbesked",
  "ui.bounce.heading.auto-reply": "Automatisk svar",
  "ui.bounce.heading.feedback-report": "Feedbackrapport",
  "ui.bounce.recipients": "Modtagere i denne rapport: {count}",
  "ui.bounce.noRecipients":
    "Rapporten nævner ingen modtager, der kunne læses.",
  "ui.bounce.format": "Rapportformat",
  "ui.bounce.details": "Rapportens id'er",
  "ui.bounce.format.rfc3464": "Standardleveringsrapport (RFC 3464)",
  "ui.bounce.format.rfc6533":
    "Standardleveringsrapport med internationale adresser (RFC 6533)",
  "ui.bounce.format.arf": "Standardfeedbackrapport (ARF, RFC 5965)",
  "ui.bounce.format.rfc3834": "Automatisk svar (RFC 3834)",
  "ui.bounce.format.software":
    "Ingen standardrapport; teksten blev læst efter det layout, {software} bruger",
  "ui.bounce.format.other":
    "Ingen standardrapport; teksten blev læst efter et layout, som tilføjelsesprogrammet kender",
  "ui.bounce.attached":
    "Rapporten blev fundet som vedhæftet fil i den åbne besked, ikke i selve beskeden.",
  "ui.bounce.provider": "Meldt af",
  "ui.bounce.reportingMta": "Rapporterende server",
  "ui.bounce.arrivalDate": "Modtaget",
  "ui.bounce.feedbackType": "Rapporttype",
  "ui.bounce.feedbackType.abuse":
    "Klage: en modtager meldte beskeden som spam eller uønsket",
  "ui.bounce.feedbackType.fraud":
    "Svindel: en modtager meldte beskeden som svindel eller phishing",
  "ui.bounce.feedbackType.virus":
    "Virus: beskeden blev meldt for at indeholde skadelig software",
  "ui.bounce.feedbackType.not-spam":
    "Ikke spam: en modtager markerede beskeden som ønsket mail",
  "ui.bounce.feedbackType.auth-failure":
    "Godkendelsesfejl: beskeden fejlede SPF-, DKIM- eller DMARC-tjek hos modtageren",
  "ui.bounce.feedbackType.opt-out":
    "Afmelding: en modtager bad om ikke at få mere af denne mail",
  "ui.bounce.feedbackType.other": "Andet: en rapport af en anden slags",
  "ui.bounce.feedbackType.unknown":
    "En rapporttype, som tilføjelsesprogrammet ikke kender",
  "ui.bounce.originalSubject": "Oprindeligt emne",
  "ui.bounce.originalDate": "Oprindeligt sendt",
  "ui.bounce.action": "Handling",
  "ui.bounce.status": "Statuskode",
  "ui.bounce.replyCode": "Svarkode",
  "ui.bounce.reason": "Årsag",
  "ui.bounce.remoteMta": "Modtagende server",
  "ui.bounce.diagnostic": "Serverens besked",
  "ui.bounce.summary": "Hvad skete der",
  "ui.bounce.retry": "Ny afsendelse",
  "ui.bounce.actor": "Hvem skal handle",
  "ui.bounce.whatToDo": "Hvad skal der gøres",
  "ui.bounce.retryUntil": "Prøver igen indtil",
  "ui.bounce.kindAdvice.feedback-report.summary":
    "En mailudbyder har videregivet en rapport om en besked sendt fra dit domæne. Intet kom retur: beskeden blev leveret og derefter meldt.",
  "ui.bounce.kindAdvice.feedback-report.retry":
    "Send ikke til denne adresse igen, medmindre personen beder om din mail.",
  "ui.bounce.kindAdvice.feedback-report.actor":
    "Dig, eller den der driver den mailingliste, beskeden kom fra",
  "ui.bounce.kindAdvice.feedback-report.whatToDo":
    "Fjern adressen fra dine mailinglister, og find ud af, hvorfor modtagerne klager: mail, de ikke har bedt om, ingen nem måde at afmelde sig på, eller en konto, der sender spam i dit navn.",
  "ui.bounce.kindAdvice.auto-reply.summary":
    "Modtagerens postkasse svarede automatisk, for eksempel fordi personen er væk. Din besked blev leveret.",
  "ui.bounce.kindAdvice.auto-reply.retry":
    "Ikke nødvendigt: din besked er kommet frem.",
  "ui.bounce.kindAdvice.auto-reply.actor": "Ingen",
  "ui.bounce.kindAdvice.auto-reply.whatToDo":
    "Læs svaret: det kan sige, hvornår personen er tilbage, eller hvem du kan kontakte i stedet.",
  "ui.bounce.action.failed": "Mislykkedes",
  "ui.bounce.action.delayed": "Forsinket, prøver stadig",
  "ui.bounce.action.delivered": "Leveret",
  "ui.bounce.action.relayed": "Sendt videre til et system uden rapporter",
  "ui.bounce.action.expanded": "Leveret og videresendt til en liste",
  "ui.bounce.failureClass.permanent": "Permanent fejl",
  "ui.bounce.failureClass.permanent.hint":
    "Serveren leverer ikke denne besked.",
  "ui.bounce.failureClass.temporary": "Midlertidig fejl",
  "ui.bounce.failureClass.temporary.hint":
    "Problemet kan gå over, så et senere forsøg kan lykkes.",
  "ui.bounce.failureClass.unknown": "Ukendt fejltype",
  "ui.bounce.failureClass.unknown.hint":
    "Rapporten viser ikke, om fejlen er permanent.",
  "ui.bounce.retryOutlook.never":
    "Det vil aldrig virke at prøve samme adresse igen.",
  "ui.bounce.retryOutlook.afterFix":
    "Årsagen skal rettes, før du sender igen.",

  "ui.diagnostics.heading": "Diagnostik ({count})",
  "ui.diagnostics.empty": "Ingen kald til værtsprogrammet blev registreret.",
  "ui.diagnostics.outcome.ok": "i orden",
  "ui.diagnostics.outcome.failed": "fejlede",
  "ui.diagnostics.outcome.unsupported": "understøttes ikke her",

  "ui.doors.heading": "Analysér en anden besked",
  "ui.doors.bounceHint":
    "Vil du se på en returmail? Outlook åbner ikke tilføjelsesprogrammer på leveringsrapporter, så træk returmailen hen på denne rude, vedhæft den til en besked og åbn den, gem den og vælg filen, eller indsæt dens tekst nedenfor.",
  "ui.doors.drop": "Slip en .eml- eller .msg-fil her",
  "ui.doors.dropActive": "Slip for at analysere filen",
  "ui.doors.choose": "Vælg en fil…",
  "ui.doors.pasteLabel":
    "Eller indsæt beskedens kildetekst eller dens headere (Ctrl+Enter analyserer)",
  "ui.doors.pastePlaceholder": "Received: from …\nAuthentication-Results: …",
  "ui.doors.analyse": "Analysér",
  "ui.doors.pastedName": "Indsat tekst",

  "ui.preview.title": "Mail Diagnostics – eksempelside",
  "ui.preview.intro":
    "Vælg en eksempelbesked, eller giv den din egen. Alt analyseres på denne side; intet sendes nogen steder hen.",
  "ui.preview.samples": "Eksempelbeskeder",
  "ui.preview.darkTheme": "Mørkt tema",
  "ui.preview.sample.all-pass": "Alle tjek bestået",
  "ui.preview.sample.dmarc-none": "DMARC-politik p=none",
  "ui.preview.sample.dmarc-fail": "DMARC fejler (forfalsket afsender)",
  "ui.preview.sample.spf-softfail": "SPF softfail",
  "ui.preview.sample.microsoft-365": "Microsoft 365-headere",
  "ui.preview.sample.forged-results": "Forfalskede resultater fra afsenderen",
  "ui.preview.sample.no-auth": "Ingen godkendelsesresultater",
  "ui.preview.sample.rfc3464-bounce": "Standardreturmail (RFC 3464)",
  "ui.preview.sample.postfix-bounce": "Returmail fra Postfix",
  "ui.preview.sample.microsoft-365-bounce": "Returmail fra Microsoft 365",
  "ui.preview.sample.gmail-bounce": "Returmail fra Gmail",
  "ui.preview.sample.delayed": "Levering forsinket",
  "ui.preview.sample.auto-reply": "Fraværsbesked",
  "ui.preview.sample.feedback-report": "Spamklage (ARF)",
};
