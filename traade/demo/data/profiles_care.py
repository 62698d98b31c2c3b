"""Profiles for Sundhed og Omsorg: plejecentre, hjemmepleje, sygepleje and training."""

from .base import P

PROFILES = {
    "plejecenter": P(
        desc=[
            "{name} har {n} boliger fordelt på fire afdelinger, heraf en skærmet enhed for "
            "beboere med demens.",
            "{name} ligger i udkanten af {town} med udsigt over markerne. Her bor {n} "
            "beboere i lejligheder med egen terrasse.",
            "Vi er et plejecenter med {n} boliger og et stort fællesområde med café, "
            "frisør og fodterapeut.",
            "{name} er et af kommunens ældste plejecentre, bygget om i 2018. Vi har {n} "
            "boliger og en sansehave, som beboerne bruger hele året.",
            "På {name} bor {n} beboere. Vi har mange frivillige, der kommer og spiller kort, "
            "synger og går ture med beboerne.",
            "{name} har {n} boliger og et køkken, hvor maden laves fra bunden hver dag.",
            "{name} i {town} har {n} boliger og en afdeling for yngre borgere med "
            "erhvervet hjerneskade.",
        ],
        more=[
            "Vi arbejder med faste kontaktpersoner, så hver beboer kender de medarbejdere, "
            "der hjælper dem.",
            "De pårørende er med i et pårørenderåd og inviteres til fællesspisning hver måned.",
            "Vi bruger velfærdsteknologi som loftlifte og sensorer i sengene, så beboerne kan "
            "sove uforstyrret om natten.",
            "Vi har en aktivitetsmedarbejder, der sammen med beboerne planlægger ugens "
            "aktiviteter.",
            "Børnehuset ved siden af kommer på besøg hver torsdag.",
            "Mange af vores medarbejdere har en uddannelse i demens, og vi har to "
            "demensnøglepersoner.",
            "Vi tager imod sosu-elever hele året og er stolte af vores praktikvejledning.",
        ],
        knowledge=[
            "demens",
            "palliation og den sidste tid",
            "pårørendesamarbejde",
            "velfærdsteknologi",
            "måltider og ernæring for ældre",
            "faldforebyggelse",
            "sansehave",
            "praktikvejledning af sosu-elever",
            "meningsfulde aktiviteter",
            "magtanvendelse og omsorg",
            "erhvervet hjerneskade",
        ],
        tasks=[
            "Måltidsværter ved middagen | En medarbejder er vært ved hvert bord og spiser med.",
            "Skærmbesøg for pårørende | Pårørende, der bor langt væk, kan se beboerne på skærm.",
            "Ny sansehave | Haven bygges om, så kørestolsbrugere kan komme helt ind mellem bedene.",
            "Færre fald om natten | Vi afprøver sensorer og lys, der tænder, når beboeren står op.",
            "Uddannelse i palliation | Alle medarbejdere får et kursus i den sidste tid.",
            "Frivillige om aftenen | Vi rekrutterer frivillige til aftenaktiviteter.",
        ],
        offers=[
            "Vi viser gerne vores sansehave frem",
            "Vi låner gerne vores VR-briller ud",
            "Kom og spis med: vi har plads til gæster ved middagen",
            "Praktikvejledere, der deler erfaringer med elevforløb",
        ],
        kle=["27.12", "27.16"],
        staff=[
            "Social- og sundhedsassistent",
            "Social- og sundhedsassistent",
            "Social- og sundhedshjælper",
            "Social- og sundhedshjælper",
            "Sygeplejerske",
            "Ergoterapeut",
            "Aktivitetsmedarbejder",
            "Køkkenassistent",
            "Ernæringsassistent",
        ],
        leader="Centerleder",
        deputy="Afdelingsleder",
        size=15,
        n=(32, 84),
    ),
    "hjemmepleje": P(
        desc=[
            "Hjemmeplejen hjælper omkring 1.400 borgere i deres eget hjem med personlig pleje, "
            "praktisk hjælp og mad. Vi er organiseret i fire distrikter og et aften- og "
            "nattehold."
        ],
        knowledge=["ruteplanlægning", "faste teams", "hverdagsrehabilitering"],
        tasks=[
            "Selvstyrende teams | Distrikterne planlægger selv deres ruter og vagter.",
            "Elbiler til hele hjemmeplejen | Alle biler er skiftet til el inden udgangen af "
            "næste år.",
        ],
        kle=["27.16"],
        staff=["Planlægger", "Planlægger", "Udviklingskonsulent"],
        leader="Leder af Hjemmeplejen",
        size=3,
    ),
    "hjemmepleje_team": P(
        desc=[
            "{name} besøger omkring {n} borgere i {town} og omegn hver dag.",
            "Vi er et hjemmeplejeteam med base i {town} og kører ud til cirka {n} borgere i "
            "byen og landsbyerne omkring den.",
            "{name} dækker {town} og har cirka {n} borgere. Mange af vores borgere bor alene.",
            "Teamet har omkring {n} borgere og holder morgenmøde hver dag klokken 7.",
            "{name} hjælper {n} borgere med pleje, rengøring og indkøb. Vi kender vores område "
            "godt, og flere af os har kørt her i over ti år.",
            "Vi har omkring {n} borgere og bruger cykler på de korte ture i {town}, når "
            "vejret tillader det.",
        ],
        more=[
            "Vi lægger vægt på, at det er de samme medarbejdere, der kommer hos den enkelte "
            "borger.",
            "Vi samarbejder tæt med sygeplejen og træningen om borgere, der lige er kommet "
            "hjem fra hospitalet.",
            "Vi opdager ofte ensomhed først, og vi har et godt samarbejde med frivilligcentret.",
            "Vi har to superbrugere, der hjælper kollegaerne med de nye telefoner og "
            "elektronisk medicinkort.",
        ],
        knowledge=[
            "personlig pleje i hjemmet",
            "medicinhåndtering",
            "ensomhed hos ældre",
            "demens i eget hjem",
            "forflytning",
            "hverdagsrehabilitering",
            "ruteplanlægning",
            "tidlig opsporing",
        ],
        tasks=[
            "Faste hjælpere | Hver borger skal højst møde fem forskellige medarbejdere om måneden.",
            "Tidlig opsporing med triage | Vi holder tavlemøde om borgere, hvis helbred "
            "ændrer sig.",
            "Elcykler i byområdet | Vi afprøver elcykler i stedet for biler på de korte ruter.",
            "Besøg uden for døgnrytmen | Vi flytter flere besøg, så borgerne kan sove længere.",
        ],
        offers=[
            "Vi tager gerne en kollega med på en rute for en dag",
            "Erfaringer med tavlemøder og triage",
        ],
        kle=["27.16"],
        staff=[
            "Social- og sundhedshjælper",
            "Social- og sundhedshjælper",
            "Social- og sundhedsassistent",
            "Social- og sundhedsassistent",
            "Hjemmehjælper",
        ],
        leader="Teamleder",
        size=12,
        n=(120, 320),
    ),
    "nattevagt": P(
        desc=[
            "Aften- og Nattevagten kører ud til borgere i hele kommunen fra klokken 15 til 7 "
            "og tager sig af nødkald fra alle borgere med nødkaldeanlæg."
        ],
        knowledge=["nødkald", "arbejde om natten", "akutte situationer i hjemmet"],
        tasks=[
            "Kameratilsyn om natten | Borgere kan vælge et kamerabesøg i stedet for at blive "
            "vækket.",
        ],
        kle=["27.16"],
        staff=["Social- og sundhedsassistent", "Social- og sundhedshjælper", "Sygeplejerske"],
        leader="Teamleder",
        size=6,
    ),
    "sygepleje": P(
        desc=[
            "Sygeplejen tager sig af borgere i eget hjem med sår, medicin, kateter og kroniske "
            "sygdomme og samarbejder tæt med de praktiserende læger og hospitalet."
        ],
        knowledge=["sårpleje", "KOL", "diabetes", "medicinadministration", "palliation i hjemmet"],
        tasks=[
            "Telemedicinsk sårvurdering | Sårene fotograferes, og en sårsygeplejerske "
            "vurderer dem på afstand.",
            "Samarbejde med de praktiserende læger | Faste møder med alle lægehuse.",
        ],
        offers=["Sparring om vanskelige sår"],
        kle=["29.20"],
        staff=["Sygeplejerske", "Sygeplejerske", "Sygeplejerske", "Social- og sundhedsassistent"],
        leader="Sygeplejeleder",
        size=8,
    ),
    "akut": P(
        desc=[
            "Akutteamet rykker ud til borgere, hvis helbred pludselig bliver dårligere, så de "
            "så vidt muligt kan blive hjemme i stedet for at blive indlagt."
        ],
        knowledge=["akut sygepleje", "undgåelige indlæggelser", "blodprøver i hjemmet"],
        tasks=[
            "Akutpladser på plejecentret | To midlertidige pladser til borgere, der ikke kan "
            "være hjemme.",
        ],
        offers=["Undervisning i tidlige tegn på forværring"],
        kle=["29.20"],
        staff=["Sygeplejerske", "Sygeplejerske", "Akutsygeplejerske"],
        leader="Teamleder",
        size=3,
    ),
    "sygeplejeklinik": P(
        desc=[
            "I Sygeplejeklinikken kommer borgere, der selv kan transportere sig, til "
            "sårskift, injektioner og blodtryksmåling."
        ],
        knowledge=["sårskift", "klinikdrift", "injektioner"],
        tasks=["Aftenåbent i klinikken | Borgere i job kan komme efter arbejde."],
        kle=["29.20"],
        staff=["Sygeplejerske", "Sygeplejerske"],
        leader="Teamleder",
        size=2,
    ),
    "traening": P(
        address="Stationsvej 20",
        desc=[
            "Træning og Rehabilitering tilbyder genoptræning efter hospitalsophold, "
            "vedligeholdende træning og rehabiliteringsforløb i træningscentret på Stationsvej "
            "og i borgernes hjem."
        ],
        knowledge=[
            "genoptræning",
            "faldforebyggelse",
            "træning af ældre",
            "rehabiliteringsforløb",
        ],
        tasks=[
            "Træning i det fri | Holdtræning i parken hele sommeren.",
            "Ventetid på genoptræning | Vi skal ned på højst to ugers ventetid.",
        ],
        offers=["Lån af træningssalen om aftenen", "Oplæg om faldforebyggelse"],
        kle=["27.36", "29.07"],
        staff=[
            "Fysioterapeut",
            "Fysioterapeut",
            "Ergoterapeut",
            "Ergoterapeut",
            "Træningsassistent",
        ],
        leader="Leder af Træning og Rehabilitering",
        size=6,
    ),
    "hverdagsrehab": P(
        desc=[
            "Vi hjælper borgere, der søger om hjemmehjælp, til at klare hverdagen selv igen "
            "gennem korte forløb med træning i deres eget hjem."
        ],
        knowledge=["hverdagsrehabilitering", "motivationssamtaler", "ADL-træning"],
        tasks=[
            "Rehabilitering for borgere med demens | Vi tilpasser forløbene til borgere med "
            "hukommelsesproblemer.",
        ],
        kle=["27.36"],
        staff=["Ergoterapeut", "Fysioterapeut", "Social- og sundhedsassistent"],
        leader="Teamleder",
        size=3,
    ),
    "genoptraening": P(
        desc=[
            "Team Genoptræning træner borgere efter hofte- og knæoperationer, "
            "blodpropper og lange indlæggelser."
        ],
        knowledge=["genoptræning efter operation", "apopleksi", "holdtræning"],
        tasks=["Videotræning | Borgerne kan træne hjemme med korte videoer fra teamet."],
        kle=["29.07"],
        staff=["Fysioterapeut", "Fysioterapeut", "Ergoterapeut"],
        leader="Teamleder",
        size=4,
    ),
    "sundhedscenter": P(
        address="Vestergade 3",
        desc=[
            "Sundhedscentret tilbyder rygestop, kurser for borgere med kroniske sygdomme og "
            "hjælp til at leve sundere. Vi holder til i det gamle posthus."
        ],
        more=["Vi har en ernæringsterapeut og en psykolog tilknyttet huset."],
        knowledge=[
            "rygestop",
            "mental sundhed",
            "patientuddannelse",
            "KOL-rehabilitering",
            "diabeteskurser",
            "ensomhed",
        ],
        tasks=[
            "Rygestop for unge | Rygestopforløb på ungdomsuddannelserne.",
            "Mental sundhed for mænd | Gåture og samtaler for mænd over 50.",
        ],
        offers=["Rygestop-rådgivning for jeres medarbejdere", "Oplæg om mental sundhed"],
        kle=["29.01", "29.03"],
        staff=["Sundhedskonsulent", "Sygeplejerske", "Ernæringsterapeut", "Psykolog"],
        leader="Leder af Sundhedscentret",
        size=4,
    ),
    "hjaelpemidler": P(
        desc=[
            "Hjælpemiddelcentret udlåner og reparerer kørestole, rollatorer, senge og lifte "
            "og rådgiver om boligændringer."
        ],
        knowledge=["hjælpemidler", "boligændringer", "kørestole", "lifte og forflytning"],
        tasks=[
            "Genbrug af hjælpemidler | Flere hjælpemidler skal rengøres og bruges igen.",
            "Hurtigere levering | Hjælpemidler leveres inden for tre dage.",
        ],
        offers=["Vi viser gerne nye hjælpemidler frem på jeres personalemøde"],
        kle=["27.36", "27.37"],
        staff=["Hjælpemiddelkonsulent", "Ergoterapeut", "Montør", "Chauffør"],
        leader="Leder af Hjælpemiddelcentret",
        size=5,
    ),
    "demens": P(
        desc=[
            "Demensteamet rådgiver borgere med demens, deres pårørende og kollegaerne i "
            "plejen. Vi har demenscafé hver anden onsdag."
        ],
        knowledge=[
            "demens",
            "pårørendegrupper",
            "demensvenlige miljøer",
            "udadreagerende adfærd",
            "GPS og tryghed",
        ],
        tasks=[
            "Demensvenlig kommune | Vi uddanner butikker, busser og biblioteker i at møde "
            "borgere med demens.",
            "Pårørendegruppe for unge pårørende | En gruppe for børn og unge, hvis forælder "
            "har demens.",
        ],
        offers=[
            "Oplæg om demens for jeres medarbejdere",
            "Vi deltager gerne i en sagsdrøftelse om en borger med udadreagerende adfærd",
        ],
        kle=["27.12"],
        staff=["Demenskoordinator", "Demenskoordinator"],
        leader="Teamleder",
        size=3,
    ),
    "visitation": P(
        desc=[
            "Visitationen afgør, hvilken hjælp borgerne kan få: hjemmehjælp, plejebolig, "
            "madservice og hjælpemidler."
        ],
        knowledge=["visitation", "plejeboliger", "serviceniveau", "klagesager"],
        tasks=[
            "Samtaler i stedet for skemaer | Visitationen tager en samtale om, hvad der er "
            "vigtigt for borgeren.",
        ],
        kle=["27.12", "27.16"],
        staff=["Visitator", "Visitator", "Sagsbehandler", "Ergoterapeut"],
        leader="Visitationsleder",
        size=5,
    ),
    "madservice": P(
        desc=[
            "Madservice Skovlund laver mad til 600 borgere i eget hjem og til tre af "
            "plejecentrene. Vi laver det meste fra bunden."
        ],
        more=["Borgerne kan vælge mellem tre retter hver dag, også kulturelle retter."],
        knowledge=["produktionskøkken", "kostformer", "småtspisende", "økologi i storkøkken"],
        tasks=[
            "Smagsprøver hos borgerne | Vi tager ud og smager maden med borgerne.",
            "Mindre madspild | Vi måler og halverer madspildet.",
        ],
        offers=["Vi tager gerne imod et hold skoleelever til en madlavningsdag"],
        kle=["27.15"],
        staff=["Kok", "Ernæringsassistent", "Ernæringsassistent", "Køkkenmedhjælper", "Chauffør"],
        leader="Køkkenleder",
        size=6,
    ),
    "aktivitetscenter": P(
        desc=[
            "Aktivitetscentret Ellerup er et mødested for ældre, hvor frivillige og "
            "medarbejdere står for holdtræning, kortspil, værksted og fællesspisning."
        ],
        knowledge=["frivillige ældre", "fællesspisning", "ensomhed", "seniortræning"],
        tasks=[
            "Nye brugere | Vi vil nå de ældre, der aldrig har været her før.",
        ],
        offers=["Lån af vores træværksted", "Frivillige, der gerne kommer på besøg"],
        kle=["27.12"],
        staff=["Aktivitetsmedarbejder", "Aktivitetsmedarbejder", "Ergoterapeut"],
        leader="Centerleder",
        size=3,
    ),
}
