import type { Catalog } from "../types";

/**
 * Danske ord for fejlrapporter: beskedtyper, hvem der skal handle, det
 * SMTP-trin en server afviste ved, og årsager (en titel og en forklaring
 * hver).
 */
export const bounceMessages: Catalog = {
  "bounce.kind.bounce": "Levering mislykket eller forsinket",
  "bounce.kind.delivery-success": "Leveringsbekræftelse",
  "bounce.kind.auto-reply": "Automatisk svar",
  "bounce.kind.feedback-report": "Spamklage eller feedbackrapport",

  "bounce.actor.sender": "Dig som afsender",
  "bounce.actor.sender-admin": "Din it-afdeling eller din mailudbyder",
  "bounce.actor.recipient": "Modtageren",
  "bounce.actor.recipient-admin": "Modtagerens it-afdeling eller mailudbyder",
  "bounce.actor.nobody": "Ingen: der skal ikke gøres noget",

  "bounce.smtpCommand.CONN": "Da den afsendende server oprettede forbindelse",
  "bounce.smtpCommand.HELO":
    "Da den afsendende server præsenterede sig (HELO/EHLO)",
  "bounce.smtpCommand.MAIL": "Da afsenderadressen blev oplyst (MAIL FROM)",
  "bounce.smtpCommand.RCPT": "Da modtageradressen blev oplyst (RCPT TO)",
  "bounce.smtpCommand.DATA": "Efter at selve beskeden var sendt (DATA)",

  "bounce.reason.authfailure.title": "Godkendelse af afsenderen fejlede",
  "bounce.reason.authfailure.explanation":
    "Den modtagende server tjekkede, om dit domæne tillader denne server at sende på dets vegne (SPF, DKIM, DMARC), og tjekket fejlede. Din it-afdeling skal offentliggøre de rigtige DNS-poster eller signere udgående mail. Sender du igen, før det er rettet, fejler det på samme måde.",

  "bounce.reason.badreputation.title": "Den afsendende server har dårligt omdømme",
  "bounce.reason.badreputation.explanation":
    "Modtagerens udbyder afviste eller udskød beskeden, fordi den afsendende servers IP-adresse har et dårligt omdømme hos udbyderen, ofte efter klager eller usædvanligt store mængder. Din it-afdeling skal finde årsagen og bede udbyderen om at revurdere adressen.",

  "bounce.reason.blocked.title": "Den afsendende server er blokeret",
  "bounce.reason.blocked.explanation":
    "Den modtagende server afviste forbindelsen fra den server, der sendte din besked, på grund af dens IP-adresse eller værtsnavn: en post på en blokeringsliste, et manglende værtsnavn eller en lokal udelukkelse. Selve beskeden blev ikke vurderet. Din it-afdeling skal få adressen fjernet fra listen eller sende gennem en anden server.",

  "bounce.reason.contenterror.title": "Beskedens format blev ikke accepteret",
  "bounce.reason.contenterror.explanation":
    "Den modtagende server kunne ikke tage imod beskeden på grund af den måde, den er bygget op på: en header, tegnkodningen eller MIME-strukturen var ugyldig eller understøttes ikke. Det vil fejle igen at sende samme besked. Det program eller den tjeneste, der lavede den, skal danne en gyldig besked.",

  "bounce.reason.delivered.title": "Leveret",
  "bounce.reason.delivered.explanation":
    "Beskeden blev leveret til modtagerens server eller givet videre til et system, der ikke bekræfter levering. Denne meddelelse er kun en bekræftelse, som du eller dit mailprogram bad om.",

  "bounce.reason.emailtoolarge.title": "Beskeden er for stor",
  "bounce.reason.emailtoolarge.explanation":
    "Beskeden er med vedhæftninger større, end den modtagende server accepterer. Send mindre vedhæftninger, komprimér dem, eller del et link til filerne i stedet.",

  "bounce.reason.exceedlimit.title": "Beskeden overskrider en grænse",
  "bounce.reason.exceedlimit.explanation":
    "Beskeden overskred en grænse, som den modtagende server har sat, for eksempel for størrelse eller antal modtagere i én besked. Gør beskeden mindre, eller fordel modtagerne på flere beskeder.",

  "bounce.reason.expired.title": "Leveringsforsøgene fik timeout",
  "bounce.reason.expired.explanation":
    "Den afsendende server blev ved med at forsøge at levere beskeden, men nåede det ikke, før dens periode for nye forsøg udløb. Som regel fordi den modtagende server ikke svarede eller blev ved med at udskyde. Tjek, at adressen er rigtig, og prøv igen senere. Sker det igen og igen, skal modtagerens it-afdeling se på deres server.",

  "bounce.reason.failedstarttls.title": "Krypteret forbindelse mislykkedes",
  "bounce.reason.failedstarttls.explanation":
    "En af serverne krævede en krypteret forbindelse (TLS), og den kunne ikke oprettes, fordi den anden side ikke tilbyder kryptering, eller fordi dens certifikat ikke blev godtaget. En it-afdeling på en af de to sider skal rette TLS-opsætningen.",

  "bounce.reason.feedback.title": "Feedbackrapport",
  "bounce.reason.feedback.explanation":
    "En mailudbyder melder, at en af deres brugere har markeret din besked som spam eller bedt om at blive afmeldt. Intet er kommet retur. Stop med at sende til denne adresse, og undersøg, hvorfor modtagerne klager.",

  "bounce.reason.filtered.title": "Afvist af modtagerens filter",
  "bounce.reason.filtered.explanation":
    "Modtagersiden godtog adressen, men afviste bagefter beskeden på grund af et filter, som modtageren eller deres organisation har sat op. Nogle servere melder også først så sent, at en adresse er ukendt. Kontakt modtageren på en anden måde, og bed dem om at tillade dine beskeder.",

  "bounce.reason.hasmoved.title": "Modtageren er flyttet",
  "bounce.reason.hasmoved.explanation":
    "Modtagerens postkasse er flyttet til en ny adresse, og mail til den gamle bliver ikke længere videresendt. Spørg modtageren om den nye adresse, og opdatér dine kontakter.",

  "bounce.reason.hostunknown.title": "Modtagerens domæne findes ikke",
  "bounce.reason.hostunknown.explanation":
    "Delen af adressen efter @ findes ikke som maildomæne, så der kunne ikke findes en server at levere til. Tjek adressen for stavefejl. Det vil ikke virke at sende igen til samme adresse.",

  "bounce.reason.mailboxfull.title": "Modtagerens postkasse er fuld",
  "bounce.reason.mailboxfull.explanation":
    "Modtagerens postkasse har nået sin lagergrænse. Modtageren skal slette mail eller få mere plads. Prøv igen senere, eller kontakt dem på en anden måde.",

  "bounce.reason.mailererror.title": "Leveringsprogrammet fejlede",
  "bounce.reason.mailererror.explanation":
    "Den modtagende server gav beskeden videre til et lokalt leveringsprogram (et filterscript eller en leveringsagent), og det program fejlede. Modtagerens it-afdeling skal rette det.",

  "bounce.reason.networkerror.title": "Problem med netværk eller DNS",
  "bounce.reason.networkerror.explanation":
    "Den afsendende server kunne ikke nå den modtagende server: et DNS-opslag fejlede, forbindelsen blev afvist eller afbrudt, eller beskeden kørte i ring mellem servere. Den slags problemer er ofte midlertidige. Prøv igen senere, og bliver det ved, skal en it-afdeling tjekke DNS og routing.",

  "bounce.reason.norelaying.title": "Videresendelse nægtet",
  "bounce.reason.norelaying.explanation":
    "En server nægtede at sende beskeden videre til et andet domæne, fordi den ikke videresender mail for dig (relay). Som regel betyder det, at dit mailprogram er sat op med den forkerte udgående server eller uden login. Tjek kontoens indstillinger for udgående server.",

  "bounce.reason.notaccept.title": "Domænet tager ikke imod mail",
  "bounce.reason.notaccept.explanation":
    "Modtagerens domæne oplyser, at det slet ikke tager imod mail (for eksempel med en null MX-post), eller det har ingen mailserver. Det vil ikke virke at sende igen. Kontakt modtageren på en anden måde.",

  "bounce.reason.notcompliantrfc.title": "Beskeden bryder mailstandarderne",
  "bounce.reason.notcompliantrfc.explanation":
    "Den modtagende server afviste beskeden, fordi den ikke følger mailstandarderne, den har for eksempel to From- eller Subject-headere. Det program eller den tjeneste, der lavede beskeden, skal rettes.",

  "bounce.reason.onhold.title": "Årsagen er uklar",
  "bounce.reason.onhold.explanation":
    "Rapporten giver for få detaljer til at sige, hvorfor leveringen mislykkedes. Læs den diagnostiske tekst og de koder, der vises her. Er fejlen midlertidig, så prøv igen senere.",

  "bounce.reason.policyviolation.title": "Afvist af modtagerens politik",
  "bounce.reason.policyviolation.explanation":
    "Modtagerorganisationens politik tillader ikke denne besked, for eksempel på grund af indholdet, en type vedhæftning eller hvem den kommer fra. Spørg modtageren eller deres it-afdeling, hvilken regel der gælder.",

  "bounce.reason.ratelimited.title": "Der sendes for hurtigt",
  "bounce.reason.ratelimited.explanation":
    "Den modtagende server begrænser, hvor mange beskeder eller forbindelser den tager imod i en periode, og denne besked gik over grænsen. Vent, og prøv igen senere. Sender du massemail, skal du sænke farten.",

  "bounce.reason.rejected.title": "Afsenderadressen blev afvist",
  "bounce.reason.rejected.explanation":
    "Den modtagende server afviste beskeden på grund af afsenderadressen: den kunne ikke kontrollere den, tager ikke imod mail fra dens domæne eller har blokeret den. Tjek, at din adresse og dit domæne er sat rigtigt op, eller bed modtageren om at tillade din adresse.",

  "bounce.reason.requireptr.title": "Den afsendende server mangler et gyldigt værtsnavn",
  "bounce.reason.requireptr.explanation":
    "Den modtagende server kræver, at den afsendende servers IP-adresse har en omvendt DNS-post (PTR), der passer med dens værtsnavn, og det har den ikke. Din it-afdeling eller din hostingudbyder skal sætte den omvendte DNS-post op.",

  "bounce.reason.securityerror.title": "Sikkerhedstjek fejlede",
  "bounce.reason.securityerror.explanation":
    "En server afviste beskeden af sikkerhedsgrunde, for eksempel fordi den kræver, at du logger ind, før du sender, eller fordi dit login ikke blev godtaget. Tjek login-indstillingerne for udgående server i dit mailprogram.",

  "bounce.reason.spamdetected.title": "Beskeden blev vurderet som spam",
  "bounce.reason.spamdetected.explanation":
    "Den modtagende servers spamfilter vurderede, at beskedens indhold er spam. Ret indholdet (links, formuleringer, vedhæftninger), eller bed modtageren om at tillade din adresse.",

  "bounce.reason.suppressed.title": "Adressen står på en spærreliste",
  "bounce.reason.suppressed.explanation":
    "Din afsendertjeneste forsøgte ikke at levere, fordi adressen står på tjenestens spærreliste efter tidligere returneringer eller klager. Fjern kun adressen fra listen, hvis du er sikker på, at den virker igen.",

  "bounce.reason.suspend.title": "Modtagerens postkasse er deaktiveret",
  "bounce.reason.suspend.explanation":
    "Modtagerens postkasse findes, men er suspenderet, deaktiveret eller bliver ikke længere brugt. Modtageren eller deres organisation skal genaktivere den. Ellers må du kontakte dem på en anden måde.",

  "bounce.reason.syntaxerror.title": "Fejl i SMTP-protokollen",
  "bounce.reason.syntaxerror.explanation":
    "Serverne forstod ikke hinanden: en kommando eller dens parametre var ugyldige i SMTP-samtalen. Problemet ligger i det afsendende program eller dets opsætning, så din it-afdeling skal se på det.",

  "bounce.reason.systemerror.title": "Fejl på den modtagende server",
  "bounce.reason.systemerror.explanation":
    "Den modtagende server havde en intern fejl eller er ikke tilgængelig. Det skyldes ikke din besked. Prøv igen senere, og bliver det ved, skal modtagerens it-afdeling rette serveren.",

  "bounce.reason.systemfull.title": "Den modtagende server er løbet tør for plads",
  "bounce.reason.systemfull.explanation":
    "Den modtagende servers disk er fuld, så den kan ikke gemme indgående mail. Prøv igen senere. Modtagerens it-afdeling skal frigøre plads.",

  "bounce.reason.undefined.title": "Ukendt årsag",
  "bounce.reason.undefined.explanation":
    "Rapporten siger ikke, hvorfor leveringen mislykkedes. Se den rå rapport, eller bed din it-afdeling om at tjekke serverloggene.",

  "bounce.reason.userunknown.title": "Modtagerens adresse findes ikke",
  "bounce.reason.userunknown.explanation":
    "Modtagerens domæne findes, men det har ingen postkasse med dette navn. Tjek adressen for stavefejl, eller spørg modtageren om den rigtige. Det vil ikke virke at sende igen til samme adresse.",

  "bounce.reason.vacation.title": "Automatisk svar",
  "bounce.reason.vacation.explanation":
    "Modtagerens postkasse sendte et automatisk svar, for eksempel et fraværssvar. Din besked blev leveret. Læs svaret for at se, hvornår modtageren er tilbage, eller hvem du kan kontakte i stedet.",

  "bounce.reason.virusdetected.title": "Virus eller malware fundet",
  "bounce.reason.virusdetected.explanation":
    "Den modtagende server fandt en virus eller andet skadeligt indhold i beskeden, som regel i en vedhæftning. Scan din computer og filerne, og send igen uden den inficerede vedhæftning.",
};
