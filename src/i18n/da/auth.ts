import type { Catalog } from "../types";

const badges: Catalog = {
  "auth.badge.spf.passed": "SPF bestået",
  "auth.badge.spf.failed": "SPF fejlet",
  "auth.badge.spf.softfail": "SPF softfail",
  "auth.badge.spf.neutral": "SPF neutral",
  "auth.badge.spf.not-available": "SPF ikke tilgængelig",
  "auth.badge.spf.temperror": "SPF midlertidig fejl",
  "auth.badge.spf.permerror": "SPF permanent fejl",
  "auth.badge.spf.not-checked": "SPF ikke kontrolleret",
  "auth.badge.dkim.passed": "DKIM bestået",
  "auth.badge.dkim.failed": "DKIM fejlet",
  "auth.badge.dkim.softfail": "DKIM softfail",
  "auth.badge.dkim.neutral": "DKIM neutral",
  "auth.badge.dkim.not-available": "DKIM ikke tilgængelig",
  "auth.badge.dkim.temperror": "DKIM midlertidig fejl",
  "auth.badge.dkim.permerror": "DKIM permanent fejl",
  "auth.badge.dkim.not-checked": "DKIM ikke kontrolleret",
  "auth.badge.dmarc.passed": "DMARC bestået",
  "auth.badge.dmarc.failed": "DMARC fejlet",
  "auth.badge.dmarc.softfail": "DMARC softfail",
  "auth.badge.dmarc.neutral": "DMARC neutral",
  "auth.badge.dmarc.not-available": "DMARC ikke tilgængelig",
  "auth.badge.dmarc.temperror": "DMARC midlertidig fejl",
  "auth.badge.dmarc.permerror": "DMARC permanent fejl",
  "auth.badge.dmarc.not-checked": "DMARC ikke kontrolleret",
};

const states: Catalog = {
  "auth.state.passed.meaning":
    "Tjekket lykkedes: den modtagende server bekræftede denne del af afsenderens identitet.",
  "auth.state.passed.fix.spf": "Intet at rette.",
  "auth.state.passed.fix.dkim": "Intet at rette.",
  "auth.state.passed.fix.dmarc": "Intet at rette.",

  "auth.state.failed.meaning":
    "Tjekket fejlede: domænets offentliggjorte regler siger, at beskeden ikke burde være sendt fra det sted, den kom fra, eller også passer signaturen ikke til indholdet.",
  "auth.state.failed.fix.spf":
    "Afsenderens it-afdeling skal tilføje den afsendende servers adresse til domænets SPF-post eller sende gennem en server, som posten allerede nævner.",
  "auth.state.failed.fix.dkim":
    "Afsenderens it-afdeling skal tjekke, at den offentliggjorte DKIM-nøgle passer til den nøgle, der signerer, og at intet på vejen (en sidefod, en listeserver, en scanner) ændrer beskeden efter signeringen.",
  "auth.state.failed.fix.dmarc":
    "Afsenderens it-afdeling skal sørge for, at domænets mail består SPF eller DKIM under samme domæne som Fra-adressen, for eksempel ved at signere med DKIM for det domæne.",

  "auth.state.softfail.meaning":
    "Domænets SPF-post siger, at denne server nok ikke må sende domænets mail, men beder modtagerne om ikke at afvise den alene af den grund.",
  "auth.state.softfail.fix.spf":
    "Afsenderens it-afdeling skal tilføje den afsendende server til SPF-posten eller skifte til en streng post (-all), når alle afsendende servere står i den.",
  "auth.state.softfail.fix.dkim":
    "Den modtagende server meldte et usædvanligt DKIM-resultat. Afsenderens it-afdeling bør tjekke DKIM-opsætningen.",
  "auth.state.softfail.fix.dmarc":
    "Den modtagende server meldte et usædvanligt DMARC-resultat. Afsenderens it-afdeling bør tjekke DMARC-posten.",

  "auth.state.neutral.meaning":
    "Tjekket gav ikke noget klart svar: domænet siger intet om denne server, eller modtageren meldte et resultat, som dette tilføjelsesprogram ikke kender.",
  "auth.state.neutral.fix.spf":
    "Afsenderens it-afdeling skal erstatte den neutrale afslutning (?all) i SPF-posten med en post, der nævner alle afsendende servere og slutter med -all eller ~all.",
  "auth.state.neutral.fix.dkim":
    "Afsenderens it-afdeling skal tjekke den DKIM-Signature, som deres server tilføjer. Modtageren kunne ikke behandle den.",
  "auth.state.neutral.fix.dmarc":
    "Afsenderens it-afdeling skal tjekke, at DMARC-posten er gyldig.",

  "auth.state.not-available.meaning":
    "Den modtagende server kiggede efter, men der var intet at tjekke: domænet offentliggør ingen post for denne metode, eller beskeden har ingen signatur.",
  "auth.state.not-available.fix.spf":
    "Afsenderens it-afdeling skal offentliggøre en SPF-post med de servere, der må sende domænets mail.",
  "auth.state.not-available.fix.dkim":
    "Afsenderens it-afdeling skal slå DKIM-signering til for domænet og lægge den offentlige nøgle i DNS.",
  "auth.state.not-available.fix.dmarc":
    "Afsenderens it-afdeling skal offentliggøre en DMARC-post for domænet. Start med p=none, og gå over til quarantine eller reject, når SPF og DKIM består.",

  "auth.state.temperror.meaning":
    "Tjekket kunne ikke gøres færdigt på grund af en midlertidig fejl, som regel et DNS-opslag, der fik timeout. Et senere forsøg kan lykkes.",
  "auth.state.temperror.fix.spf":
    "Som regel intet, for det går over af sig selv. Sker det igen og igen, bør afsenderens it-afdeling tjekke, at domænets DNS-servere svarer stabilt.",
  "auth.state.temperror.fix.dkim":
    "Som regel intet, for det går over af sig selv. Sker det igen og igen, bør afsenderens it-afdeling tjekke, at posten med DKIM-nøglen kan slås op.",
  "auth.state.temperror.fix.dmarc":
    "Som regel intet, for det går over af sig selv. Sker det igen og igen, bør afsenderens it-afdeling tjekke, at DMARC-posten kan slås op.",

  "auth.state.permerror.meaning":
    "Tjekket fejlede, fordi domænets offentliggjorte post ikke kan bruges: den har en syntaksfejl eller kræver for mange opslag.",
  "auth.state.permerror.fix.spf":
    "Afsenderens it-afdeling skal rette SPF-posten: kun én post, gyldig syntaks og højst 10 DNS-opslag.",
  "auth.state.permerror.fix.dkim":
    "Afsenderens it-afdeling skal rette posten med DKIM-nøglen eller signaturen: et påkrævet tag mangler, eller en værdi er ugyldig.",
  "auth.state.permerror.fix.dmarc":
    "Afsenderens it-afdeling skal rette DMARC-posten: kun én post, som starter med v=DMARC1 og har et gyldigt p=-tag.",

  "auth.state.not-checked.meaning":
    "Der findes intet resultat, som kan stoles på: ingen af jeres mailservere registrerede dette tjek, så tilføjelsesprogrammet kan ikke afgøre, om afsenderen er ægte.",
  "auth.state.not-checked.fix.spf":
    "Intet for afsenderen. Din it-afdeling kan få jeres mailservere til at registrere SPF-resultater eller føje deres navn til de betroede servere i indstillingerne.",
  "auth.state.not-checked.fix.dkim":
    "Intet for afsenderen. Din it-afdeling kan få jeres mailservere til at registrere DKIM-resultater eller føje deres navn til de betroede servere i indstillingerne.",
  "auth.state.not-checked.fix.dmarc":
    "Intet for afsenderen. Din it-afdeling kan få jeres mailservere til at registrere DMARC-resultater eller føje deres navn til de betroede servere i indstillingerne.",
};

const overall: Catalog = {
  "auth.overall.verified.title": "Afsender bekræftet",
  "auth.overall.verified.advice":
    "Ingen behøver gøre noget: Fra-domænet bestod DMARC, så beskeden kommer virkelig fra det domæne. Vurdér alligevel selv indholdet.",
  "auth.overall.not-verified.title": "Afsender ikke bekræftet",
  "auth.overall.not-verified.advice":
    "Afsenderens it-afdeling bør offentliggøre en DMARC-politik for domænet. Uden den er der intet, der knytter SPF- og DKIM-resultaterne til Fra-adressen, og modtagernes filtre ser med større mistanke på mailen.",
  "auth.overall.failed.title": "Afsenderkontrol fejlede",
  "auth.overall.failed.advice":
    "Vær forsigtig med beskeden: den overholder ikke Fra-domænets egen DMARC-politik, så den kan være forfalsket. Er den ægte, skal afsenderens it-afdeling rette SPF eller DKIM for domænet.",
  "auth.overall.not-checked.title": "Afsender ikke kontrolleret",
  "auth.overall.not-checked.advice":
    "Din it-afdeling bør tjekke, at jeres mailservere tilføjer Authentication-Results-headere, eller føje deres navn til de betroede servere i indstillingerne.",
  "auth.advice.dmarc-bestguesspass":
    "Afsenderens it-afdeling bør offentliggøre en DMARC-politik. Domænet har ingen, selv om beskeden ville have bestået en.",
  "auth.advice.dmarc-not-evaluated":
    "Din it-afdeling bør slå DMARC-kontrol til på jeres mailservere. De tjekkede SPF eller DKIM, men registrerede intet DMARC-resultat.",
  "auth.advice.dmarc-temperror":
    "Ingen behøver gøre noget endnu: DMARC-opslaget fejlede et øjeblik. Sker det igen og igen, bør afsenderens it-afdeling tjekke domænets DNS-servere.",
  "auth.advice.dmarc-permerror":
    "Afsenderens it-afdeling skal rette domænets DMARC-post, for modtagerne kan ikke læse den.",
  "auth.advice.dmarc-failed-arc-pass":
    "Venter du beskeden via en mailingliste eller en videresendelse, er den sandsynligvis ægte. Listens administrator kan holde op med at ødelægge afsenderens signatur (ingen emnemærker eller sidefødder) eller omskrive Fra-adressen.",
  "auth.advice.dmarc-failed-policy-none":
    "Vær forsigtig med beskeden. Afsenderens it-afdeling bør rette SPF eller DKIM for Fra-domænet. Domænets DMARC-politik er p=none, så mail, der fejler, bliver stadig leveret.",
};

const alignment: Catalog = {
  "auth.alignment.reason.bestguesspass":
    "Fra-domænet offentliggør ingen DMARC-post. Microsoft 365 tjekkede det alligevel og fandt, at beskeden ville have bestået.",
  "auth.alignment.reason.pass-both-aligned":
    "DMARC bestået: både SPF og en DKIM-signatur bestod for Fra-domænet.",
  "auth.alignment.reason.pass-dkim-aligned":
    "DMARC bestået: en DKIM-signatur for Fra-domænet blev verificeret.",
  "auth.alignment.reason.pass-spf-aligned":
    "DMARC bestået: SPF bestod for et afsenderdomæne, der passer med Fra-domænet.",
  "auth.alignment.reason.pass-reported":
    "Den modtagende server meldte, at DMARC bestod. De resultater, den registrerede, viser ikke, hvilket domæne der passede.",
  "auth.alignment.reason.fail-reported":
    "Den modtagende server meldte, at DMARC fejlede, selv om et bestået SPF- eller DKIM-tjek ser ud til at passe med Fra-domænet. Modtageren bruger måske en streng regel for, hvor præcist domænerne skal passe (alignment), som den ikke registrerede.",
  "auth.alignment.reason.fail-arc-pass":
    "DMARC fejlede her, men ARC-forseglingen fra en videresender eller mailingliste på vejen siger, at beskeden bestod, da den server modtog den. Videresenderen har sandsynligvis ændret beskeden.",
  "auth.alignment.reason.fail-not-aligned":
    "DMARC fejlede: SPF eller DKIM bestod, men for et andet domæne end det i Fra-adressen.",
  "auth.alignment.reason.fail-nothing-passed":
    "DMARC fejlede: hverken SPF eller DKIM bestod.",
  "auth.alignment.reason.no-policy":
    "DMARC kunne ikke anvendes: Fra-domænet offentliggør ingen DMARC-post.",
  "auth.alignment.reason.not-checked":
    "DMARC kunne ikke vurderes: der findes ingen godkendelsesresultater, som kan stoles på.",
  "auth.alignment.reason.temperror":
    "DMARC kunne ikke evalueres på grund af en midlertidig DNS-fejl.",
  "auth.alignment.reason.permerror":
    "DMARC kunne ikke evalueres, fordi domænets DMARC-post er ugyldig.",
  "auth.alignment.reason.unknown-result":
    "Den modtagende server meldte et DMARC-resultat, som dette tilføjelsesprogram ikke kender.",
  "auth.alignment.reason.no-from-domain":
    "DMARC kunne ikke evalueres: beskeden har ingen brugbar Fra-adresse.",
  "auth.alignment.reason.multiple-from":
    "DMARC kunne ikke evalueres: Fra-feltet indeholder mere end én adresse.",
  "auth.alignment.reason.not-evaluated-would-pass":
    "Den modtagende server evaluerede ikke DMARC. SPF eller DKIM bestod for Fra-domænet, så beskeden ville bestå, hvis domænet offentliggør en DMARC-post.",
  "auth.alignment.reason.not-evaluated-would-fail":
    "Den modtagende server evaluerede ikke DMARC. Intet bestået SPF- eller DKIM-tjek passer med Fra-domænet, så beskeden ville fejle, hvis domænet offentliggør en DMARC-post.",
};

const parseErrors: Catalog = {
  "auth.parse.error.empty": "Værdien er tom.",
  "auth.parse.error.expected-authserv-id":
    "Værdien skal starte med navnet på den server, der udførte tjekkene.",
  "auth.parse.error.expected-equals": "Der mangler et lighedstegn (=).",
  "auth.parse.error.expected-instance":
    "ARC-instanstagget (i=1;) mangler i starten.",
  "auth.parse.error.expected-method":
    "Der mangler et metodenavn som spf, dkim eller dmarc.",
  "auth.parse.error.expected-property":
    "Her skulle der stå en egenskab som smtp.mailfrom=… eller header.d=…",
  "auth.parse.error.expected-result":
    "Der mangler et resultat som pass eller fail.",
  "auth.parse.error.expected-semicolon":
    "Der skulle stå et semikolon (;) før næste resultat.",
  "auth.parse.error.expected-value": "Der mangler en værdi.",
  "auth.parse.error.expected-version": "Der mangler et versionsnummer efter /.",
  "auth.parse.error.invalid-value":
    "En værdi indeholder tegn, der kræver anførselstegn.",
  "auth.parse.error.invalid-version":
    "Versionen efter servernavnet er ikke et tal.",
  "auth.parse.error.misplaced-reason":
    "reason= skal stå før et resultats egenskaber.",
  "auth.parse.error.none-with-results":
    "Værdien siger none, men nævner også resultater.",
  "auth.parse.error.unexpected-character": "Der blev fundet et uventet tegn.",
  "auth.parse.error.unterminated-comment":
    "En kommentar, der starter med (, bliver aldrig lukket.",
  "auth.parse.error.unterminated-quoted-string":
    "En tekst i anførselstegn bliver aldrig lukket.",
};

const microsoft: Catalog = {
  "auth.microsoft.compauth.result.pass":
    "Microsofts sammensatte godkendelse bestod.",
  "auth.microsoft.compauth.result.fail":
    "Microsofts sammensatte godkendelse fejlede: Microsoft 365 kunne ikke bekræfte afsenderen og behandler måske beskeden som forfalsket.",
  "auth.microsoft.compauth.result.softpass":
    "Microsofts sammensatte godkendelse bestod kun delvist (softpass): afsenderen blev kun bekræftet af svagere signaler.",
  "auth.microsoft.compauth.result.none":
    "Microsofts sammensatte godkendelse blev ikke udført eller blev sprunget over.",
  "auth.microsoft.compauth.result.other":
    "Microsofts sammensatte godkendelse gav et resultat, som dette tilføjelsesprogram ikke kender.",
  "auth.microsoft.compauth.reason.000":
    "Fra-domænet offentliggør en DMARC-politik med quarantine eller reject, og beskeden bestod den ikke.",
  "auth.microsoft.compauth.reason.001":
    "Beskeden bestod ikke den implicitte godkendelse: domænet offentliggør ingen eller kun svage poster (ingen DMARC, p=none eller en blød afslutning på SPF-posten).",
  "auth.microsoft.compauth.reason.002":
    "Jeres organisations politik forbyder denne kombination af afsender og domæne at sende forfalsket mail.",
  "auth.microsoft.compauth.reason.010":
    "Beskeden bestod ikke DMARC med quarantine eller reject, og Fra-domænet er et af jeres organisations egne domæner.",
  "auth.microsoft.compauth.reason.1xx":
    "Sammensat godkendelse bestod (130 betyder, at et ARC-resultat tilsidesatte en DMARC-fejl).",
  "auth.microsoft.compauth.reason.2xx":
    "Sammensat godkendelse bestod delvist på baggrund af implicitte signaler.",
  "auth.microsoft.compauth.reason.3xx":
    "Sammensat godkendelse blev ikke udført.",
  "auth.microsoft.compauth.reason.4xx":
    "Sammensat godkendelse blev sprunget over.",
  "auth.microsoft.compauth.reason.6xx":
    "Beskeden bestod ikke den implicitte godkendelse, og Fra-domænet er et af jeres organisations egne domæner.",
  "auth.microsoft.compauth.reason.7xx": "Sammensat godkendelse bestod.",
  "auth.microsoft.compauth.reason.9xx":
    "Sammensat godkendelse blev sprunget over.",
  "auth.microsoft.compauth.reason.other":
    "Microsoft har ikke dokumenteret denne årsagskode.",

  "auth.microsoft.scl.skipped":
    "SCL -1: spamfiltreringen blev sprunget over (en sikker afsender, en tilladt IP-adresse eller en regel for mailflow), så beskeden lander i indbakken.",
  "auth.microsoft.scl.not-spam":
    "SCL 0 eller 1: ikke spam, leveret til indbakken.",
  "auth.microsoft.scl.unused":
    "SCL 2 til 4: Microsofts filtrering giver ikke disse værdier. En regel eller et andet system har sat værdien.",
  "auth.microsoft.scl.spam": "SCL 5 eller 6: spam, leveret til Uønsket mail.",
  "auth.microsoft.scl.high-confidence-spam":
    "SCL 7 til 9: spam med høj sikkerhed, leveret til Uønsket mail eller sat i karantæne.",
  "auth.microsoft.scl.other":
    "Dette spamsikkerhedsniveau er ikke dokumenteret.",

  "auth.microsoft.bcl.not-bulk": "BCL 0: ikke fra en masseafsender.",
  "auth.microsoft.bcl.few":
    "BCL 1 til 3: fra en masseafsender, der får få klager.",
  "auth.microsoft.bcl.mixed":
    "BCL 4 til 7: fra en masseafsender, der får et blandet antal klager.",
  "auth.microsoft.bcl.many":
    "BCL 8 eller 9: fra en masseafsender, der får mange klager.",
  "auth.microsoft.bcl.other":
    "Dette klageniveau for massemail er ikke dokumenteret.",

  "auth.microsoft.sfv.blk":
    "Blokeret, fordi afsenderen står på modtagerens liste over blokerede afsendere.",
  "auth.microsoft.sfv.nspm":
    "Spamfiltreringen vurderede, at beskeden ikke er spam.",
  "auth.microsoft.sfv.sfe":
    "Tilladt, fordi afsenderen står på modtagerens liste over sikre afsendere.",
  "auth.microsoft.sfv.ska":
    "Tilladt, fordi antispampolitikken angiver afsenderen eller domænet som tilladt.",
  "auth.microsoft.sfv.skb":
    "Markeret som spam, fordi antispampolitikken blokerer afsenderen eller domænet.",
  "auth.microsoft.sfv.skn":
    "Markeret som ikke-spam før filtreringen, for eksempel af en regel for mailflow.",
  "auth.microsoft.sfv.skq": "Frigivet fra karantæne.",
  "auth.microsoft.sfv.sks":
    "Markeret som spam før filtreringen, for eksempel af en regel for mailflow.",
  "auth.microsoft.sfv.spm": "Spamfiltreringen markerede beskeden som spam.",

  "auth.microsoft.cat.amp": "Kategori: antimalware.",
  "auth.microsoft.cat.bimp": "Kategori: efterligning af et brand.",
  "auth.microsoft.cat.bulk": "Kategori: massemail.",
  "auth.microsoft.cat.dimp": "Kategori: efterligning af et domæne.",
  "auth.microsoft.cat.ftbp":
    "Kategori: blokeret af filteret for almindelige vedhæftninger.",
  "auth.microsoft.cat.gimp":
    "Kategori: efterligning fundet af postkasseintelligens.",
  "auth.microsoft.cat.hphish": "Kategori: phishing med høj sikkerhed.",
  "auth.microsoft.cat.hphsh": "Kategori: phishing med høj sikkerhed.",
  "auth.microsoft.cat.hspm": "Kategori: spam med høj sikkerhed.",
  "auth.microsoft.cat.intos": "Kategori: phishing inde fra organisationen.",
  "auth.microsoft.cat.malw": "Kategori: malware.",
  "auth.microsoft.cat.none": "Ingen beskyttelsespolitik passede.",
  "auth.microsoft.cat.ospm": "Kategori: udgående spam.",
  "auth.microsoft.cat.phsh": "Kategori: phishing.",
  "auth.microsoft.cat.sap": "Kategori: Sikre vedhæftede filer.",
  "auth.microsoft.cat.spm": "Kategori: spam.",
  "auth.microsoft.cat.spoof": "Kategori: forfalsket afsender (spoofing).",
  "auth.microsoft.cat.uimp": "Kategori: efterligning af en bruger.",

  "auth.microsoft.sfty.9-19": "Sikkerhedstip: efterligning af et domæne.",
  "auth.microsoft.sfty.9-20": "Sikkerhedstip: efterligning af en bruger.",
  "auth.microsoft.sfty.9-25":
    "Sikkerhedstip: første besked fra denne afsender til modtageren.",

  "auth.microsoft.ipv.cal":
    "Filtreringen blev sprunget over, fordi den afsendende IP-adresse står på en liste over tilladte adresser.",
  "auth.microsoft.ipv.nli":
    "Den afsendende IP-adresse står ikke på nogen omdømmeliste.",

  "auth.microsoft.srv.bulk":
    "Beskeden blev genkendt som massemail, fordi dens klageniveau for massemail nåede politikkens grænse.",

  "auth.microsoft.dir.inb": "Indgående besked.",
  "auth.microsoft.dir.out": "Udgående besked.",
  "auth.microsoft.dir.int": "Intern besked.",
};

const cli: Catalog = {
  "auth.cli.usage":
    "Brug: auth-results [--json] VÆRDI\nFortolker én Authentication-Results-værdi. VÆRDI må gerne indeholde feltnavnet. Brug - for at læse den fra standardinput.",
  "auth.cli.error.missing-value":
    "Der er ikke angivet nogen værdi. Angiv en Authentication-Results-værdi, eller - for at læse den fra standardinput.",
  "auth.cli.error.unknown-option": "Ukendt tilvalg: {option}",
  "auth.cli.error.parse":
    "Ugyldig Authentication-Results-værdi: {message} Fortolkningen stoppede ved tegn {position}.",
  "auth.cli.label.authserv-id": "Authserv-id",
  "auth.cli.label.version": "Version",
  "auth.cli.label.lenient":
    "Læst med lempelige regler: værdien bryder grammatikken i RFC 8601.",
  "auth.cli.label.none": "Der blev ikke udført nogen tjek.",
  "auth.cli.label.missing": "(ingen)",
  "auth.cli.label.reason": "årsag",
  "auth.cli.label.comment": "kommentar",
};

/** Danske tekster til godkendelsesresultater, mærkater og deres råd. */
export const authMessages: Catalog = {
  ...badges,
  ...states,
  ...overall,
  ...alignment,
  ...parseErrors,
  ...microsoft,
  ...cli,
};
