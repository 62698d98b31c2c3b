"""Profiles for Social og Handicap and for Job og Uddannelse."""

from .base import P

PROFILES = {
    "bosted": P(
        desc=[
            "{name} er et botilbud for {n} voksne med udviklingshandicap. Hver beboer har sin "
            "egen lejlighed og adgang til fælleskøkken og stue.",
            "Hos os bor {n} unge voksne med autisme og udviklingshandicap. Vi hjælper dem med "
            "at få hverdagen til at fungere og med at finde fællesskaber uden for huset.",
            "{name} i {town} har {n} pladser for voksne med betydelig nedsat funktionsevne, "
            "der har brug for hjælp døgnet rundt.",
            "{name} er et mindre bofællesskab med {n} beboere, der klarer meget selv og får "
            "støtte til økonomi, indkøb og madlavning.",
        ],
        more=[
            "Vi arbejder med low arousal og har næsten ingen magtanvendelser.",
            "Beboerne har et husmøde hver uge, hvor de selv bestemmer over fællesaktiviteterne.",
            "Flere beboere har job på værkstedet eller i en virksomhed i byen.",
            "Vi bruger piktogrammer og tablets, så beboerne selv kan se dagens plan.",
        ],
        knowledge=[
            "low arousal",
            "autisme hos voksne",
            "udviklingshandicap",
            "magtanvendelse",
            "kommunikation med piktogrammer",
            "seksualitet og handicap",
            "medicinhåndtering på bosteder",
            "selvbestemmelse",
        ],
        tasks=[
            "Beboerne laver selv mad | Et køkken, hvor beboerne står for aftensmaden to gange "
            "om ugen.",
            "Ferie for alle beboere | Vi planlægger en tur, så også de beboere, der har brug "
            "for meget hjælp, kommer med.",
            "Færre vikarer | Fast vikarkorps, som beboerne kender.",
            "Digitale dagsplaner | Tablets med dagens plan i billeder.",
        ],
        offers=[
            "Vi deler gerne vores erfaringer med low arousal",
            "Beboerne holder gerne oplæg om at leve med et handicap",
        ],
        kle=["27.20"],
        staff=[
            "Socialpædagog",
            "Socialpædagog",
            "Socialpædagog",
            "Social- og sundhedsassistent",
            "Pædagogisk assistent",
        ],
        leader="Forstander",
        deputy="Afdelingsleder",
        size=10,
        n=(8, 32),
    ),
    "vaerksted": P(
        desc=[
            "Værkstedet Smedien giver beskyttet beskæftigelse og aktivitet til 70 voksne med "
            "handicap. Vi har træværksted, cykelværksted, køkken og en lille butik."
        ],
        more=["Vi tager opgaver ind fra virksomheder og fra kommunens egne enheder."],
        knowledge=["beskyttet beskæftigelse", "cykelreparation", "træværksted", "butiksdrift"],
        tasks=[
            "Cykelværksted for hele kommunen | Vi reparerer kommunens cykler og ladcykler.",
        ],
        offers=[
            "Vi reparerer gerne jeres cykler og ladcykler",
            "Vi laver fuglekasser og plantekasser på bestilling",
        ],
        kle=["27.20", "27.22"],
        staff=["Værkstedsassistent", "Socialpædagog", "Håndværker"],
        leader="Værkstedsleder",
        size=5,
    ),
    "bostoette": P(
        desc=[
            "Bostøtten hjælper voksne, der bor i egen bolig, med at få hverdagen til at hænge "
            "sammen: økonomi, breve, rengøring og kontakt til andre."
        ],
        knowledge=["bostøtte", "gruppeforløb", "økonomisk rådgivning", "digital post"],
        tasks=[
            "Gruppeforløb i stedet for enkeltbesøg | Fællesskaber, hvor borgerne også hjælper "
            "hinanden.",
        ],
        offers=["Vi hjælper gerne kollegaer med borgere, der ikke åbner deres digitale post"],
        kle=["27.20"],
        staff=["Bostøttemedarbejder", "Socialpædagog", "Socialpædagog"],
        leader="Teamleder",
        size=6,
    ),
    "vaerested": P(
        desc=[
            "Værestedet Lygten er et åbent tilbud for voksne med psykiske vanskeligheder. Her "
            "kan man drikke en kop kaffe, spise frokost og være sammen med andre."
        ],
        knowledge=["fællesskab", "psykisk sårbarhed", "frivillige", "peerstøtte"],
        tasks=["Søndagsåbent | Værestedet holder åbent søndag eftermiddag."],
        offers=["Besøg os og spis frokost med brugerne"],
        kle=["27.20"],
        staff=["Socialpædagog", "Peermedarbejder", "Køkkenassistent"],
        leader="Leder af Værestedet",
        size=3,
    ),
    "bosted_psyk": P(
        desc=[
            "Botilbuddet Fyrtårnet har 18 pladser for voksne med svær psykisk sygdom. Målet er "
            "at flytte i egen bolig igen."
        ],
        knowledge=["psykiatri", "recovery", "dobbeltdiagnoser", "udslusning"],
        tasks=[
            "Udslusningslejligheder | To lejligheder i byen, hvor beboerne kan øve sig.",
        ],
        kle=["27.20"],
        staff=["Socialpædagog", "Socialpædagog", "Sygeplejerske", "Social- og sundhedsassistent"],
        leader="Forstander",
        size=7,
    ),
    "recovery": P(
        desc=[
            "Recoveryskolen tilbyder gratis kurser om at leve med psykisk sårbarhed. Kurserne "
            "bliver undervist af en fagperson og en person med egen erfaring."
        ],
        knowledge=["recovery", "undervisning med egen erfaring", "mental sundhed"],
        tasks=["Kurser for pårørende | Nyt kursus for pårørende."],
        offers=["Oplæg om recovery for jeres medarbejdere"],
        kle=["27.20"],
        staff=["Underviser", "Peermedarbejder"],
        leader="Koordinator",
        size=2,
    ),
    "misbrug": P(
        desc=[
            "Rusmiddelcentret tilbyder anonym rådgivning og behandling for alkohol, hash og "
            "andre rusmidler. Vi har også tilbud til pårørende."
        ],
        knowledge=["alkoholbehandling", "hashbehandling", "motiverende samtale", "pårørende"],
        tasks=[
            "Behandling om aftenen | Behandling for borgere i job.",
        ],
        offers=["Oplæg om alkohol på arbejdspladsen"],
        kle=["29.09"],
        staff=["Misbrugsbehandler", "Misbrugsbehandler", "Sygeplejerske", "Socialrådgiver"],
        leader="Leder af Rusmiddelcentret",
        size=5,
    ),
    "misbrug_unge": P(
        desc=[
            "Ungeteamet taler med unge under 25 om hash, alkohol og andre stoffer, gerne der "
            "hvor de unge er, og ikke kun på kontoret."
        ],
        knowledge=["unge og rusmidler", "hash", "U-turn-metoden"],
        tasks=["Samtaler på ungdomsuddannelserne | Åben rådgivning på gymnasiet og EUD."],
        offers=["Vi kommer gerne ud i jeres klub eller på jeres skole"],
        kle=["29.09"],
        staff=["Misbrugsbehandler", "Ungekonsulent"],
        leader="Teamleder",
        size=2,
    ),
    "voksenraadgivning": P(
        desc=[
            "Voksenrådgivningen behandler ansøgninger om hjælp efter serviceloven for voksne "
            "med handicap, psykiske vanskeligheder og sociale problemer."
        ],
        knowledge=["serviceloven", "voksenudredningsmetoden", "borgerinddragelse"],
        tasks=["Kortere sagsbehandlingstider | Vi har mål for alle sagstyper."],
        kle=["27.20"],
        staff=["Socialrådgiver", "Sagsbehandler"],
        leader="Afdelingsleder",
        size=3,
    ),
    "team_voksen": P(
        desc=[
            "Teamet har sager om voksne med handicap og psykiske vanskeligheder, fx bostøtte, "
            "botilbud og ledsagelse."
        ],
        knowledge=["botilbud", "ledsageordning", "BPA-ordninger"],
        tasks=["Opfølgning på alle botilbud | Vi besøger alle borgere i botilbud en gang om året."],
        kle=["27.20"],
        staff=["Socialrådgiver", "Socialrådgiver", "Sagsbehandler"],
        leader="Teamleder",
        size=4,
    ),
    "team_udsatte": P(
        desc=[
            "Teamet hjælper borgere, der er hjemløse eller har mange sociale problemer på én "
            "gang. Vi går på gaden og er ikke kun på kontoret."
        ],
        knowledge=["hjemløshed", "Housing First", "gadeplansarbejde", "socialt udsatte"],
        tasks=["Housing First | Ti hjemløse skal have egen bolig og støtte."],
        offers=["Vi kan tage med ud til en borger, I er bekymrede for"],
        kle=["27.20"],
        staff=["Socialrådgiver", "Gadeplansmedarbejder"],
        leader="Teamleder",
        size=3,
    ),
    "krisecenter": P(
        desc=[
            "Krisecentret Lyngly har plads til otte kvinder og deres børn, der har været udsat "
            "for vold i nære relationer. Adressen er hemmelig."
        ],
        knowledge=["vold i nære relationer", "børn på krisecenter", "psykisk vold"],
        tasks=["Efterværn | Støtte til kvinderne i det første år efter opholdet."],
        offers=["Oplæg om tegn på vold i nære relationer"],
        kle=["27.20"],
        staff=["Socialpædagog", "Socialrådgiver", "Børnekonsulent"],
        leader="Forstander",
        size=3,
    ),
    "virksomhedsservice": P(
        desc=[
            "Team Virksomhedsservice er jobcentrets indgang for virksomhederne. Vi hjælper med "
            "rekruttering, praktik, løntilskud og fastholdelse."
        ],
        knowledge=[
            "rekruttering til virksomheder",
            "virksomhedspraktik",
            "løntilskud",
            "jobrotation",
        ],
        tasks=[
            "Rekruttering til ældreplejen | Ledige prøver jobbet i praktik på plejecentrene.",
            "Virksomhedsbesøg | 400 besøg i lokale virksomheder om året.",
        ],
        offers=[
            "Vi hjælper kommunens egne enheder med at finde praktikanter og løntilskudsmedarbejdere"
        ],
        kle=["15.02"],
        staff=["Virksomhedskonsulent", "Virksomhedskonsulent", "Jobkonsulent"],
        leader="Teamleder",
        size=4,
    ),
    "sygedagpenge": P(
        desc=[
            "Team Sygedagpenge følger sygemeldte borgere og hjælper dem og deres arbejdsplads "
            "med at finde en vej tilbage til arbejdet."
        ],
        knowledge=["sygedagpenge", "delvis raskmelding", "fastholdelse", "stress"],
        tasks=["Tidlig kontakt | Vi ringer til alle sygemeldte inden for den første uge."],
        offers=["Sparring til ledere om medarbejdere på delvis sygemelding"],
        kle=["15.24"],
        staff=["Sygedagpengerådgiver", "Sygedagpengerådgiver", "Jobkonsulent"],
        leader="Teamleder",
        size=5,
    ),
    "jobunge": P(
        desc=[
            "Team Unge hjælper unge under 30 uden uddannelse videre mod uddannelse eller "
            "arbejde, ofte med en fast mentor."
        ],
        knowledge=["unge uden uddannelse", "mentorordninger", "uddannelsespålæg"],
        tasks=["Unge i fritidsjob | Unge på ydelse skal have et fritidsjob."],
        kle=["15.20"],
        staff=["Jobkonsulent", "Uddannelsesvejleder", "Mentor"],
        leader="Teamleder",
        size=4,
    ),
    "integration": P(
        desc=[
            "Team Integration hjælper flygtninge og familiesammenførte med bolig, job og "
            "sprog i deres første år i Skovlund."
        ],
        knowledge=["integration", "flygtninge", "tolkning", "IGU"],
        tasks=["Job fra første dag | Alle nye flygtninge starter i praktik inden for fire uger."],
        offers=["Vi hjælper gerne med tolkning og kulturforståelse"],
        kle=["26.00"],
        staff=["Integrationskonsulent", "Integrationskonsulent", "Jobkonsulent"],
        leader="Teamleder",
        size=4,
    ),
    "jobparate": P(
        desc=[
            "Team Job og Aktivitet taler med ledige på dagpenge og kontanthjælp og hjælper "
            "dem med jobsøgning, kurser og praktik."
        ],
        knowledge=["jobsøgning", "CV-skrivning", "kontanthjælp", "dagpenge"],
        tasks=["Gå-samtaler | Samtaler på en gåtur i stedet for ved et bord."],
        kle=["15.20"],
        staff=["Jobkonsulent", "Jobkonsulent", "Sagsbehandler"],
        leader="Teamleder",
        size=5,
    ),
    "ressource": P(
        desc=[
            "Teamet arbejder med borgere i ressourceforløb og fleksjob, som har mange "
            "udfordringer på én gang og brug for en lang vej tilbage."
        ],
        knowledge=["ressourceforløb", "fleksjob", "rehabiliteringsteam", "helbredsforbehold"],
        tasks=["Flere fleksjob i kommunen | Kommunens egne enheder skal tage flere i fleksjob."],
        kle=["15.28"],
        staff=["Sagsbehandler", "Koordinerende sagsbehandler", "Jobkonsulent"],
        leader="Teamleder",
        size=5,
    ),
    "ydelse": P(
        desc=[
            "Ydelsescentret udbetaler kontanthjælp, uddannelseshjælp og andre ydelser og "
            "behandler ansøgninger om enkeltydelser."
        ],
        knowledge=["kontanthjælp", "enkeltydelser", "tilbagebetalingssager"],
        tasks=["Hurtigere svar | Borgerne skal have svar inden for ti dage."],
        kle=["15.00"],
        staff=["Ydelsessagsbehandler", "Ydelsessagsbehandler"],
        leader="Afdelingsleder",
        size=4,
    ),
    "ungeindsats": P(
        desc=[
            "Den Kommunale Ungeindsats samler uddannelsesvejledning, Forberedende Grunduddannelse "
            "og ungementorer, så unge kun skal have én plan."
        ],
        knowledge=["uddannelsesvejledning", "FGU", "unge med angst", "én plan for den unge"],
        tasks=["Unge i job i ferien | Sommerjob til unge i kommunens enheder."],
        offers=["Vejledere, der gerne kommer ud i jeres klub eller skole"],
        kle=["17.10"],
        staff=["Uddannelsesvejleder", "Ungementor", "Socialrådgiver"],
        leader="Leder af Ungeindsatsen",
        size=4,
    ),
    "sprogcenter": P(
        desc=[
            "Sprogcentret underviser voksne udlændinge i dansk, om dagen og om aftenen, så de "
            "kan klare sig i job og hverdag."
        ],
        knowledge=["dansk som andetsprog", "arbejdspladsdansk", "voksenundervisning"],
        tasks=["Dansk på arbejdspladsen | Vi underviser medarbejdere i ældreplejen i fagdansk."],
        offers=["Fagdansk for jeres medarbejdere med et andet modersmål"],
        kle=["17.05"],
        staff=["Underviser i dansk", "Underviser i dansk", "Studievejleder"],
        leader="Forstander",
        size=4,
    ),
    "erhvervsvaerksted": P(
        desc=[
            "Erhvervsværkstedet Havnen er et arbejdsfællesskab for ledige, der skal prøve sig "
            "selv af. Vi har værksted for bådreparation, et køkken og en genbrugsbutik."
        ],
        knowledge=["arbejdsprøvning", "bådreparation", "genbrugsbutik"],
        tasks=["Genbrugsbutikken flytter | Større butik tæt på havnen."],
        offers=["Vi sætter gerne møbler i stand til jeres institution"],
        kle=["15.20"],
        staff=["Værkstedsleder", "Instruktør", "Instruktør"],
        leader="Leder af Erhvervsværkstedet",
        size=3,
    ),
}
