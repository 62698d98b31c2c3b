"""Udfordringer, written so a 15-year-old understands them, with answers from units in
other areas. Each response is (profile of the answering unit, text)."""

from .base import C

CHALLENGES = [
    C(
        "spiser-for-lidt",
        "plejecenter",
        "open",
        20,
        "Beboere der spiser for lidt",
        "Flere af vores beboere taber sig. De har ikke lyst til maden, og nogle glemmer at "
        "spise. Hvad har I gjort, som hjalp?",
        [
            (
                "bosted",
                "Vi slukkede for radioen, dækkede pænt op og spiste i små grupper på fire. "
                "Der kom ro ved bordet, og flere beboere spiste op.",
            ),
            (
                "dagtilbud",
                "Hos os spiser børnene mere, når de selv har været med til at lave "
                "maden. Måske kan nogle beboere skrælle kartofler eller dække bord?",
            ),
            (
                "musikskole",
                "Vi spiller gerne stille musik ved middagen en gang om ugen. Det "
                "har de været glade for på et andet plejecenter.",
            ),
        ],
    ),
    C(
        "unge-isolerer-sig",
        "ungdomsskole",
        "open",
        45,
        "Unge der bliver på deres værelse",
        "Nogle unge kommer ikke ud af deres værelse. De har ikke lyst til at møde andre. "
        "Hvordan får vi kontakt til dem?",
        [
            (
                "bibliotek",
                "Vi har en stille café om torsdagen, hvor man ikke behøver at tale "
                "med nogen. Den kunne være et første skridt.",
            ),
            (
                "misbrug_unge",
                "Vi møder mange af de samme unge. Spil og chat virker ofte bedre "
                "end et møde. Ring, så kan vi tage en snak om, hvad der har virket for os.",
            ),
            (
                "frivillig",
                "Vi er ved at starte besøgsvenner for unge. Det kunne være noget for nogle af dem.",
            ),
        ],
    ),
    C(
        "sosu-mangel",
        "hjemmepleje_team",
        "open",
        70,
        "Vi kan ikke få nok social- og sundhedsassistenter",
        "Vi har ledige stillinger, som ingen søger. Kollegerne løber for stærkt. Hvordan "
        "finder vi nye kollegaer, og hvordan holder vi på dem, vi har?",
        [
            (
                "virksomhedsservice",
                "Vi har ledige, der gerne vil prøve jobbet i praktik. Lad "
                "os holde et møde om, hvordan vi tager imod dem.",
            ),
            (
                "sprogcenter",
                "Flere af vores kursister har arbejdet i plejen i deres hjemland. "
                "Fagdansk på arbejdspladsen kan være en vej ind.",
            ),
            (
                "hr",
                "Vi har erfaring med, at medarbejdere, der fortæller om jobbet, virker "
                "bedre end annoncer. Vi hjælper gerne med et ambassadørkorps.",
            ),
        ],
    ),
    C(
        "skolefravaer-angst",
        "skole",
        "open",
        30,
        "Elever med angst, der ikke kommer i skole",
        "Nogle elever bliver hjemme, fordi de er bange for at komme i skole. Det bliver "
        "sværere, jo længere de er væk. Hvad kan vi gøre sammen med forældrene?",
        [
            (
                "sundhedscenter",
                "Vores psykolog har et kursus for forældre til børn med angst. "
                "Det kan I henvise til.",
            ),
            (
                "bibliotek",
                "Vi har lagt et lille studierum til side, hvor en elev kan starte "
                "med at lave skolearbejde et andet sted end skolen.",
            ),
        ],
    ),
    C(
        "ensomme-aeldre",
        "hjemmepleje_team",
        "solved",
        210,
        "Ensomme ældre som vi kun ser i fem minutter",
        "Mange af vores borgere bor alene og har ingen at tale med. Vi har travlt og kan "
        "kun blive et øjeblik. Hvem kan hjælpe?",
        [
            (
                "frivillig",
                "Vi har 40 besøgsvenner og mangler borgere at matche dem med. Send "
                "os en besked, når I møder en, der vil have besøg.",
            ),
            (
                "kulturhus",
                "Vi har gratis eftermiddagskoncerter om onsdagen, og vores frivillige "
                "chauffører henter gerne borgere, der ikke selv kan komme.",
            ),
            (
                "bibliotek",
                "Bogbussen kan komme forbi, og vi har en højtlæsningsgruppe, der "
                "mødes over telefonen.",
            ),
        ],
    ),
    C(
        "affald-paa-legepladsen",
        "park",
        "open",
        15,
        "Affald og glasskår på legepladserne",
        "Hver mandag finder vi affald og knust glas på legepladserne efter weekenden. Det "
        "er farligt for børnene. Hvordan får vi de unge til at passe på stedet?",
        [
            (
                "klub",
                "Lad klubbens unge være med til at bygge noget på legepladsen. Det, "
                "man selv har lavet, smadrer man ikke.",
            ),
            (
                "team_udsatte",
                "Vi kender nogle af dem, der sidder der om natten. Vi tager gerne en snak med dem.",
            ),
        ],
    ),
    C(
        "mobil-i-timerne",
        "skole",
        "solved",
        400,
        "Mobiltelefoner forstyrrer undervisningen",
        "Eleverne kigger på deres telefon i timerne, og konflikter fra nettet fylder. "
        "Hvordan har andre gjort?",
        [
            (
                "digital",
                "Nogle skoler bruger poser, der kan låses, til telefonerne. Vi låner jer "
                "gerne et klassesæt, så I kan prøve det en måned, før I køber.",
            ),
        ],
    ),
    C(
        "paaroerende-vrede",
        "bosted",
        "open",
        90,
        "Pårørende der er vrede på os",
        "Nogle pårørende er meget utilfredse og skriver lange mails til os og til "
        "politikerne. Vi vil gerne samarbejde, men ved ikke, hvordan vi starter.",
        [
            (
                "plejecenter",
                "Vi har et pårørenderåd og fællesspisning hver måned. Det "
                "har gjort det lettere at tale sammen, før noget bliver til en konflikt.",
            ),
            (
                "demens",
                "Vi holder pårørendegrupper. Vrede pårørende er ofte kede af det. Vi "
                "fortæller gerne, hvordan vi møder dem.",
            ),
        ],
    ),
    C(
        "digital-post",
        "bostoette",
        "open",
        60,
        "Borgere der ikke åbner deres digitale post",
        "Mange af vores borgere åbner ikke deres digitale post. De misser breve om penge og "
        "møder. Hvem har gode idéer?",
        [
            (
                "bibliotek",
                "Vi har hjælp til digital post hver tirsdag. Kom gerne med "
                "borgerne, så viser vi dem det.",
            ),
            (
                "borgerservice",
                "Nogle borgere kan få fritagelse for digital post og få brevene "
                "på papir. Vi hjælper med ansøgningen.",
            ),
            ("digital", "Vi kan vise, hvordan man giver en pårørende adgang til posten."),
        ],
    ),
    C(
        "stoej-i-klassen",
        "specialskole",
        "closed",
        300,
        "Meget larm i klasselokalerne",
        "Vores elever bliver urolige af larm. Lokalerne giver ekko, og vi har ikke penge "
        "til at bygge om. Hvad kan man gøre billigt?",
        [
            (
                "ejendom",
                "Lyddæmpende plader er billigere, end mange tror. Vi kommer ud og måler lyden.",
            ),
            (
                "bibliotek",
                "Vi har gode erfaringer med tæpper, reoler og tekstiler. Kom og se "
                "vores studieområde.",
            ),
        ],
    ),
    C(
        "unge-uden-job",
        "jobunge",
        "open",
        25,
        "Unge der aldrig har haft et arbejde",
        "Mange af de unge, vi taler med, har aldrig haft et fritidsjob. De ved ikke, hvordan "
        "det er at møde ind. Hvor kan de prøve det?",
        [
            (
                "park",
                "Vi tager gerne to unge med hver sommer. Der er altid noget at lave, og "
                "de kan se, hvad de har lavet.",
            ),
            (
                "bibliotek",
                "Vi har brug for hjælp til at sætte bøger på plads og til "
                "arrangementer. Det er et godt sted at starte.",
            ),
            (
                "madservice",
                "I vores køkken kan unge prøve et job med faste tider og en tydelig opgave.",
            ),
            (
                "genbrugsplads",
                "På byttestationen har vi brug for hjælp til at sortere og rydde op om lørdagen.",
            ),
        ],
    ),
    C(
        "skybrud-boernehus",
        "dagtilbud",
        "open",
        12,
        "Vand på legepladsen efter hvert skybrud",
        "Når det regner meget, står legepladsen under vand i flere dage. Børnene kan ikke "
        "være ude. Hvad kan vi gøre?",
        [
            (
                "klima",
                "Et regnvandsbed kan tage meget vand, og børnene kan være med til at "
                "plante det. Vi kommer gerne forbi.",
            ),
            ("park", "Vi kan se på, om der er dræn, der er stoppet. Skriv til os med adressen."),
        ],
    ),
    C(
        "mad-spild",
        "madservice",
        "solved",
        330,
        "Vi smider for meget mad ud",
        "Hver dag kasserer vi mad, som ingen har spist. Det er dyrt og forkert. Hvem har "
        "erfaring med at smide mindre ud?",
        [
            (
                "vaerested",
                "Vi vil meget gerne hente overskudsmad til vores frokost. Vores "
                "brugere har ikke mange penge.",
            ),
            ("affald", "Vi kan hjælpe med at veje madaffaldet, så I kan se, hvor det kommer fra."),
        ],
    ),
    C(
        "frivillige-forsvinder",
        "aktivitetscenter",
        "open",
        120,
        "Vores frivillige bliver ældre og færre",
        "Mange af vores frivillige er over 80. Der kommer ikke nye til. Hvordan finder vi "
        "yngre frivillige?",
        [
            (
                "ungdomsskole",
                "Vores elever skal lave frivilligt arbejde i 9. klasse. Måske "
                "kan de spille kort eller hjælpe med IT?",
            ),
            (
                "virksomhedsservice",
                "Nogle virksomheder giver deres ansatte en dag om året "
                "til frivilligt arbejde. Vi kan sætte jer i kontakt med dem.",
            ),
        ],
    ),
    C(
        "tolke",
        "sundhedspleje",
        "open",
        50,
        "Samtaler med forældre, der ikke taler dansk",
        "Vi har svært ved at få tolke til hjemmebesøg, og telefontolkning virker dårligt, "
        "når vi skal vise, hvordan man bader et spædbarn. Hvad gør I?",
        [
            (
                "integration",
                "Vi bruger videotolkning på tablet. Det fungerer bedre end "
                "telefon, fordi tolken kan se, hvad I viser.",
            ),
            ("sprogcenter", "Vi har billedmaterialer på flere sprog, som I gerne må låne."),
        ],
    ),
    C(
        "vikarer-bosted",
        "bosted",
        "closed",
        480,
        "Beboerne bliver urolige af nye vikarer",
        "Vores beboere har brug for at kende dem, der hjælper. Vikarer, de ikke kender, "
        "giver konflikter. Hvordan gør andre?",
        [
            (
                "hjemmepleje_team",
                "Vi har faste afløsere, der kender borgerne. Det kræver, at "
                "de får faste vagter, også når der ikke er sygdom.",
            ),
        ],
    ),
    C(
        "trafik-skolevej",
        "skole",
        "open",
        40,
        "Farlig trafik om morgenen ved skolen",
        "Mange forældre kører børnene helt op til skolen. Der er kaos og farlige "
        "situationer hver morgen. Hvordan får vi flere til at gå eller cykle?",
        [
            (
                "trafik",
                "Vi kan lave en trafiktælling og foreslå et kys og kør-sted lidt væk fra skolen.",
            ),
            (
                "klima",
                "Flere skoler har haft cykelkampagner med præmier. Vi har materialer, I kan låne.",
            ),
            (
                "sundhedscenter",
                "Vi har en gå-bus-ordning, hvor forældre skiftes til at gå med en gruppe børn.",
            ),
        ],
    ),
    C(
        "hjaelpemidler-venter",
        "traening",
        "open",
        35,
        "Borgere venter på hjælpemidler efter hospitalet",
        "Borgere kommer hjem fra hospitalet, før deres hjælpemidler er kommet. Så kan de "
        "ikke træne. Hvordan kan vi få det til at passe bedre sammen?",
        [
            (
                "vaerksted",
                "Vi har en bil og chauffører, der kan køre hjælpemidler ud samme "
                "dag, hvis det haster.",
            ),
        ],
    ),
    C(
        "ledige-lokaler",
        "kulturhus",
        "solved",
        260,
        "Tomme lokaler om dagen",
        "Kulturhuset er fyldt om aftenen, men står tomt om formiddagen. Hvem kan bruge lokalerne?",
        [
            ("vaerested", "Vi vil gerne låne salen til bevægelse for vores brugere."),
            ("dagplejegruppe", "Dagplejen mangler et sted til rytmik om formiddagen."),
            ("sprogcenter", "Vi mangler lokaler til vores formiddagshold."),
        ],
    ),
    C(
        "maend-kommer-ikke",
        "sundhedscenter",
        "solved",
        540,
        "Mænd kommer ikke til vores kurser",
        "Vores kurser om stress, søvn og kost bliver næsten kun brugt af kvinder. Hvordan "
        "når vi mændene?",
        [
            (
                "vejteam",
                "Kom ud til os i frokostpausen. Vi er mange mænd, og vi taler gerne, "
                "når vi ikke skal sidde på et kursus.",
            ),
            (
                "erhvervsvaerksted",
                "Mænd taler bedre, når de har noget i hænderne. I er velkomne på værkstedet.",
            ),
        ],
    ),
    C(
        "sprog-hjemme",
        "dagtilbud",
        "open",
        18,
        "Børn der ikke hører dansk derhjemme",
        "Mange af vores børn taler et andet sprog derhjemme. De har svært ved dansk, når de "
        "skal i skole. Hvordan kan vi hjælpe forældrene med at støtte sproget?",
        [
            (
                "bibliotek",
                "Vi har billedbøger på mange sprog og en forældrecafé om læsning. "
                "Det virker at læse på modersmålet også.",
            ),
            (
                "integration",
                "Vi kan hjælpe med at invitere forældre, der selv er ved at lære "
                "dansk, til en fælles aften.",
            ),
        ],
    ),
    C(
        "rengoering-alene",
        "rengoering",
        "open",
        80,
        "Vores rengøringsassistenter føler sig usynlige",
        "Vi arbejder tidligt og sent, når ingen andre er der. Mange føler sig ikke som en "
        "del af arbejdspladsen. Hvad kan vi gøre?",
        [
            (
                "hr",
                "Flere steder er rengøringen flyttet til dagtimerne. Vi hjælper gerne med "
                "at tale med lederne på skolerne.",
            ),
        ],
    ),
    C(
        "demens-bibliotek",
        "bibliotek",
        "open",
        28,
        "Borgere med demens, der farer vild på biblioteket",
        "Vi møder af og til ældre, der virker forvirrede og ikke kan finde hjem. Personalet "
        "ved ikke, hvad de skal gøre. Kan nogen lære os det?",
        [
            ("demens", "Vi kommer gerne og holder et kort kursus for personalet om demens."),
            (
                "plejecenter",
                "Vi kan fortælle om, hvordan man taler roligt med en borger med "
                "demens. Kom gerne på besøg.",
            ),
        ],
    ),
    C(
        "ventetid-byggesag",
        "byggesag",
        "closed",
        600,
        "Ansøgninger der mangler oplysninger",
        "Over halvdelen af ansøgningerne mangler tegninger eller oplysninger. Det forsinker "
        "alle sager. Hvordan får vi bedre ansøgninger?",
        [
            (
                "borgerservice",
                "Vi oplever det samme med pas. En tjekliste på en side og en "
                "telefontid har hjulpet os meget.",
            ),
            ("kommunikation", "Vi hjælper gerne med at skrive vejledningen om i klart sprog."),
        ],
    ),
    C(
        "bevaegelse-skole",
        "skole",
        "open",
        8,
        "Børn der sidder stille for meget",
        "Eleverne bevæger sig for lidt i løbet af skoledagen. Hvilke foreninger eller "
        "enheder kan hjælpe os med at få mere bevægelse ind?",
        [
            (
                "fritid",
                "Flere foreninger vil gerne komme ud på skolerne. Vi kan sætte jer i "
                "forbindelse med dem.",
            ),
            ("svoemmehal", "Vi har ledige baner om formiddagen, som skolerne kan bruge."),
            (
                "traening",
                "Vores fysioterapeuter har idéer til korte pauser med bevægelse, "
                "som kan bruges i klassen.",
            ),
        ],
    ),
]
