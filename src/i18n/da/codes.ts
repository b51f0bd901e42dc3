import type { Catalog } from "../types";
import { explanationMessages, type Explanation } from "../en/codes";

const general: Catalog = {
  "code.class.2.title": "Gennemført",
  "code.class.2.meaning": "Beskeden blev leveret, eller dette trin lykkedes.",
  "code.class.2.action": "Du behøver ikke gøre noget.",
  "code.class.4.title": "Midlertidig fejl",
  "code.class.4.meaning":
    "Leveringen mislykkedes af en grund, der som regel er midlertidig, så " +
    "et senere forsøg kan virke.",
  "code.class.4.action":
    "Prøver den afsendende server stadig, så vent, og følg rådet i en " +
    "eventuel senere rapport. Ellers send beskeden igen senere.",
  "code.class.5.title": "Permanent fejl",
  "code.class.5.meaning":
    "Leveringen mislykkedes, og den afsendende server prøver ikke igen af " +
    "sig selv.",
  "code.class.5.action":
    "Læs serverens svar, og ret det, den peger på, før du sender " +
    "igen. Er det uklart, så send rapporten videre til din it-afdeling " +
    "eller din mailudbyder.",

  "code.subject.0.title": "Anden status",
  "code.subject.0.meaning":
    "Serveren oplyste ikke, hvilken slags problem der er tale om.",
  "code.subject.0.action": "Læs hele serverens svar for detaljer.",
  "code.subject.1.title": "Adressestatus",
  "code.subject.1.meaning":
    "Problemet handler om en adresse: modtagerens eller din egen.",
  "code.subject.1.action":
    "Tjek adresserne for stavefejl, og spørg om nødvendigt modtageren om " +
    "deres nuværende adresse.",
  "code.subject.2.title": "Postkassestatus",
  "code.subject.2.meaning":
    "Adressen findes, men der er noget galt med modtagerens postkasse.",
  "code.subject.2.action": "Giv modtageren besked på en anden måde.",
  "code.subject.3.title": "Mailsystemets status",
  "code.subject.3.meaning": "Det modtagende mailsystem har et problem.",
  "code.subject.3.action":
    "Prøv igen senere. Bliver det ved med at fejle, må modtagerens " +
    "it-afdeling se på deres mailserver.",
  "code.subject.4.title": "Netværks- og rutestatus",
  "code.subject.4.meaning":
    "Noget gik galt i netværket eller med at finde vej til modtagerens " +
    "mailserver.",
  "code.subject.4.action":
    "Prøv igen senere. Bliver det ved med at fejle, så spørg din " +
    "it-afdeling eller din mailudbyder.",
  "code.subject.5.title": "Mailprotokollens status",
  "code.subject.5.meaning":
    "De to mailservere havde svært ved at tale sammen.",
  "code.subject.5.action":
    "Bed din it-afdeling eller din mailudbyder om at undersøge det.",
  "code.subject.6.title": "Indholdets status",
  "code.subject.6.meaning":
    "Beskedens indhold eller format skabte problemet.",
  "code.subject.6.action":
    "Gør beskeden enklere eller udelad vedhæftninger, og send den igen.",
  "code.subject.7.title": "Sikkerheds- eller politikstatus",
  "code.subject.7.meaning":
    "Et sikkerhedstjek eller en politikregel stoppede beskeden.",
  "code.subject.7.action":
    "Læs serverens svar. Ofte skal din it-afdeling rette, hvordan " +
    "dit domæne beviser, at dets mails er ægte, eller også skal modtageren " +
    "tillade dine beskeder.",

  "code.basicClass.2.title": "Gennemført",
  "code.basicClass.2.meaning": "Serveren gjorde det, der blev bedt om.",
  "code.basicClass.2.action": "Du behøver ikke gøre noget.",
  "code.basicClass.3.title": "Venter på mere",
  "code.basicClass.3.meaning":
    "Serveren venter på næste trin. Det er en normal del af afsendelsen.",
  "code.basicClass.3.action": "Du behøver ikke gøre noget.",
  "code.basicClass.4.title": "Midlertidig fejl",
  "code.basicClass.4.meaning":
    "Serveren kunne ikke gøre det, der blev bedt om, lige nu.",
  "code.basicClass.4.action":
    "Prøver den afsendende server stadig, så vent. Ellers send beskeden " +
    "igen senere.",
  "code.basicClass.5.title": "Permanent fejl",
  "code.basicClass.5.meaning": "Serveren afviste det, der blev bedt om.",
  "code.basicClass.5.action":
    "Læs serverens svar. Noget skal ændres, før du sender igen.",
  "code.basicCategory.0.title": "Syntaks",
  "code.basicCategory.1.title": "Information",
  "code.basicCategory.2.title": "Forbindelse",
  "code.basicCategory.3.title": "Uspecificeret",
  "code.basicCategory.4.title": "Uspecificeret",
  "code.basicCategory.5.title": "Mailsystem",

  "code.retry.later":
    "Det kan virke at prøve igen senere. Den afsendende server prøver " +
    "måske allerede igen af sig selv.",
  "code.retry.after-fix":
    "Det hjælper kun at sende igen, når problemet er rettet.",
  "code.retry.resend-later":
    "Den afsendende server er holdt op med at prøve. Det kan virke at " +
    "sende beskeden igen senere.",
  "code.retry.never": "Det vil aldrig virke at sende til denne adresse igen.",
  "code.retry.not-needed": "Intet at prøve igen: denne del lykkedes.",

  "code.actor.sender": "Dig som afsender",
  "code.actor.sender-admin": "Din it-afdeling eller din mailudbyder",
  "code.actor.recipient": "Modtageren",
  "code.actor.recipient-admin":
    "Modtagerens it-afdeling eller mailudbyder",
  "code.actor.nobody": "Ingen lige nu",

  "code.summary.unknown":
    "Rapporten har ingen kode, som dette tilføjelsesprogram kan forklare.",
  "code.action.unknown":
    "Læs serverens svar. Forklarer det ikke problemet, så send " +
    "rapporten videre til din it-afdeling eller din mailudbyder.",
};

/** IANA-registrerede udvidede statuskoder, efter registreret kode. */
const enhanced = explanationMessages("code.enhanced", {
  "X.0.0": [
    "Den modtagende server meldte en fejl uden at sige, hvilken slags.",
    "Læs hele serverens svar. Forklarer det ikke problemet, så " +
      "send rapporten videre til din it-afdeling eller din mailudbyder.",
  ],
  "X.1.0": [
    "Der er noget galt med en adresse i beskeden, men serveren sagde ikke " +
      "præcis hvad.",
    "Tjek modtagerens adresse for stavefejl. Ser den rigtig ud, så spørg " +
      "modtageren om den korrekte adresse.",
  ],
  "X.1.1": [
    "Modtagerens postkasse findes ikke på det domæne. Delen før @ er " +
      "sandsynligvis stavet forkert, eller kontoen er lukket.",
    "Tjek stavningen af adressen, eller spørg modtageren om deres " +
      "nuværende adresse på anden vis. Det vil fejle igen at sende til " +
      "samme adresse.",
  ],
  "X.1.2": [
    "Delen af adressen efter @ fører ikke til en mailserver, der kan nås. " +
      "Domænet er måske stavet forkert eller findes ikke.",
    "Tjek stavningen af domænet efter @. Er det rigtigt, må modtagerens " +
      "organisation rette sin mailopsætning.",
  ],
  "X.1.3": [
    "Modtagerens adresse er ikke skrevet korrekt, den indeholder for " +
      "eksempel mellemrum eller forkerte tegn.",
    "Ret adressen, og send beskeden igen.",
  ],
  "X.1.4": [
    "Adressen passer på mere end én postkasse hos modtageren, så serveren " +
      "kunne ikke vælge.",
    "Brug modtagerens fulde, præcise adresse, og spørg dem om den, hvis " +
      "det er nødvendigt.",
  ],
  "X.1.5": [
    "Den modtagende server bekræftede, at adressen er gyldig.",
    "Du behøver ikke gøre noget.",
  ],
  "X.1.6": [
    "Modtagerens postkasse er flyttet, og serveren har ingen ny adresse at " +
      "sende beskeden videre til.",
    "Spørg modtageren om deres nye adresse, og send beskeden dertil.",
  ],
  "X.1.7": [
    "Din egen afsenderadresse er ikke skrevet korrekt, så serveren " +
      "afviste beskeden.",
    "Bed din it-afdeling eller din mailudbyder om at tjekke, hvordan din " +
      "afsenderadresse er sat op.",
  ],
  "X.1.8": [
    "Domænet i din afsenderadresse kunne ikke kontrolleres eller kan ikke " +
      "modtage svar, så serveren afviste beskeden.",
    "Bed din it-afdeling eller din mailudbyder om at tjekke DNS-posterne " +
      "for dit afsenderdomæne.",
  ],
  "X.1.9": [
    "Beskeden blev givet videre til et mailsystem, der ikke sender " +
      "leveringsrapporter, så der kommer ikke mere nyt om den.",
    "Du behøver ikke gøre noget. Vil du være sikker, så spørg modtageren, " +
      "om beskeden kom frem.",
  ],
  "X.1.10": [
    "Modtagerens domæne oplyser offentligt (med en \"null MX\"-post), at " +
      "det aldrig tager imod mail.",
    "Brug en anden adresse til denne modtager. Domænet tager ikke imod " +
      "mail.",
  ],
  "X.2.0": [
    "Der er noget galt med modtagerens postkasse, men serveren sagde ikke " +
      "hvad.",
    "Giv modtageren besked på en anden måde, så de eller deres it-afdeling " +
      "kan tjekke postkassen.",
  ],
  "X.2.1": [
    "Modtagerens postkasse er deaktiveret og tager ikke imod beskeder, " +
      "ofte fordi kontoen er lukket eller suspenderet.",
    "Kontakt modtageren på en anden måde, og bed om en adresse, der virker.",
  ],
  "X.2.2": [
    "Modtagerens postkasse er fuld.",
    "Vent og prøv igen senere, eller giv modtageren besked på en anden " +
      "måde, så de kan rydde op.",
  ],
  "X.2.3": [
    "Beskeden er større, end modtageren tillader for denne postkasse.",
    "Gør beskeden mindre, for eksempel ved at dele store vedhæftninger som " +
      "et link, og send den igen.",
  ],
  "X.2.4": [
    "Modtageren er en mailingliste eller gruppe, og det mislykkedes at " +
      "sende beskeden videre til medlemmerne.",
    "Giv listens ejer eller modtagerens it-afdeling besked. De skal rette " +
      "listen.",
  ],
  "X.3.0": [
    "Det modtagende mailsystem havde et problem.",
    "Prøv igen senere. Bliver det ved med at fejle, må modtagerens " +
      "it-afdeling se på deres mailserver.",
  ],
  "X.3.1": [
    "Det modtagende mailsystem er løbet tør for lagerplads.",
    "Prøv igen senere. Modtagerens it-afdeling skal frigøre plads på " +
      "serveren.",
  ],
  "X.3.2": [
    "Den modtagende server tager ikke imod beskeder lige nu, eller slet " +
      "ikke.",
    "Prøv igen senere. Bliver det ved med at fejle, så kontakt modtageren " +
      "på en anden måde.",
  ],
  "X.3.3": [
    "Beskeden bad om en funktion, som det modtagende system ikke har.",
    "Spørg din it-afdeling eller din mailudbyder: en indstilling hos dig " +
      "beder om noget, modtageren ikke understøtter.",
  ],
  "X.3.4": [
    "Beskeden er større, end det modtagende system accepterer.",
    "Gør beskeden mindre, for eksempel ved at sende et link i stedet for " +
      "en vedhæftning, og send den igen.",
  ],
  "X.3.5": [
    "Det modtagende mailsystem er sat forkert op.",
    "Giv modtageren besked på en anden måde. Deres it-afdeling skal rette " +
      "mailserveren.",
  ],
  "X.3.6": [
    "Beskeden blev modtaget, men med en anden prioritet end den ønskede.",
    "Du behøver ikke gøre noget.",
  ],
  "X.4.0": [
    "Et problem med netværket eller ruten stoppede leveringen.",
    "Prøv igen senere. Bliver det ved med at fejle, så bed din it-afdeling " +
      "eller din mailudbyder om at undersøge det.",
  ],
  "X.4.1": [
    "Modtagerens mailserver svarede ikke.",
    "Prøver den afsendende server stadig, så vent. Ellers send beskeden " +
      "igen senere. Bliver det ved med at fejle, må modtagerens " +
      "it-afdeling tjekke deres server.",
  ],
  "X.4.2": [
    "Forbindelsen til modtagerens mailserver blev afbrudt.",
    "Prøver den afsendende server stadig, så vent. Ellers send beskeden " +
      "igen senere. Bliver det ved med at fejle, må modtagerens " +
      "it-afdeling tjekke deres server.",
  ],
  "X.4.3": [
    "En opslagstjeneste, som leveringen afhænger af, som regel DNS, " +
      "fejlede.",
    "Prøv igen senere. Bliver det ved med at fejle, kan DNS-opsætningen " +
      "for modtagerens domæne være i stykker.",
  ],
  "X.4.4": [
    "Der kunne ikke findes en vej til modtagerens mailserver, som regel " +
      "fordi domænet ikke har fungerende mailposter.",
    "Tjek domænet efter @ for stavefejl. Er det rigtigt, må modtagerens " +
      "organisation rette sine mailposter.",
  ],
  "X.4.5": [
    "Mailsystemet er overbelastet.",
    "Vent: den slags beskeder forsøges som regel igen automatisk. Fejlede " +
      "den endeligt, så send den igen senere.",
  ],
  "X.4.6": [
    "Beskeden kørte i ring mellem mailservere og blev derfor stoppet. " +
      "Videresendelsesregler, der peger på hinanden, er en typisk årsag.",
    "Giv modtageren besked på en anden måde. De eller deres it-afdeling " +
      "skal tjekke deres videresendelsesregler.",
  ],
  "X.4.7": [
    "Beskeden kunne ikke leveres, før tidsfristen udløb, fordi den " +
      "modtagende server ikke kunne nås eller blev ved med at afvise den.",
    "Send beskeden igen senere. Fejler den igen, så kontakt modtageren på " +
      "en anden måde, for deres server kan være nede.",
  ],
  "X.5.0": [
    "Mailserverne forstod ikke hinanden.",
    "Bed din it-afdeling eller din mailudbyder om at se i serverloggene.",
  ],
  "X.5.1": [
    "Den modtagende server fik en kommando, den ikke accepterer.",
    "Spørg din it-afdeling eller din mailudbyder: afsenderprogrammet " +
      "sendte noget, modtageren afviser.",
  ],
  "X.5.2": [
    "Den modtagende server kunne ikke læse en kommando, fordi den var " +
      "forkert formet.",
    "Spørg din it-afdeling eller din mailudbyder. Tjek eventuelle " +
      "adresser for forkerte tegn.",
  ],
  "X.5.3": [
    "Beskeden havde flere modtagere, end den modtagende server accepterer " +
      "på én gang.",
    "Send beskeden i mindre portioner med færre modtagere ad gangen.",
  ],
  "X.5.4": [
    "En kommando blev forstået, men en af dens værdier var ugyldig, ofte " +
      "en forkert skrevet adresse.",
    "Tjek adresserne for forkerte tegn. Ser de rigtige ud, så spørg din " +
      "it-afdeling eller din mailudbyder.",
  ],
  "X.5.5": [
    "De to servere understøtter ikke samme version af mailprotokollen.",
    "Bed din it-afdeling eller din mailudbyder om at undersøge det.",
  ],
  "X.5.6": [
    "Et login-trin, der blev sendt til serveren, var for langt.",
    "Bed din it-afdeling eller din mailudbyder om at tjekke, hvordan dit " +
      "mailprogram logger ind.",
  ],
  "X.6.0": [
    "Noget i beskedens indhold eller vedhæftninger skabte et problem.",
    "Send beskeden igen uden vedhæftninger eller med enklere formatering.",
  ],
  "X.6.1": [
    "Beskeden indeholder en type indhold, som modtageren ikke understøtter.",
    "Send indholdet i et almindeligt format, for eksempel PDF, eller " +
      "udelad vedhæftningen.",
  ],
  "X.6.2": [
    "Beskeden skulle konverteres for modtageren, men den måde, den blev " +
      "sendt på, forbyder ændringer.",
    "Send beskeden i et enklere format, og prøv igen.",
  ],
  "X.6.3": [
    "Beskeden skulle konverteres for modtageren, men ingen server på vejen " +
      "kan gøre det.",
    "Send indholdet i et enklere format, for eksempel ren tekst eller en " +
      "almindelig filtype.",
  ],
  "X.6.4": [
    "Beskeden blev leveret, men den måtte konverteres, og noget af " +
      "indholdet kan være gået tabt.",
    "Spørg modtageren, om beskeden kom helt frem.",
  ],
  "X.6.5": [
    "Det mislykkedes at konvertere beskeden for modtageren.",
    "Send beskeden i et enklere format, og prøv igen.",
  ],
  "X.6.6": [
    "Serveren skulle hente beskedens indhold et andet sted fra, men kunne " +
      "ikke få fat i det.",
    "Spørg din it-afdeling eller din mailudbyder: dit mailprogram henviser " +
      "til indhold, serveren ikke kan nå.",
  ],
  "X.6.7": [
    "En adresse indeholder andre tegn end almindelige engelske bogstaver, " +
      "for eksempel æ, ø eller å, og et af de involverede mailsystemer kan " +
      "ikke håndtere dem.",
    "Brug en adresse med almindelige bogstaver, hvis modtageren har en, " +
      "eller spørg din it-afdeling eller din mailudbyder.",
  ],
  "X.6.8": [
    "Serveren skal svare med internationale tegn, men dit mailprogram " +
      "accepterer dem ikke.",
    "Bed din it-afdeling eller din mailudbyder om at slå understøttelse af " +
      "international mail (SMTPUTF8) til.",
  ],
  "X.6.9": [
    "Beskeden har internationale tegn i sine headere, og en server på " +
      "vejen kan ikke sende dem videre.",
    "Fjern specialtegn fra emnet og navnene, eller brug almindelige " +
      "adresser, og send beskeden igen.",
  ],
  "X.6.10": [
    "En forældet kode for samme tilfælde som X.6.8: serveren skal svare " +
      "med internationale tegn, som dit program ikke accepterer.",
    "Bed din it-afdeling eller din mailudbyder om at slå understøttelse af " +
      "international mail (SMTPUTF8) til.",
  ],
  "X.7.0": [
    "Et sikkerhedstjek eller en politikregel hos modtageren stoppede " +
      "beskeden uden nærmere forklaring.",
    "Læs hele serverens svar. Forklarer det ikke problemet, så " +
      "send rapporten videre til din it-afdeling eller din mailudbyder.",
  ],
  "X.7.1": [
    "Modtageren afviste beskeden med vilje: du må ikke sende til denne " +
      "modtager, eller et filter eller en regel blokerede den.",
    "Kontakt modtageren på en anden måde. De eller deres it-afdeling kan " +
      "tillade dine beskeder, hvis de ønsker dem.",
  ],
  "X.7.2": [
    "Du må ikke sende til denne mailingliste eller gruppe.",
    "Bed listens ejer om lov til at skrive, eller skriv direkte til " +
      "medlemmerne.",
  ],
  "X.7.3": [
    "Beskeden krævede en sikkerhedskonvertering, for eksempel dekryptering " +
      "eller ny kryptering, som ikke var mulig.",
    "Send beskeden uden kryptering eller signatur, hvis det er i orden, " +
      "eller spørg din it-afdeling eller din mailudbyder.",
  ],
  "X.7.4": [
    "En ønsket sikkerhedsfunktion understøttes ikke af serveren.",
    "Bed din it-afdeling eller din mailudbyder om at tjekke " +
      "sikkerhedsindstillingerne for afsendelse.",
  ],
  "X.7.5": [
    "Et kryptografisk trin, for eksempel dekryptering eller kontrol af en " +
      "signatur, mislykkedes.",
    "Tjek dine indstillinger for kryptering og signering, eller send " +
      "beskeden uden dem.",
  ],
  "X.7.6": [
    "Beskeden bruger en krypterings- eller signeringsmetode, som " +
      "modtageren ikke understøtter.",
    "Send beskeden uden kryptering eller med en mere almindelig metode.",
  ],
  "X.7.7": [
    "Beskeden blev ændret undervejs, så dens integritetskontrol fejlede.",
    "Send beskeden igen. Bliver det ved med at fejle, så spørg din " +
      "it-afdeling eller din mailudbyder.",
  ],
  "X.7.8": [
    "Login på mailserveren mislykkedes: brugernavnet eller adgangskoden " +
      "blev ikke godkendt.",
    "Tjek brugernavn og adgangskode i dit mailprogram, og prøv igen.",
  ],
  "X.7.9": [
    "Serveren afviser den loginmetode, dit mailprogram brugte, fordi den " +
      "ikke er sikker nok.",
    "Spørg din it-afdeling eller din mailudbyder, hvilken loginmetode du " +
      "skal bruge, og skift den i dit mailprogram.",
  ],
  "X.7.10": [
    "Serveren kræver en krypteret forbindelse, og forbindelsen var ikke " +
      "krypteret.",
    "Bed din it-afdeling eller din mailudbyder om at slå kryptering (TLS) " +
      "til for afsendelse.",
  ],
  "X.7.11": [
    "Den valgte loginmetode kræver først en krypteret forbindelse.",
    "Slå kryptering (TLS eller SSL) til i dit mailprograms indstillinger " +
      "for udgående server.",
  ],
  "X.7.12": [
    "Din adgangskode skal skiftes eller sættes op igen, før du kan sende.",
    "Log ind på din mailkonto på nettet, eller kontakt din it-afdeling, " +
      "for at opdatere adgangskoden.",
  ],
  "X.7.13": [
    "Den involverede konto er deaktiveret, så serveren tager ikke imod " +
      "beskeder fra eller til den.",
    "Kontakt din it-afdeling eller din mailudbyder for at få kontoen " +
      "aktiveret igen.",
  ],
  "X.7.14": [
    "Serveren accepterer kun dette fra systemer, den allerede stoler på, " +
      "og dit er ikke et af dem.",
    "Bed din it-afdeling eller din mailudbyder om at etablere den " +
      "nødvendige tillid.",
  ],
  "X.7.15": [
    "Beskedens prioritet er for lav til, at serveren vil håndtere den nu.",
    "Prøv igen senere, eller send beskeden med normal prioritet.",
  ],
  "X.7.16": [
    "Beskeden er for stor til den prioritet, den blev sendt med.",
    "Send beskeden med normal prioritet, eller gør den mindre.",
  ],
  "X.7.17": [
    "Postkassen tilhører nu en anden end den person, du ville nå, så " +
      "beskeden blev ikke leveret.",
    "Bekræft modtagerens nuværende adresse på anden vis, før du sender " +
      "igen.",
  ],
  "X.7.18": [
    "Modtagerens domæne har skiftet ejer, siden I sidst havde kontakt, så " +
      "beskeden blev ikke leveret.",
    "Bekræft modtagerens nuværende adresse på anden vis, før du sender " +
      "igen.",
  ],
  "X.7.19": [
    "Den modtagende server kunne ikke kontrollere, om postkassen stadig " +
      "tilhører den person, du ville nå.",
    "Bekræft adressen med modtageren på anden vis, og send så igen.",
  ],
  "X.7.20": [
    "Beskeden havde ingen gyldig DKIM-signatur, og modtageren kræver en.",
    "Bed din it-afdeling eller din mailudbyder om at sætte DKIM-signering " +
      "op for dit domæne.",
  ],
  "X.7.21": [
    "Beskeden havde DKIM-signaturer, men modtageren godtog ingen af dem.",
    "Bed din it-afdeling eller din mailudbyder om at tjekke din " +
      "DKIM-signering, for eksempel nøglelængden og det signerende domæne.",
  ],
  "X.7.22": [
    "Ingen gyldig DKIM-signatur passede til domænet i din Fra-adresse.",
    "Bed din it-afdeling eller din mailudbyder om at signere beskeder med " +
      "domænet fra din Fra-adresse.",
  ],
  "X.7.23": [
    "Den afsendende server er ikke tilladt i dit domænes SPF-post, så " +
      "modtageren afviste beskeden.",
    "Bed din it-afdeling eller din mailudbyder om at tilføje den " +
      "afsendende server til dit domænes SPF-post.",
  ],
  "X.7.24": [
    "Dit domænes SPF-post kunne ikke kontrolleres på grund af en DNS-fejl " +
      "eller en fejl i posten.",
    "Bed din it-afdeling eller din mailudbyder om at tjekke dit domænes " +
      "SPF-post for fejl.",
  ],
  "X.7.25": [
    "Den afsendende servers IP-adresse har ikke et ordentligt omvendt " +
      "DNS-navn, og modtageren kræver et.",
    "Bed din it-afdeling eller din mailudbyder om at sætte omvendt DNS (en " +
      "PTR-post) op for den afsendende server.",
  ],
  "X.7.26": [
    "Flere godkendelsestjek, for eksempel SPF og DKIM, fejlede for " +
      "beskeden.",
    "Bed din it-afdeling eller din mailudbyder om at rette SPF, DKIM og " +
      "DMARC for dit domæne.",
  ],
  "X.7.27": [
    "Dit afsenderdomæne oplyser (med en \"null MX\"-post), at det ikke " +
      "tager imod mail, så intet svar kan nå dig, og modtageren afviste " +
      "beskeden.",
    "Bed din it-afdeling eller din mailudbyder om at rette mailposterne " +
      "for dit afsenderdomæne, eller send fra en anden adresse.",
  ],
  "X.7.28": [
    "Modtageren så en usædvanlig strøm af beskeder og holdt op med at tage " +
      "imod dem indtil videre.",
    "Vent, og send igen senere med færre beskeder ad gangen.",
  ],
  "X.7.29": [
    "Beskeden kom gennem videresendende servere, og kæden af " +
      "godkendelsesresultater, de tilføjede (ARC), holdt ikke.",
    "Spørg din it-afdeling eller din mailudbyder, eller den der " +
      "videresendte beskeden: videresendelsen ødelægger godkendelsen.",
  ],
  "X.7.30": [
    "Beskeden krævede krypteret levering hele vejen (REQUIRETLS), men en " +
      "server på ruten kan ikke love det.",
    "Send beskeden uden indstillingen \"kræv kryptering\", eller spørg din " +
      "it-afdeling eller din mailudbyder om en sikker rute.",
  ],
});

/** SMTP-svarkoder, både standardkoder og almindeligt forekommende. */
const basic = explanationMessages("code.basic", {
  "101": [
    "Dit mailsystem kunne ikke åbne en forbindelse til den modtagende " +
      "server. Tallet kommer fra afsenderprogrammet, ikke fra modtageren.",
    "Tjek internetforbindelsen og servernavnet i dine indstillinger, og " +
      "prøv igen senere.",
  ],
  "111": [
    "Den modtagende server afviste forbindelsen: der var ingen mailtjeneste " +
      "at få fat i.",
    "Prøv igen senere. Bliver det ved med at fejle, er modtagerens " +
      "mailserver måske nede eller sat forkert op.",
  ],
  "200": [
    "Et svar uden for standarden, som betyder, at trinnet lykkedes.",
    "Du behøver ikke gøre noget.",
  ],
  "211": [
    "Et status- eller hjælpesvar fra serveren, ikke en fejl.",
    "Du behøver ikke gøre noget.",
  ],
  "214": [
    "En hjælpetekst fra serveren, ikke en fejl.",
    "Du behøver ikke gøre noget.",
  ],
  "220": [
    "Serveren er klar. Det er ikke en fejl.",
    "Du behøver ikke gøre noget.",
  ],
  "221": [
    "Serveren lukkede forbindelsen på normal vis.",
    "Du behøver ikke gøre noget.",
  ],
  "235": ["Login på serveren lykkedes.", "Du behøver ikke gøre noget."],
  "250": [
    "Serveren accepterede forespørgslen.",
    "Du behøver ikke gøre noget.",
  ],
  "251": [
    "Modtageren er ikke på denne server, men serveren sender beskeden " +
      "videre.",
    "Du behøver ikke gøre noget.",
  ],
  "252": [
    "Serveren kan ikke bekræfte adressen, men vil forsøge at levere " +
      "beskeden.",
    "Du behøver ikke gøre noget.",
  ],
  "253": [
    "Serveren er begyndt at sende de beskeder, den havde i kø (ETRN).",
    "Du behøver ikke gøre noget.",
  ],
  "334": [
    "Serveren venter på næste login-trin.",
    "Du behøver ikke gøre noget.",
  ],
  "354": [
    "Serveren er klar til at modtage beskedens tekst.",
    "Du behøver ikke gøre noget.",
  ],
  "420": [
    "En timeout eller et forbindelsesproblem under overførslen, sådan som " +
      "nogle mailsystemer (for eksempel GroupWise) melder det.",
    "Prøv igen senere, medmindre den afsendende server stadig prøver.",
  ],
  "421": [
    "Den modtagende server er ikke tilgængelig lige nu og lukkede " +
      "forbindelsen, ofte fordi den har travlt eller begrænser, hvor " +
      "hurtigt den tager imod mail.",
    "Prøver den afsendende server stadig, så vent. Ellers send beskeden " +
      "igen senere. Bliver det ved med at fejle, må modtagerens " +
      "it-afdeling undersøge det.",
  ],
  "422": [
    "En midlertidig afvisning. Officielt beder den om en ny adgangskode, men " +
      "servere bruger den også, når modtagerens postkasse er over sin " +
      "grænse.",
    "Prøv igen senere. Bliver det ved med at fejle, så giv modtageren " +
      "besked på en anden måde.",
  ],
  "431": [
    "Den modtagende server er løbet tør for diskplads eller hukommelse.",
    "Prøv igen senere. Modtagerens it-afdeling skal rette serveren.",
  ],
  "432": [
    "Adgangskoden skal skiftes, før du kan logge ind. Nogle Microsoft " +
      "Exchange-servere bruger også tallet, når deres indgående kø er " +
      "stoppet.",
    "Logger du ind for at sende mail, så opdater din adgangskode. Ellers " +
      "vent og prøv igen senere.",
  ],
  "441": [
    "Den modtagende server svarer ikke.",
    "Vent, og prøv igen senere.",
  ],
  "442": [
    "Forbindelsen blev afbrudt, mens beskeden blev sendt.",
    "Vent, og prøv igen senere.",
  ],
  "446": [
    "Beskeden er gået gennem for mange servere, hvilket tyder på en " +
      "mailløkke.",
    "Giv modtageren besked på en anden måde. Deres it-afdeling skal tjekke " +
      "videresendelsesreglerne.",
  ],
  "447": [
    "Afsendelsen fik timeout på grund af problemer hos den modtagende " +
      "server.",
    "Prøv igen senere.",
  ],
  "449": [
    "En routingfejl, sådan som nogle Microsoft Exchange-servere melder den.",
    "Prøv igen senere. Bliver det ved med at fejle, så spørg din " +
      "it-afdeling eller din mailudbyder.",
  ],
  "450": [
    "Postkassen kan ikke tage imod beskeden lige nu, for eksempel fordi " +
      "den er optaget eller midlertidigt blokeret.",
    "Vent, og prøv igen senere.",
  ],
  "451": [
    "Den modtagende server løb ind i en fejl under behandlingen af beskeden " +
      "og stoppede.",
    "Prøver den afsendende server stadig, så vent. Ellers send beskeden " +
      "igen senere.",
  ],
  "452": [
    "Den modtagende server mangler lagerplads lige nu, eller beskeden " +
      "havde for mange modtagere på én gang.",
    "Prøv igen senere, eller send til færre modtagere ad gangen.",
  ],
  "453": [
    "Der ligger ingen mail og venter på dig (mail-relay efter behov).",
    "Du behøver ikke gøre noget.",
  ],
  "454": [
    "Login eller start af kryptering mislykkedes af en midlertidig årsag.",
    "Prøv igen senere. Bliver det ved med at fejle, så spørg din " +
      "it-afdeling eller din mailudbyder.",
  ],
  "455": [
    "Serveren kan ikke håndtere de indstillinger, der blev sendt med " +
      "beskeden, lige nu.",
    "Prøv igen senere. Bliver det ved med at fejle, så spørg din " +
      "it-afdeling eller din mailudbyder.",
  ],
  "458": [
    "Serveren kan ikke sætte beskeder i kø for det domæne lige nu (ETRN).",
    "Prøv igen senere.",
  ],
  "459": [
    "Domænet har ikke lov til at bede om sine beskeder i kø (ETRN).",
    "Spørg din it-afdeling eller din mailudbyder.",
  ],
  "471": [
    "En fejl i den afsendende mailserver, ofte dens eget spamfilter.",
    "Bed din it-afdeling eller din mailudbyder om at tjekke den udgående " +
      "server og dens filter.",
  ],
  "500": [
    "Serveren genkendte ikke en kommando, eller en linje var for lang.",
    "Spørg din it-afdeling eller din mailudbyder: afsenderprogrammet " +
      "sendte noget, serveren ikke forstår.",
  ],
  "501": [
    "En kommando havde ugyldige værdier, ofte en forkert skrevet adresse.",
    "Tjek adresserne for forkerte tegn. Ser de rigtige ud, så spørg din " +
      "it-afdeling eller din mailudbyder.",
  ],
  "502": [
    "Serveren understøtter ikke en kommando, som afsenderprogrammet brugte.",
    "Spørg din it-afdeling eller din mailudbyder.",
  ],
  "503": [
    "Kommandoerne kom i forkert rækkefølge, for eksempel afsendelse før " +
      "login.",
    "Sørg for, at dit mailprogram logger ind før afsendelse, eller spørg " +
      "din it-afdeling eller din mailudbyder.",
  ],
  "504": [
    "Serveren understøtter ikke en indstilling, som afsenderprogrammet " +
      "brugte.",
    "Spørg din it-afdeling eller din mailudbyder.",
  ],
  "510": [
    "Adressen er forkert. Dette tal uden for standarden er som regel " +
      "status 5.1.0 skrevet uden punktummer.",
    "Tjek adressen for stavefejl.",
  ],
  "511": [
    "Modtagerens postkasse findes ikke. Dette tal uden for standarden er " +
      "som regel status 5.1.1 skrevet uden punktummer.",
    "Tjek adressen for stavefejl, eller spørg modtageren om deres " +
      "nuværende adresse.",
  ],
  "512": [
    "Modtagerens domæne kunne ikke findes i DNS.",
    "Tjek domænet efter @ for stavefejl.",
  ],
  "513": [
    "Adressen har en form, serveren ikke accepterer.",
    "Ret adressen, og send beskeden igen.",
  ],
  "521": [
    "Den modtagende vært tager slet ikke imod mail.",
    "Brug en anden adresse til denne modtager.",
  ],
  "523": [
    "Serveren kræver en krypteret forbindelse. Nogle lister bruger også " +
      "tallet om beskeder, der er for store.",
    "Bed din it-afdeling eller din mailudbyder om at slå kryptering (TLS) " +
      "til for afsendelse.",
  ],
  "524": [
    "Den valgte loginmetode kræver en krypteret forbindelse.",
    "Slå kryptering (TLS eller SSL) til i dit mailprograms indstillinger " +
      "for udgående server.",
  ],
  "525": [
    "Den involverede konto er deaktiveret.",
    "Kontakt din it-afdeling eller din mailudbyder for at få kontoen " +
      "aktiveret igen.",
  ],
  "530": [
    "Serveren kræver, at du logger ind eller starter en krypteret " +
      "forbindelse, før du sender.",
    "Slå login (SMTP-godkendelse) og kryptering til i dit mailprograms " +
      "indstillinger for udgående server.",
  ],
  "533": [
    "Levering er ikke tilladt: en politik afviste beskeden.",
    "Kontakt modtageren på en anden måde. De eller deres it-afdeling kan " +
      "tillade dine beskeder.",
  ],
  "534": [
    "Loginmetoden er ikke sikker nok til serveren.",
    "Spørg din it-afdeling eller din mailudbyder, hvilken loginmetode du " +
      "skal bruge.",
  ],
  "535": [
    "Brugernavnet eller adgangskoden blev ikke godkendt.",
    "Tjek brugernavn og adgangskode i dit mailprogram.",
  ],
  "538": [
    "Den valgte loginmetode kræver en krypteret forbindelse.",
    "Slå kryptering (TLS eller SSL) til i dit mailprograms indstillinger " +
      "for udgående server.",
  ],
  "541": [
    "Modtagerens server afviste beskeden, som regel fordi et spamfilter " +
      "markerede den.",
    "Kontakt modtageren på en anden måde, og bed dem tillade dine " +
      "beskeder. Links eller vedhæftninger, der ser mistænkelige ud, kan " +
      "være årsagen.",
  ],
  "550": [
    "Den modtagende server afviste forespørgslen: postkassen findes måske " +
      "ikke, du har måske ikke tilladelse, eller en politik afviste " +
      "beskeden.",
    "Læs hele serverens svar for den præcise årsag, og tjek " +
      "modtagerens adresse.",
  ],
  "551": [
    "Modtageren er ikke på denne server. Svaret nævner måske en anden " +
      "adresse at prøve.",
    "Brug den nye adresse fra svaret, eller spørg modtageren om den.",
  ],
  "552": [
    "Beskeden blev afvist på grund af pladsmangel: postkassen er fuld, " +
      "eller beskeden er større end tilladt.",
    "Prøv igen senere, eller send en mindre besked. Bliver det ved med at " +
      "fejle, så giv modtageren besked på en anden måde.",
  ],
  "553": [
    "Adressen er ikke tilladt, som regel fordi den er skrevet forkert.",
    "Tjek adressen for stavefejl og forkerte tegn.",
  ],
  "554": [
    "Transaktionen mislykkedes, og koden siger ikke mere. Ofte blev " +
      "beskeden afvist som spam eller af en politik.",
    "Læs hele serverens svar. Forklarer det ikke problemet, så " +
      "send rapporten videre til din it-afdeling eller din mailudbyder.",
  ],
  "555": [
    "Serveren genkender ikke de indstillinger, afsenderprogrammet føjede " +
      "til adressekommandoerne.",
    "Spørg din it-afdeling eller din mailudbyder.",
  ],
  "556": [
    "Modtagerens domæne tager slet ikke imod mail.",
    "Brug en anden adresse til denne modtager.",
  ],
});

const microsoftIpBan: Explanation = [
  "Microsoft har spærret den IP-adresse, din mail blev sendt fra.",
  "Din it-afdeling eller din mailudbyder skal bede Microsoft om at fjerne " +
    "adressen fra spærrelisten via Microsofts portal til at ophæve " +
    "spærringer.",
];

const microsoftAccountBan: Explanation = [
  "Din konto er blevet spærret for afsendelse, fordi den sendte spam. Ofte " +
    "betyder det, at en anden har skaffet sig adgang til kontoen.",
  "Kontakt straks din it-afdeling: de skal sikre kontoen og bede Microsoft " +
    "om at frigive den.",
];

const microsoftThrottle: Explanation = [
  "Microsoft holder indtil videre mail fra din afsendende server tilbage på " +
    "grund af usædvanlig eller mistænkelig aktivitet.",
  "Vent, og prøv igen senere. Fortsætter det, bør din it-afdeling eller din " +
    "mailudbyder tjekke serverens omdømme og lede efter hackede konti.",
];

const microsoftOutsideSenders: Explanation = [
  "Modtageren tager kun imod beskeder fra folk i sin egen organisation.",
  "Bed modtageren eller deres it-afdeling om at tage imod beskeder fra " +
    "eksterne afsendere.",
];

const microsoftPublicFolder: Explanation = [
  "Den offentlige mappe tager ikke imod beskeder fra folk uden for " +
    "organisationen.",
  "Bed mappens ejer om at tillade eksterne afsendere.",
];

/** Koder fra Exchange Online (Microsoft 365), efter id. */
const office365 = explanationMessages("code.provider.office365", {
  "4.3.2": [
    "Modtagerens postkasse modtager for meget på én gang, så Microsoft " +
      "holder beskeder tilbage et stykke tid.",
    "Prøver den afsendende server stadig, behøver du ikke gøre noget lige " +
      "nu.",
  ],
  "4.4.7": [
    "Microsoft 365 havde beskeden i kø, indtil den udløb, fordi den " +
      "modtagende server ikke svarede eller blev ved med at få timeout.",
    "Vent på den endelige rapport. Fejler beskeden, må modtagerens " +
      "it-afdeling tjekke deres mailserver.",
  ],
  "4.4.8": [
    "Modtagerens domæne offentliggør en MTA-STS-politik, og domænets " +
      "mailservere passer ikke med den.",
    "Prøver Microsoft stadig, så vent. Bliver det ved med at fejle, må " +
      "modtagerens it-afdeling rette MTA-STS-politikken eller mailposterne.",
  ],
  "4.4.316": [
    "Microsoft 365 kunne ikke forbinde til den modtagende server: " +
      "forbindelsen blev afvist.",
    "Prøver den afsendende server stadig, så vent. Bliver det ved med at " +
      "fejle, må modtagerens it-afdeling gøre deres mailserver tilgængelig.",
  ],
  "4.5.3": [
    "Beskeden havde for mange modtagere i ét domæne til Exchange Online.",
    "Send beskeden i mindre portioner.",
  ],
  "4.7.5": [
    "Den modtagende servers certifikat bestod ikke de tjek, som " +
      "modtagerens MTA-STS-politik kræver.",
    "Prøver Microsoft stadig, så vent. Modtagerens it-afdeling skal rette " +
      "serverens certifikat.",
  ],
  "4.7.26": [
    "Microsoft kræver, at beskeder sendt over IPv6 består SPF eller DKIM, " +
      "og denne bestod ingen af dem.",
    "Bed din it-afdeling eller din mailudbyder om at sætte SPF og DKIM op " +
      "for dit domæne.",
  ],
  "4.7.321": [
    "Modtagerens domæne kræver krypteret levering (DANE), men deres server " +
      "tilbød ikke kryptering.",
    "Prøver den afsendende server stadig, så vent. Modtagerens it-afdeling " +
      "skal slå TLS til på deres server.",
  ],
  "4.7.322": [
    "Den modtagende servers certifikat er udløbet.",
    "Prøver den afsendende server stadig, så vent. Modtagerens it-afdeling " +
      "skal forny certifikatet.",
  ],
  "4.7.323": [
    "Den modtagende servers certifikat passer ikke med dens DANE-post " +
      "(TLSA).",
    "Prøver den afsendende server stadig, så vent. Modtagerens it-afdeling " +
      "skal rette TLSA-posten eller certifikatet.",
  ],
  "4.7.324": [
    "Modtagerens domæne bruger DNSSEC, men dets DNS-svar kunne ikke " +
      "valideres.",
    "Prøver den afsendende server stadig, så vent. Modtagerens it-afdeling " +
      "skal rette deres DNSSEC-opsætning.",
  ],
  "4.7.325": [
    "Den modtagende servers certifikat indeholder ikke serverens navn.",
    "Prøver den afsendende server stadig, så vent. Modtagerens it-afdeling " +
      "skal rette certifikatet.",
  ],
  "4.7.500-699": microsoftThrottle,
  "4.7.650": [
    "Microsoft sænker farten for mail fra din afsendende server, fordi " +
      "dens IP-adresse har et dårligt omdømme.",
    "Vent, og prøv igen senere. Din it-afdeling eller din mailudbyder bør " +
      "forbedre adressens omdømme, for eksempel ved at stoppe spam fra den.",
  ],
  "4.7.850-899": microsoftThrottle,
  "5.0.350": [
    "Modtagerens organisation afviste beskeden med en generel fejl. Ofte " +
      "skyldes det en af deres regler eller beskedens format, for eksempel " +
      "Outlook-RTF eller vedhæftninger inde i vedhæftninger.",
    "Kontakt modtageren på en anden måde. Deres it-afdeling kan finde " +
      "årsagen i loggene. Det kan hjælpe at sende som HTML uden " +
      "indlejrede vedhæftninger.",
  ],
  "5.1.0": [
    "Exchange kunne ikke finde modtageren. Det sker ofte, når du svarer på " +
      "en gammel besked eller vælger et forældet adresseforslag i Outlook.",
    "Skriv modtagerens adresse igen i hånden i stedet for at vælge den " +
      "blandt forslagene, og send så.",
  ],
  "5.1.1": [
    "Adressen findes ikke i modtagerens organisation. Den er måske stavet " +
      "forkert, eller postkassen er fjernet.",
    "Tjek adressen. Fjern den fra Outlooks forslagsliste, og skriv den " +
      "igen, eller spørg modtageren om deres nuværende adresse.",
  ],
  "5.1.8": [
    "Din konto er blevet spærret for afsendelse, som regel fordi den " +
      "sendte spam. Ofte betyder det, at en anden har fået adgang til den.",
    "Kontakt straks din it-afdeling: de skal sikre kontoen og få den " +
      "frigivet.",
  ],
  "5.1.10": [
    "Adressen findes ikke i den Microsoft 365-organisation, der modtager " +
      "mail for domænet.",
    "Tjek adressen for stavefejl, eller spørg modtageren om deres " +
      "nuværende adresse.",
  ],
  "5.1.90": [
    "Du har nået din daglige grænse for antal modtagere.",
    "Vent 24 timer, før du sender mere. Har du ikke sendt så meget, så " +
      "sig det til din it-afdeling, for din konto kan være overtaget af " +
      "andre.",
  ],
  "5.2.2": [
    "Modtagerens postkasse er fuld.",
    "Prøv igen senere, eller giv modtageren besked på en anden måde, så de " +
      "kan rydde op.",
  ],
  "5.2.2:submission-quota": [
    "Din konto har sendt flere beskeder eller til flere modtagere, end " +
      "Microsoft tillader inden for et tidsrum.",
    "Vent, før du sender mere. Har du ikke sendt så meget, så sig det til " +
      "din it-afdeling, for din konto kan være overtaget af andre.",
  ],
  "5.2.3": [
    "Beskeden er større, end modtagerens organisation tillader for denne " +
      "modtager.",
    "Gør beskeden mindre, for eksempel ved at dele filer som et link.",
  ],
  "5.2.121": [
    "Modtageren har fået for mange beskeder fra dig inden for den seneste " +
      "time.",
    "Vent en time, og send så igen.",
  ],
  "5.2.122": [
    "Modtageren har fået for mange beskeder fra alle afsendere inden for " +
      "den seneste time.",
    "Vent en time, og send så igen.",
  ],
  "5.3.190": [
    "Din organisation forsøgte at journalisere beskeder til Microsoft 365, " +
      "hvilket ikke er slået til for den.",
    "Din it-afdeling skal ændre journaliseringsopsætningen.",
  ],
  "5.4.1": [
    "Adressen blev afvist, fordi den ikke findes i den modtagende " +
      "Microsoft 365-organisation.",
    "Tjek adressen, eller spørg modtageren om deres nuværende adresse.",
  ],
  "5.4.1:relay": [
    "Den modtagende Microsoft 365-organisation tager ikke imod mail for " +
      "modtagerens domæne, som regel fordi domænets mailposter peger det " +
      "forkerte sted hen.",
    "Giv modtageren besked på en anden måde. Deres it-afdeling skal rette " +
      "domænets MX-poster eller accepterede domæner.",
  ],
  "5.4.4": [
    "Modtagerens domæne findes ikke i DNS.",
    "Tjek domænet efter @ for stavefejl.",
  ],
  "5.4.6": [
    "Beskeden kørte i ring, som regel mellem videresendelsesregler, og " +
      "blev stoppet.",
    "Giv modtageren besked på en anden måde. De eller deres it-afdeling " +
      "skal rette videresendelsesreglerne.",
  ],
  "5.4.8": [
    "Modtagerens mailservere passer ikke med den MTA-STS-politik, deres " +
      "domæne offentliggør.",
    "Giv modtageren besked på en anden måde. Deres it-afdeling skal rette " +
      "MTA-STS-politikken eller mailposterne.",
  ],
  "5.4.14": [
    "Beskeden gik gennem for mange servere, som regel på grund af en " +
      "videresendelsesløkke, og blev stoppet.",
    "Giv modtageren besked på en anden måde. De eller deres it-afdeling " +
      "skal rette videresendelsesreglerne.",
  ],
  "5.4.300": [
    "Beskeden udløb i Microsoft 365's kø, fordi den modtagende server " +
      "aldrig tog imod den i tide.",
    "Send beskeden igen senere. Fejler den igen, må modtagerens " +
      "it-afdeling tjekke deres mailserver.",
  ],
  "5.6.11": [
    "Beskeden indeholder enlige linjeskift-tegn (bare LF), som den " +
      "modtagende server ikke accepterer.",
    "Din it-afdeling eller producenten af afsenderprogrammet skal rette, " +
      "hvordan det skriver linjeskift.",
  ],
  "5.7.1": [
    "Du må ikke sende til denne modtager eller gruppe, eller en " +
      "mailflowregel i den modtagende organisation blokerede beskeden.",
    "Bed modtageren eller gruppens ejer om at give dig lov til at sende.",
  ],
  "5.7.1:relay": [
    "Serveren nægtede at sende beskeden videre til et eksternt domæne, " +
      "fordi dit afsendersystem ikke må videresende gennem den.",
    "Din it-afdeling skal sætte den connector eller det login op, der " +
      "tillader videresendelse.",
  ],
  "5.7.1:auth-required": [
    "Modtageren tager kun imod beskeder fra afsendere, der er logget ind, " +
      "for eksempel folk i samme organisation.",
    "Bed modtageren eller deres it-afdeling om at tage imod beskeder fra " +
      "eksterne afsendere.",
  ],
  "5.7.5": [
    "Den modtagende servers certifikat bestod ikke MTA-STS-tjekkene.",
    "Giv modtageren besked på en anden måde. Deres it-afdeling skal rette " +
      "certifikatet.",
  ],
  "5.7.12": microsoftOutsideSenders,
  "5.7.13": microsoftPublicFolder,
  "5.7.23": [
    "SPF-tjekket for dit domæne fejlede, og modtageren håndhæver SPF.",
    "Bed din it-afdeling eller din mailudbyder om at tilføje den " +
      "afsendende server til dit domænes SPF-post.",
  ],
  "5.7.25": [
    "Din afsendende server bruger IPv6, men har intet omvendt DNS-navn, " +
      "hvilket Microsoft kræver.",
    "Din it-afdeling skal tilføje en omvendt DNS-post (PTR) for den " +
      "afsendende IPv6-adresse.",
  ],
  "5.7.57": [
    "Et program eller en enhed forsøgte at sende gennem Microsoft 365 uden " +
      "først at logge ind.",
    "Indstil programmet eller enheden til at logge ind med en gyldig " +
      "konto, eller brug en anden måde at sende på.",
  ],
  "5.7.64": [
    "Connectoren mellem jeres egne servere og Microsoft 365 passer ikke " +
      "længere, for eksempel fordi en IP-adresse eller et certifikat er " +
      "ændret.",
    "Din it-afdeling skal opdatere indstillingerne for den indgående " +
      "connector.",
  ],
  "5.7.124": [
    "Gruppen tager kun imod beskeder fra afsendere på sin liste over " +
      "tilladte afsendere.",
    "Bed gruppens ejer om at tilføje dig.",
  ],
  "5.7.133": [
    "Gruppen tager ikke imod beskeder fra folk uden for organisationen.",
    "Bed gruppens ejer om at tillade eksterne afsendere.",
  ],
  "5.7.134": microsoftOutsideSenders,
  "5.7.135": microsoftPublicFolder,
  "5.7.136": microsoftOutsideSenders,
  "5.7.139": [
    "Login for at sende gennem Microsoft 365 mislykkedes: brugernavnet " +
      "eller adgangskoden er forkert, eller login til afsendelse (SMTP " +
      "AUTH) er slået fra.",
    "Tjek adgangskoden. Din it-afdeling kan slå SMTP AUTH til for kontoen " +
      "eller flytte programmet over på en moderne loginmetode.",
  ],
  "5.7.321-325": [
    "Modtagerens domæne kræver sikker levering (DANE eller DNSSEC), og " +
      "deres servers kryptering eller certifikat bestod ikke tjekkene.",
    "Giv modtageren besked på en anden måde. Deres it-afdeling skal rette " +
      "TLS, certifikatet eller DNSSEC.",
  ],
  "5.7.501": microsoftAccountBan,
  "5.7.502-503": microsoftAccountBan,
  "5.7.504": [
    "Adressen blev afvist, fordi den ikke findes.",
    "Tjek adressen, eller spørg modtageren om deres nuværende adresse.",
  ],
  "5.7.505": [
    "Modtagerens adresse er spærret hos modtageren.",
    "Kontakt modtageren på en anden måde, og bed om en anden adresse.",
  ],
  "5.7.506": [
    "Din server præsenterede sig med den modtagende servers eget navn, " +
      "hvilket opfattes som forfalskning.",
    "Din it-afdeling skal rette det navn (HELO/EHLO), den afsendende " +
      "server bruger.",
  ],
  "5.7.507": [
    "Modtagerens organisation har blokeret den IP-adresse, din mail blev " +
      "sendt fra.",
    "Bed modtageren om at få deres it-afdeling til at fjerne blokeringen.",
  ],
  "5.7.508": [
    "Dit afsendende IPv6-adresseområde sendte for mange beskeder for " +
      "hurtigt.",
    "Vent, og send så langsommere.",
  ],
  "5.7.509": [
    "Dit domænes DMARC-politik siger, at beskeder, der ikke består " +
      "godkendelse, skal afvises. Denne bestod ikke, så Microsoft afviste " +
      "den.",
    "Din it-afdeling skal sørge for, at SPF eller DKIM består for domænet " +
      "i Fra-adressen. Har du ikke sendt beskeden, har nogen forfalsket " +
      "din adresse, og så er der intet at gøre.",
  ],
  "5.7.510": [
    "Modtagerens domæne tager ikke imod mail over IPv6.",
    "Din it-afdeling skal sende mail til dette domæne over IPv4.",
  ],
  "5.7.511": microsoftIpBan,
  "5.7.512": [
    "Beskeden har ingen gyldig Fra-adresse, hvilket Microsoft kræver.",
    "Din it-afdeling eller producenten af afsenderprogrammet skal tilføje " +
      "en korrekt From-header.",
  ],
  "5.7.513": [
    "Modtagerens organisation har sat din servers IP-adresse på sin egen " +
      "blokeringsliste.",
    "Bed modtageren om at få deres it-afdeling til at fjerne blokeringen.",
  ],
  "5.7.606-649": microsoftIpBan,
  "5.7.703": [
    "Din egen organisation blokerer beskeder til denne modtager i sin " +
      "liste over tilladte og blokerede afsendere og modtagere.",
    "Er blokeringen en fejl, så bed din it-afdeling om at fjerne den.",
  ],
  "5.7.705": [
    "Din organisation sendte så meget spam eller massemail, at Microsoft " +
      "blokerede dens udgående mail, ofte fordi en konto blev hacket.",
    "Din it-afdeling skal finde og sikre hackede konti og kontakte " +
      "Microsoft-support.",
  ],
  "5.7.708": [
    "Microsoft tager ikke imod mail fra den brugte IP-adresse, fordi den " +
      "har et lavt omdømme. Det rammer ofte nye Microsoft " +
      "365-organisationer.",
    "Din it-afdeling bør kontakte Microsoft-support eller sende fra et " +
      "verificeret domæne.",
  ],
  "5.7.750": [
    "Din organisation sender mail for domæner, der ikke er tilføjet og " +
      "verificeret i Microsoft 365, så afsendelsen blev blokeret.",
    "Din it-afdeling skal tilføje og verificere alle domæner, den sender " +
      "mail for.",
  ],
  "5.7.800": [
    "Microsoft har spærret afsenderdomænet på grund af spam.",
    "Din it-afdeling skal kontakte Microsoft for at få spærringen ophævet.",
  ],
  "5.7.900-999": [
    "En mailflowregel, som modtagerens organisation har sat op, afviste " +
      "beskeden.",
    "Kontakt modtageren på en anden måde. Deres it-afdeling har lavet " +
      "reglen og kan forklare den.",
  ],
  "submission-quota": [
    "Din konto har sendt til flere modtagere, end Microsoft tillader på " +
      "én dag.",
    "Vent 24 timer. Har du ikke sendt så meget, så sig det til din " +
      "it-afdeling, for kontoen kan være overtaget af andre.",
  ],
});

/** Outlook.com-koder, der afviger fra Exchange Online, efter id. */
const outlookCom = explanationMessages("code.provider.outlook.com", {
  "5.5.0": [
    "Outlook.com- eller Hotmail-adressen findes ikke.",
    "Tjek adressen for stavefejl, eller spørg modtageren om deres " +
      "nuværende adresse.",
  ],
  "5.7.515": [
    "Outlook.com kræver, at domæner, der sender meget mail, består SPF, " +
      "DKIM og DMARC, og dit domæne lever ikke op til det.",
    "Din it-afdeling skal sætte SPF, DKIM og en DMARC-post op, der passer " +
      "med domænet i din Fra-adresse.",
  ],
});

const gmailAuthType: Explanation = [
  "Gmail genkender ikke den loginmetode, der blev brugt.",
  "Spørg din it-afdeling, hvilken loginmetode du skal bruge: Google " +
    "understøtter ikke længere nogle ældre metoder.",
];

const gmailBadPassword: Explanation = [
  "Gmail godkendte ikke brugernavnet eller adgangskoden.",
  "Tjek brugernavn og adgangskode. Til nogle programmer kræver Google en " +
    "app-adgangskode i stedet for din normale.",
];

const gmailAppPassword: Explanation = [
  "Gmail kræver en app-adgangskode til dette program, ikke din normale " +
    "adgangskode.",
  "Opret en app-adgangskode i indstillingerne for din Google-konto, og brug " +
    "den i mailprogrammet.",
];

/** Koder fra Gmail og Google Workspace, efter id. */
const gmail = explanationMessages("code.provider.gmail", {
  "4.2.1": [
    "Gmail-brugeren modtager mail hurtigere, end Gmail tillader.",
    "Prøver den afsendende server stadig, så vent. Send langsommere til " +
      "denne modtager.",
  ],
  "4.2.2": [
    "Gmail-brugerens lagerplads er fuld.",
    "Vent og prøv igen, eller giv modtageren besked på en anden måde, så " +
      "de kan rydde op.",
  ],
  "4.3.0": [
    "Gmail havde et midlertidigt problem.",
    "Prøver den afsendende server stadig, så vent.",
  ],
  "4.4.2": [
    "Forbindelsen til Gmail fik timeout.",
    "Prøver den afsendende server stadig, så vent.",
  ],
  "4.4.5": [
    "Gmails servere har travlt.",
    "Prøver den afsendende server stadig, så vent.",
  ],
  "4.5.0": [
    "Gmail opdagede et brud på mailprotokollens regler.",
    "Bed din it-afdeling eller din mailudbyder om at tjekke " +
      "afsenderprogrammet.",
  ],
  "4.5.3": [
    "Beskeden havde for mange modtagere på én gang til Gmail.",
    "Send beskeden i mindre portioner.",
  ],
  "4.7.0": [
    "Gmail udsatte beskeden, for eksempel fordi den afsendende IP-adresse " +
      "ikke har et omvendt DNS-navn, fordi kryptering er påkrævet, eller " +
      "fordi afsenderens omdømme eller indholdet ser mistænkeligt ud.",
    "Prøver den afsendende server stadig, så vent. Bliver det ved, bør din " +
      "it-afdeling tjekke omvendt DNS, TLS, SPF og DKIM.",
  ],
  "4.7.0:login": [
    "Der var for mange loginforsøg, eller Gmail kunne ikke kontrollere " +
      "login lige nu.",
    "Vent lidt, og prøv så igen med den rigtige adgangskode.",
  ],
  "4.7.23": [
    "Den IP-adresse, din mail kommer fra, har ikke et matchende omvendt " +
      "DNS-navn, så Gmail sænker farten for din mail.",
    "Din it-afdeling skal sætte en matchende omvendt DNS-post (PTR) op for " +
      "den afsendende IP-adresse.",
  ],
  "4.7.24": [
    "Dit domænes SPF-post har mistænkelige punkter, så Gmail sænker farten " +
      "for din mail.",
    "Din it-afdeling skal rydde op i SPF-posten.",
  ],
  "4.7.26": [
    "Gmail sænker farten for din mail, fordi den ikke er godkendt: hverken " +
      "SPF eller DKIM bestod.",
    "Din it-afdeling skal sætte SPF og DKIM op for dit domæne.",
  ],
  "4.7.26:dns": [
    "Dit domænes DMARC-politik kræver godkendelse, men en midlertidig " +
      "DNS-fejl forhindrede kontrollen.",
    "Prøver den afsendende server stadig, så vent. Bliver det ved, bør din " +
      "it-afdeling tjekke dit domænes DNS-servere.",
  ],
  "4.7.27": [
    "Gmail sænker farten for din mail, fordi SPF ikke bestod, hvilket " +
      "Gmail kræver af masseafsendere.",
    "Din it-afdeling skal rette SPF for dit domæne.",
  ],
  "4.7.28": [
    "Gmail ser en usædvanlig mængde uønsket mail fra din server eller dit " +
      "domæne og sænker farten.",
    "Send mindre, og kun til folk, der har bedt om det. Din it-afdeling " +
      "bør lede efter hackede konti.",
  ],
  "4.7.29": [
    "Gmail sænker farten for din mail, fordi den ikke blev sendt over en " +
      "krypteret forbindelse, hvilket Gmail kræver af masseafsendere.",
    "Din it-afdeling skal slå TLS til for udgående mail.",
  ],
  "4.7.30": [
    "Gmail sænker farten for din mail, fordi DKIM ikke bestod, hvilket " +
      "Gmail kræver af masseafsendere.",
    "Din it-afdeling skal sætte DKIM-signering op for dit domæne.",
  ],
  "4.7.32": [
    "Gmail sænker farten for din mail, fordi domænet i Fra-adressen ikke " +
      "passer med det domæne, der bestod SPF eller DKIM.",
    "Din it-afdeling skal få SPF eller DKIM til at passe med domænet i din " +
      "Fra-adresse.",
  ],
  "4.7.40": [
    "Gmail sænker farten for din mail, fordi dit domæne ikke har en " +
      "DMARC-post, hvilket Gmail kræver af masseafsendere.",
    "Din it-afdeling skal offentliggøre en DMARC-post for dit domæne.",
  ],
  "5.1.1": [
    "Den Gmail-konto, du skrev til, findes ikke.",
    "Tjek stavningen af adressen, eller spørg modtageren om deres " +
      "nuværende adresse.",
  ],
  "5.1.2": [
    "Modtagerens domæne kunne ikke findes.",
    "Tjek domænet efter @ for stavefejl.",
  ],
  "5.1.3": [
    "Modtagerens adresse er ikke en gyldig mailadresse.",
    "Ret adressen, og send beskeden igen.",
  ],
  "5.1.7": [
    "Din afsenderadresse er ikke en gyldig mailadresse.",
    "Din it-afdeling skal rette afsenderadressen i afsenderprogrammet.",
  ],
  "5.2.1": [
    "Gmail-kontoen er inaktiv, eller den modtager mail for hurtigt til at " +
      "kunne tage imod mere.",
    "Kontakt modtageren på en anden måde, og bed om en adresse, der virker.",
  ],
  "5.2.2": [
    "Gmail-brugerens lagerplads er fuld, og kontoen ser ud til ikke at " +
      "blive brugt.",
    "Kontakt modtageren på en anden måde.",
  ],
  "5.3.4": [
    "Beskeden eller dens vedhæftninger, headere eller emne er større, end " +
      "Gmail tillader.",
    "Gør beskeden mindre, og del store filer som links.",
  ],
  "5.4.5": [
    "Du har nået din daglige afsendelsesgrænse i Gmail eller Google " +
      "Workspace.",
    "Vent op til 24 timer, før du sender mere.",
  ],
  "5.4.6": [
    "Beskeden gik gennem mere end 50 servere, hvilket tyder på en " +
      "videresendelsesløkke.",
    "Giv modtageren besked på en anden måde. De skal tjekke deres " +
      "videresendelse.",
  ],
  "5.5.1": [
    "Gmail fik kommandoer, den ikke accepterer, eller i forkert rækkefølge.",
    "Bed din it-afdeling eller din mailudbyder om at tjekke " +
      "afsenderprogrammet.",
  ],
  "5.5.2": [
    "Gmail kunne ikke læse en kommando, fordi den var forkert formet.",
    "Bed din it-afdeling eller din mailudbyder om at tjekke " +
      "afsenderprogrammet.",
  ],
  "5.5.3": [
    "Beskeden havde for mange modtagere.",
    "Send beskeden i mindre portioner.",
  ],
  "5.5.4": [
    "Din server præsenterede sig (HELO/EHLO) med et ugyldigt eller tomt " +
      "navn.",
    "Din it-afdeling skal give den afsendende server et gyldigt værtsnavn.",
  ],
  "5.6.0": [
    "Gmail mener, at beskeden er forkert opbygget.",
    "Din it-afdeling eller producenten af afsenderprogrammet skal få " +
      "beskeden til at følge mailformatets standard (RFC 5322).",
  ],
  "5.7.0": [
    "Gmail nægtede at videresende beskeden, eller den afsendende konto er " +
      "suspenderet eller må ikke sende.",
    "Din it-afdeling eller din Google Workspace-administrator skal tjekke " +
      "relay-indstillingerne og kontoen.",
  ],
  "5.7.0:content": [
    "Gmail blokerede beskeden som en mulig sikkerhedsrisiko, for eksempel " +
      "på grund af en filtype, der ikke er tilladt.",
    "Fjern vedhæftningen eller del den som et link, og send igen.",
  ],
  "5.7.0:auth-required": [
    "Gmail kræver, at du logger ind eller starter en krypteret " +
      "forbindelse, før du sender.",
    "Slå login og TLS til i dit mailprograms indstillinger for udgående " +
      "server.",
  ],
  "5.7.0:unauthenticated-commands": [
    "Der blev sendt for mange kommandoer uden login.",
    "Indstil dit mailprogram til at logge ind før afsendelse.",
  ],
  "5.7.1": [
    "Gmail afviste beskeden på grund af en politik: afsenderens omdømme, " +
      "forkerte headere, manglende tilladelse til at sende eller for høj " +
      "hastighed.",
    "Læs Gmails fulde svar for at se hvilken. Din it-afdeling " +
      "skal måske rette godkendelse eller omdømme.",
  ],
  "5.7.1:dmarc": [
    "Gmail afviste beskeden, fordi den ikke var godkendt, og " +
      "afsenderdomænets DMARC-politik beder modtagere om at afvise den " +
      "slags mail.",
    "Din it-afdeling skal sørge for, at SPF eller DKIM består for domænet " +
      "i din Fra-adresse. Har du ikke sendt beskeden, har nogen forfalsket " +
      "din adresse, og så er der intet at gøre.",
  ],
  "5.7.1:rfc5322": [
    "Gmail afviste beskeden, fordi dens headere bryder mailformatets " +
      "standard (RFC 5322), for eksempel to emnelinjer eller flere " +
      "adresser i Fra.",
    "Din it-afdeling eller producenten af afsenderprogrammet skal rette, " +
      "hvordan beskedens headere skrives.",
  ],
  "5.7.1:ipv6": [
    "Gmail afviste beskeden, fordi den kom over IPv6 uden det omvendte " +
      "DNS-navn og den godkendelse, Gmail kræver for IPv6.",
    "Din it-afdeling skal sætte omvendt DNS (PTR) op for den afsendende " +
      "IPv6-adresse og få SPF eller DKIM til at bestå, eller sende over IPv4.",
  ],
  "5.7.1:reputation": [
    "Gmail blokerede beskeden, fordi den IP-adresse, den kom fra, har et " +
      "meget dårligt omdømme.",
    "Din it-afdeling eller din mailudbyder skal finde ud af, hvorfor " +
      "adressen ikke nyder tillid, for eksempel spam sendt fra den, og " +
      "rette det.",
  ],
  "5.7.1:unsolicited": [
    "Gmail vurderede, at beskeden sandsynligvis er spam.",
    "Tjek indhold og links, og bed din it-afdeling bekræfte, at SPF, DKIM " +
      "og DMARC består. Kontakt modtageren på en anden måde.",
  ],
  "5.7.1:admin-rule": [
    "En regel, som modtagerens Google Workspace-administrator har lavet, " +
      "blokerede beskeden.",
    "Kontakt modtageren på en anden måde. Deres administrator kan forklare " +
      "eller ændre reglen.",
  ],
  "5.7.4": gmailAuthType,
  "5.7.8": gmailBadPassword,
  "5.7.9": gmailAppPassword,
  "5.7.10": [
    "Der blev sendt kommandoer for tidligt, efter krypteringen blev " +
      "startet.",
    "Bed din it-afdeling eller din mailudbyder om at rette " +
      "afsenderprogrammet.",
  ],
  "5.7.11": [
    "En kommando, der ikke tager indstillinger, blev sendt med " +
      "indstillinger.",
    "Bed din it-afdeling eller din mailudbyder om at rette " +
      "afsenderprogrammet.",
  ],
  "5.7.14": [
    "Google vil have dig til at logge ind via en webbrowser først.",
    "Log ind på Gmail i en webbrowser, og prøv så igen.",
  ],
  "5.7.24": [
    "Dit domænes SPF-post har mistænkelige punkter, så Gmail afviste " +
      "beskeden.",
    "Din it-afdeling skal rette SPF-posten.",
  ],
  "5.7.25": [
    "Den IP-adresse, din mail kommer fra, har ikke et matchende omvendt " +
      "DNS-navn, så Gmail afviste beskeden.",
    "Din it-afdeling skal sætte en matchende omvendt DNS-post (PTR) op.",
  ],
  "5.7.26": [
    "Gmail afviste beskeden, fordi den ikke kunne bekræfte, at dit domæne " +
      "sendte den: hverken SPF eller DKIM bestod, eller dit domænes " +
      "DMARC-politik beder om afvisning.",
    "Din it-afdeling skal sætte SPF og DKIM op for dit domæne. Har du ikke " +
      "sendt beskeden, har nogen forfalsket din adresse, og så er der " +
      "intet at gøre.",
  ],
  "5.7.27": [
    "Gmail afviste beskeden, fordi SPF ikke bestod, hvilket Gmail kræver " +
      "af masseafsendere. Gmail bruger tallet anderledes end det officielle " +
      "register, hvor det betyder et afsenderdomæne uden mail.",
    "Din it-afdeling skal rette SPF for dit domæne.",
  ],
  "5.7.28": [
    "Gmail blokerede beskeden på grund af en usædvanlig mængde uønsket " +
      "mail fra din server eller dit domæne.",
    "Send mindre, og kun til folk, der har bedt om det. Din it-afdeling " +
      "bør lede efter hackede konti.",
  ],
  "5.7.29": [
    "Gmail afviste beskeden, fordi den ikke blev sendt over en krypteret " +
      "forbindelse.",
    "Din it-afdeling skal slå TLS til for udgående mail.",
  ],
  "5.7.30": [
    "Gmail afviste beskeden, fordi DKIM ikke bestod, hvilket Gmail kræver " +
      "af masseafsendere. Gmail bruger tallet anderledes end det officielle " +
      "register, hvor det handler om REQUIRETLS.",
    "Din it-afdeling skal sætte DKIM-signering op for dit domæne.",
  ],
  "5.7.32": [
    "Gmail afviste beskeden, fordi domænet i Fra-adressen ikke passer med " +
      "det domæne, der bestod SPF eller DKIM.",
    "Din it-afdeling skal få SPF eller DKIM til at passe med domænet i din " +
      "Fra-adresse.",
  ],
  "5.7.40": [
    "Gmail afviste beskeden, fordi dit domæne ikke har en DMARC-post.",
    "Din it-afdeling skal offentliggøre en DMARC-post for dit domæne.",
  ],
  "5.7.40:auth-type": gmailAuthType,
  "5.7.80": gmailBadPassword,
  "5.7.90": gmailAppPassword,
});

/** Koder fra Yahoo og AOL, efter id. */
const yahoo = explanationMessages("code.provider.yahoo", {
  "4.7.0:TSS04": [
    "Yahoo holder indtil videre mail fra din server tilbage på grund af " +
      "usædvanlig mængde eller klager fra sine brugere.",
    "Prøver den afsendende server stadig, så vent. Din it-afdeling bør skære " +
      "ned på mængde og klager og læse Yahoos retningslinjer for afsendere.",
  ],
  "4.7.1:TS03": [
    "Yahoo er holdt op med at tage imod mail fra din servers IP-adresse, " +
      "som regel fordi den sender massemail, der ligner uønsket post.",
    "Din it-afdeling skal rette årsagen og kontakte Yahoos " +
      "postmaster-support.",
  ],
  "5.7.9": [
    "Yahoo afviste beskeden på grund af sine regler, som regel fordi tjek " +
      "af SPF, DKIM eller DMARC fejlede.",
    "Din it-afdeling skal sørge for, at SPF, DKIM og DMARC består for dit " +
      "domæne.",
  ],
  "5.7.9:unauthenticated": [
    "Yahoo blokerede beskeden, fordi den ikke er godkendt: hverken SPF " +
      "eller DKIM bestod.",
    "Din it-afdeling skal sætte SPF eller DKIM op for dit domæne.",
  ],
  "no-account": [
    "Yahoo- eller AOL-adressen findes ikke.",
    "Tjek adressen for stavefejl, eller spørg modtageren om deres " +
      "nuværende adresse.",
  ],
  "policy-content": [
    "Yahoo afviste beskeden på grund af dens indhold.",
    "Tjek links og vedhæftninger, og kontakt modtageren på en anden måde.",
  ],
  "resources-unavailable": [
    "Yahoos servere har travlt lige nu.",
    "Prøver den afsendende server stadig, så vent.",
  ],
  "unresolvable-from": [
    "Yahoo kunne ikke slå domænet i din afsenderadresse op i DNS.",
    "Din it-afdeling skal tjekke DNS for dit afsenderdomæne. Fik opslaget " +
      "bare timeout, kan det virke at prøve igen senere.",
  ],
});


/** Forklaringer pr. årsag, brugt i stedet for en generel kodes egen. */
const reasons = explanationMessages("code.reason", {
  authfailure: [
    "Den modtagende server tjekkede, om dit domæne tillader denne server at " +
      "sende på dets vegne (SPF, DKIM eller DMARC), og tjekket fejlede.",
    "Bed din it-afdeling eller mailudbyder rette dit domænes SPF, DKIM " +
      "eller DMARC, og send så beskeden igen.",
  ],
  badreputation: [
    "Modtagerens udbyder afviste beskeden, fordi den afsendende servers " +
      "IP-adresse har et dårligt omdømme hos udbyderen.",
    "Bed din it-afdeling eller mailudbyder finde årsagen og bede " +
      "udbyderen om at revurdere adressen.",
  ],
  blocked: [
    "Den modtagende server afviste den server, der sendte din besked, på " +
      "grund af dens IP-adresse eller værtsnavn, for eksempel en post på en " +
      "blokeringsliste. Modtagerens adresse var ikke problemet.",
    "Bed din it-afdeling eller mailudbyder få den afsendende server fjernet " +
      "fra blokeringslisten eller sende gennem en anden server. Det hjælper " +
      "ikke at ændre modtagerens adresse.",
  ],
  contenterror: [
    "Den modtagende server kunne ikke tage imod beskedens opbygning: en " +
      "header, tegnkodningen eller MIME-strukturen.",
    "Send beskeden igen fra et andet program, eller som ren tekst uden " +
      "usædvanlige vedhæftninger.",
  ],
  delivered: ["Beskeden blev leveret.", "Du behøver ikke gøre noget."],
  emailtoolarge: [
    "Beskeden er større, end den modtagende server tager imod.",
    "Gør beskeden mindre, for eksempel ved at dele store filer som et link, " +
      "og send den så igen.",
  ],
  exceedlimit: [
    "Beskeden overskrider en grænse, som den modtagende server sætter, for " +
      "eksempel for størrelse eller antal modtagere.",
    "Gør beskeden mindre, eller send den til færre modtagere ad gangen.",
  ],
  expired: [
    "Den afsendende server blev ved med at prøve, men kunne ikke levere " +
      "beskeden, før den gav op.",
    "Tjek domænet efter @. Er det rigtigt, så send beskeden igen senere. " +
      "Fejler det også, skal modtagerens it-afdeling tjekke deres mailserver.",
  ],
  failedstarttls: [
    "De to servere kunne ikke oprette en krypteret forbindelse, og en af " +
      "dem kræver det.",
    "Bed din it-afdeling eller mailudbyder tjekke den afsendende servers " +
      "TLS-indstillinger og certifikat.",
  ],
  feedback: [
    "En modtager eller deres udbyder har anmeldt din besked, for eksempel " +
      "som spam.",
    "Tjek, at modtageren har bedt om den slags beskeder, og stop med at " +
      "sende dem, hvis ikke.",
  ],
  filtered: [
    "Et filter hos modtageren afviste beskeden, for eksempel modtagerens " +
      "egne regler eller liste over blokerede afsendere.",
    "Bed modtageren, ad anden vej, om at tillade beskeder fra din adresse.",
  ],
  hasmoved: [
    "Modtagerens adresse er flyttet, og mail til den gamle adresse bliver " +
      "ikke længere leveret.",
    "Bed modtageren om deres nye adresse, og send beskeden dertil.",
  ],
  hostunknown: [
    "Domænet efter @ findes ikke eller har ingen mailserver.",
    "Tjek stavningen af domænet efter @. Er det rigtigt, skal modtagerens " +
      "organisation rette sin mailopsætning.",
  ],
  mailboxfull: [
    "Modtagerens postkasse er fuld.",
    "Giv modtageren besked ad anden vej, så de kan gøre plads, og send så " +
      "beskeden igen senere.",
  ],
  mailererror: [
    "Programmet, der leverer mail på modtagerens server, fejlede.",
    "Giv modtageren besked ad anden vej: deres it-afdeling skal rette " +
      "mailserveren, før et nyt forsøg kan virke.",
  ],
  networkerror: [
    "Den afsendende server kunne ikke nå modtagerens mailserver, eller " +
      "forbindelsen fejlede undervejs.",
    "Send beskeden igen senere. Bliver det ved med at fejle, så bed din " +
      "it-afdeling eller mailudbyder tjekke vejen til modtagerens domæne.",
  ],
  norelaying: [
    "Serveren nægtede at sende beskeden videre til et domæne, den ikke " +
      "betjener (relaying).",
    "Bed din it-afdeling eller mailudbyder tjekke, at dit mailprogram " +
      "sender gennem den rigtige server og logger ind på den.",
  ],
  notaccept: [
    "Modtagerens domæne tager slet ikke imod mail.",
    "Tjek domænet efter @, og kontakt modtageren på anden vis.",
  ],
  notcompliantrfc: [
    "Beskeden overholder ikke mailstandarderne, for eksempel med en " +
      "manglende eller dobbelt header.",
    "Bed din it-afdeling eller mailudbyder tjekke det program, der lavede " +
      "beskeden, for det skal skrive gyldige headere.",
  ],
  onhold: [
    "Rapporten viser ikke tydeligt, hvorfor leveringen mislykkedes.",
    "Læs serverens svar. Forklarer det ikke problemet, så send denne " +
      "rapport videre til din it-afdeling eller mailudbyder.",
  ],
  policyviolation: [
    "Beskeden bryder en regel hos den modtagende organisation, for " +
      "eksempel om indhold, vedhæftninger eller hvem der må skrive til " +
      "modtageren.",
    "Læs serverens svar for at se hvilken regel. Bør beskeden tillades, så " +
      "bed modtageren kontakte deres it-afdeling.",
  ],
  ratelimited: [
    "Den modtagende server afviste beskeden, fordi der kom for mange " +
      "beskeder eller forbindelser fra afsendersiden på kort tid.",
    "Send beskeden igen senere, og fordel store udsendelser over tid. Sker " +
      "det igen, så spørg din it-afdeling eller mailudbyder.",
  ],
  rejected: [
    "Den modtagende server afviste din afsenderadresse (MAIL FROM-" +
      "adressen), ikke modtagerens.",
    "Bed din it-afdeling eller mailudbyder tjekke din afsenderadresse og " +
      "dit domæne: adressen skal findes og have lov til at sende.",
  ],
  requireptr: [
    "Den afsendende servers IP-adresse har intet matchende værtsnavn i DNS " +
      "(omvendt DNS, en PTR-post), og den modtagende server kræver det.",
    "Bed din it-afdeling eller mailudbyder oprette en PTR-post for den " +
      "afsendende servers IP-adresse.",
  ],
  securityerror: [
    "Den modtagende server afviste beskeden af sikkerhedsgrunde, for " +
      "eksempel fordi afsenderen ikke loggede ind.",
    "Bed din it-afdeling eller mailudbyder tjekke, hvordan dit mailprogram " +
      "logger ind på den afsendende server.",
  ],
  spamdetected: [
    "Den modtagende server vurderede beskeden som spam.",
    "Fjern links, ord og vedhæftninger, der ligner reklame, og send fra din " +
      "sædvanlige adresse. Bliver en ægte besked ved med at komme retur, så " +
      "spørg din it-afdeling eller mailudbyder.",
  ],
  suppressed: [
    "Afsendertjenesten prøvede ikke at levere, fordi adressen står på dens " +
      "spærreliste efter tidligere fejl eller klager.",
    "Tjek adressen. Er den rigtig, så bed din it-afdeling eller " +
      "mailudbyder fjerne den fra spærrelisten.",
  ],
  suspend: [
    "Modtagerens postkasse findes, men er deaktiveret eller spærret.",
    "Kontakt modtageren på anden vis, og bed om en adresse, der virker.",
  ],
  syntaxerror: [
    "De to servere forstod ikke hinanden: en kommando eller parameter var " +
      "ugyldig eller kom i forkert rækkefølge.",
    "Bed din it-afdeling eller mailudbyder tjekke den afsendende server.",
  ],
  systemerror: [
    "Modtagerens mailserver havde en intern fejl.",
    "Send beskeden igen senere. Bliver det ved med at fejle, skal " +
      "modtagerens it-afdeling rette deres mailserver.",
  ],
  systemfull: [
    "Modtagerens mailserver er løbet tør for lagerplads.",
    "Send beskeden igen senere. Bliver det ved med at fejle, så giv " +
      "modtageren besked ad anden vej, så deres it-afdeling kan handle.",
  ],
  undefined: [
    "Rapporten siger ikke, hvorfor leveringen mislykkedes.",
    "Læs serverens svar. Forklarer det ikke problemet, så send denne " +
      "rapport videre til din it-afdeling eller mailudbyder.",
  ],
  userunknown: [
    "Modtagerens adresse findes ikke på det domæne.",
    "Tjek stavningen af adressen, eller bed modtageren om deres nuværende " +
      "adresse. Det vil fejle igen at sende til samme adresse.",
  ],
  vacation: [
    "Dette er et automatisk svar, for eksempel et fraværssvar. Din besked " +
      "blev leveret.",
    "Du behøver ikke gøre noget.",
  ],
  virusdetected: [
    "Den modtagende server fandt en virus eller andet skadeligt indhold i " +
      "beskeden.",
    "Tjek din computer og vedhæftningerne for malware, og send så beskeden " +
      "igen uden den inficerede fil.",
  ],
});

/**
 * Danske ord for SMTP-koder: klasser, råd og én forklaring pr. kode og
 * pr. årsag.
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
