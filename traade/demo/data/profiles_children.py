"""Profiles for Børn og Unge: dagtilbud, skoler, klubber and support for families."""

from .base import P

PROFILES = {
    "dagtilbud": P(
        desc=[
            "{name} er et integreret børnehus i {town} med plads til {n} børn fra et til seks år.",
            "Vi er et børnehus med {n} børn, en stor legeplads og et køkken, hvor børnene "
            "selv er med til at lave frokosten.",
            "{name} ligger midt i {town}, tæt på skolen og hallen, og har {n} børn fordelt på "
            "to vuggestuegrupper og tre børnehavegrupper.",
            "Hos os går {n} børn i alderen et til seks år. Huset er fra 2019 og bygget med "
            "små rum, så børnene kan lege i mindre grupper.",
            "{name} er et mellemstort børnehus i {town}. Vi har {n} børn og en personalegruppe, "
            "hvor de fleste har været her i mange år.",
            "Vi er et børnehus med {n} børn og en have med frugttræer, høns og et lille drivhus.",
            "{name} har {n} børn og arbejder i aldersopdelte grupper, så de store børn får "
            "tid til at øve sig på det, der venter i skolen.",
            "{name} er et gammelt husmandssted i udkanten af {town}, bygget om til børnehus "
            "med plads til {n} børn.",
            "Vi er {n} børn og 14 voksne i et hus med lange gange, mange små rum og en "
            "legeplads, der går helt ned til åen.",
            "{name} åbnede i 2023 i det nye boligområde i {town} og har i dag {n} børn, de "
            "fleste fra tilflyttede familier.",
            "I {name} er der {n} børn. Vi ligger i et boligområde i {town}, og mange af "
            "familierne taler et andet sprog end dansk derhjemme.",
        ],
        more=[
            "Vi lægger vægt på leg og på, at alle børn har en voksen, de er trygge ved.",
            "Sproget fylder meget hos os: vi læser dialogisk med de små grupper hver dag.",
            "Om sommeren flytter vi ud og spiser både frokost og eftermiddagsmad på legepladsen.",
            "Vi samarbejder tæt med skolen om overgangen og har fælles aktiviteter med "
            "børnehaveklasserne hele foråret.",
            "Forældrene er med i et forældreråd, der hvert år vælger et tema, vi arbejder med "
            "sammen.",
            "Vi har en medarbejder med uddannelse i motorik, og vi har indrettet et "
            "bevægelsesrum i kælderen.",
            "Vi bruger naturen rundt om huset meget og er ude i al slags vejr.",
            "Personalet har været på kursus i relationspædagogik, og vi øver os i at se "
            "bag om børnenes adfærd.",
        ],
        knowledge=[
            "dialogisk læsning",
            "sprogstimulering",
            "tosprogede børn",
            "motorik og bevægelse",
            "overgang til skole",
            "forældresamarbejde",
            "relationspædagogik",
            "inklusion af børn med særlige behov",
            "børns trivsel",
            "mad og måltider med børn",
        ],
        tasks=[
            "Ny legeplads | Vi bygger legepladsen om sammen med forældrene og børnene.",
            "Sprogvurderinger af alle treårige | Alle treårige sprogvurderes, og vi følger op "
            "med små sproggrupper.",
            "Færre skift for de mindste | Vi prøver faste voksne ved aflevering og afhentning.",
            "Fokus på drengenes leg | Mere vild leg og plads til at tumle i hverdagen.",
            "Pædagogisk læreplan | Vi evaluerer læreplanen sammen med forældrebestyrelsen.",
            "Bæredygtighed i hverdagen | Børnene sorterer affald og dyrker grøntsager.",
        ],
        offers=[
            "Kom og se vores bevægelsesrum",
            "Vi deler gerne vores materialer til dialogisk læsning",
            "Erfaringer med forældresamtaler med tolk",
            "Vi viser gerne, hvordan vi har indrettet små legezoner",
        ],
        kle=["28.01", "28.03"],
        staff=["Pædagog", "Pædagog", "Pædagog", "Pædagogisk assistent", "Pædagogmedhjælper"],
        leader="Dagtilbudsleder",
        deputy="Souschef",
        size=7,
        n=(45, 110),
    ),
    "vuggestue": P(
        desc=[
            "{name} er en vuggestue i {town} med {n} børn under tre år fordelt på fire stuer.",
            "Vi er en lille vuggestue med {n} børn, hvor de fleste starter, når de er omkring "
            "et år gamle.",
            "I {name} går {n} vuggestuebørn. Vi har egen legeplads med bakker, sandkasse og "
            "et overdækket soverum til barnevognene.",
        ],
        more=[
            "Vi arbejder med tryg indkøring og bruger god tid sammen med forældrene de første "
            "uger.",
            "Vores køkken laver økologisk mad, og børnene spiser i små grupper med en voksen.",
            "Vi bruger tegn til tale, så også de børn, der ikke har ordene endnu, kan gøre "
            "sig forstået.",
            "Vi har et tæt samarbejde med sundhedsplejen om børn, der er små eller sent udviklet.",
        ],
        knowledge=[
            "tryg indkøring",
            "tegn til tale",
            "de mindste børns sprog",
            "søvn og hvile",
            "samarbejde med sundhedsplejen",
            "tilknytning",
        ],
        tasks=[
            "Indkøring på forældrenes præmisser | Vi afprøver en længere og mere fleksibel "
            "indkøring.",
            "Tegn til tale for hele personalet | Alle medarbejdere lærer de 100 mest brugte tegn.",
            "Ro ved middagsluren | Vi ser på, hvordan vi får mere ro i soverummet.",
        ],
        offers=["Vi viser gerne, hvordan vi bruger tegn til tale", "Sparring om indkøring"],
        kle=["28.01"],
        staff=["Pædagog", "Pædagog", "Pædagogisk assistent", "Pædagogmedhjælper"],
        leader="Dagtilbudsleder",
        size=5,
        n=(24, 48),
    ),
    "naturbh": P(
        desc=[
            "{name} er en naturbørnehave med {n} børn. Vi har base i en træhytte og er ude "
            "det meste af dagen, hele året.",
            "Hos {name} går {n} børn, og vi tilbringer dagen i skoven, ved stranden og i vores "
            "shelter.",
        ],
        more=[
            "Vi laver mad over bål to gange om ugen, og børnene er med til at tænde og slukke.",
            "Vi bruger naturen som læringsrum for matematik, sprog og naturfag.",
            "Børnene har fast tøjskifte-ordning, så ingen fryser, selv når det regner hele dagen.",
        ],
        knowledge=[
            "udeliv",
            "naturfaglighed for børn",
            "bålmad",
            "risikofyldt leg",
            "friluftsliv",
        ],
        tasks=[
            "Skovens dag for alle dagtilbud | Vi inviterer de andre børnehuse med ud i skoven.",
            "Nyt shelter | Forældre og personale bygger et nyt shelter sammen.",
        ],
        offers=[
            "Lån af vores bålsæt og trangia til en udedag",
            "Vi tager gerne en gruppe børn fra et andet børnehus med i skoven en dag",
        ],
        kle=["28.01"],
        staff=["Pædagog", "Pædagog", "Pædagogmedhjælper"],
        leader="Dagtilbudsleder",
        size=5,
        n=(40, 70),
    ),
    "dagpleje": P(
        desc=[
            "Dagplejen har 46 dagplejere, der passer børn under tre år i deres eget hjem. "
            "Dagplejepædagogerne besøger dem og samler børnene i legestuer flere gange om "
            "ugen."
        ],
        knowledge=["dagpleje", "legestuer", "små børnegrupper", "gæstepleje"],
        tasks=[
            "Rekruttering af dagplejere | Vi mangler dagplejere i Tornbæk og Fjordby.",
            "Nye legestuer | Legestuerne flytter ind i skolerne, så børnene lærer stedet at kende.",
        ],
        offers=["Vi fortæller gerne om, hvordan det er at arbejde alene og alligevel i et team"],
        kle=["28.02"],
        staff=["Dagplejepædagog", "Dagplejepædagog", "Administrativ medarbejder"],
        leader="Dagplejeleder",
        size=3,
    ),
    "dagplejegruppe": P(
        desc=[
            "Dagplejen i {town} er en gruppe på {n} dagplejere, der mødes i legestuen to "
            "gange om ugen.",
            "Dagplejerne i gruppen dækker hinanden ved sygdom og ferie, så børnene altid "
            "kommer til en dagplejer, de kender.",
            "Gruppen har {n} dagplejere og en fast dagplejepædagog. Vi går meget på tur i "
            "{town} og låner biblioteket til rytmik.",
        ],
        knowledge=["gæstepleje", "rytmik for de mindste", "legestue", "ture i lokalområdet"],
        tasks=[
            "Rytmik på biblioteket | Hver fredag låner vi biblioteket til rytmik med børnene.",
            "Fælles sprogmateriale | Vi deler en taske med bøger og sange, der går på tur.",
        ],
        kle=["28.02"],
        staff=["Dagplejer", "Dagplejer", "Dagplejer", "Dagplejepædagog"],
        leader="Dagplejepædagog",
        size=7,
        n=(10, 16),
    ),
    "skole": P(
        desc=[
            "{name} er en folkeskole med {n} elever fra 0. til 9. klasse og en SFO med egen "
            "bygning.",
            "Vi er en tosporet skole i {town} med {n} elever. Mange af vores elever cykler "
            "til skole, og vi har en aktiv trafikgruppe.",
            "{name} har {n} elever og en stor udeskole-have. Udskolingen har idrætslinje og "
            "en naturfagslinje.",
            "På {name} går {n} elever. Skolen blev bygget om i 2021 med åbne læringsmiljøer "
            "og et nyt bibliotek.",
            "{name} i {town} har {n} elever fra 0. til 9. klasse og aldersblandede hold i "
            "indskolingen.",
            "Vi er en skole med {n} elever, heraf mange tosprogede. Vi har modtageklasser for "
            "børn, der lige er kommet til Danmark.",
            "{name} har {n} elever og er kendt for sin musikprofil, med kor og orkester for "
            "alle fra 3. klasse.",
            "{name} i {town} har {n} elever og et tæt samarbejde med byens foreninger om "
            "bevægelse i skoletiden.",
        ],
        more=[
            "Vi arbejder målrettet med læsning i indskolingen og har to læsevejledere.",
            "Elevrådet er med i beslutninger om skolegården og om regler i frikvartererne.",
            "Vi har et tæt samarbejde med PPR om elever, der har det svært.",
            "Vores SFO har værksted, skaterbane og en hønsegård, som børnene passer.",
            "Lærere og pædagoger planlægger undervisningen sammen i årgangsteams.",
            "Vi holder fælles morgensang hver mandag for hele skolen.",
            "Vi er med i et forsøg med mobilfri skole og har gode erfaringer at dele.",
            "Vi har et lærerværelse, der prioriterer faglig sparring, og to gange om året "
            "besøger vi hinandens timer.",
        ],
        knowledge=[
            "læsning i indskolingen",
            "ordblindhed",
            "trivsel og mobning",
            "mobilfri skole",
            "udeskole",
            "elevinddragelse",
            "skolefravær",
            "matematikvanskeligheder",
            "co-teaching",
            "tosprogede elever",
            "understøttende undervisning",
            "bevægelse i undervisningen",
        ],
        tasks=[
            "Mobilfri skoledag | Mobiltelefonerne ligger i skabet fra 8 til 14.",
            "Indsats mod skolefravær | Vi ringer hjem første fraværsdag og holder samtaler "
            "med familierne.",
            "Ny skolegård | Elevrådet har tegnet forslag til en skolegård med flere kroge.",
            "Læsebånd i indskolingen | Tyve minutters læsning hver morgen for 0.-3. klasse.",
            "Trivselsplan | Ny plan mod mobning skrevet sammen med elever og forældre.",
            "Kompetenceløft i matematik | Alle matematiklærere på efteruddannelse.",
        ],
        offers=[
            "Vi viser gerne vores læsebånd frem",
            "Sparring om mobilfri skole",
            "Lån af skolens køkken og aula til arrangementer om aftenen",
            "Elever fra udskolingen hjælper gerne med et projekt i lokalsamfundet",
        ],
        kle=["17.01", "17.02", "17.07"],
        staff=[
            "Lærer",
            "Lærer",
            "Lærer",
            "Lærer",
            "Lærer",
            "Lærer",
            "Pædagog",
            "Pædagog",
            "Pædagog",
            "Pædagogmedhjælper",
            "Skolesekretær",
            "Læsevejleder",
        ],
        leader="Skoleleder",
        deputy="Viceskoleleder",
        size=14,
        n=(180, 620),
    ),
    "specialskole": P(
        desc=[
            "Kildeskolen er kommunens specialskole for 64 elever med autisme, ADHD og andre "
            "udviklingsforstyrrelser. Klasserne er små, og hver elev har et skema, der passer "
            "til dem."
        ],
        more=[
            "Vi hjælper gerne folkeskolerne med elever, der har svært ved at være i en stor klasse."
        ],
        knowledge=[
            "autisme",
            "ADHD",
            "skolevægring",
            "struktur og visualisering",
            "low arousal",
            "specialpædagogik",
        ],
        tasks=[
            "Elever tilbage i folkeskolen | Vi følger elever, der skal prøve at vende tilbage "
            "til en almindelig klasse.",
            "Sansevenlige klasselokaler | Nye lyddæmpende plader og lys, der kan dæmpes.",
        ],
        offers=[
            "Konsultation for lærere i folkeskolen om elever med autisme",
            "Kom og se vores sansevenlige klasselokaler",
        ],
        kle=["17.02", "17.20"],
        staff=["Lærer", "Lærer", "Pædagog", "Pædagog", "Pædagogmedhjælper"],
        leader="Skoleleder",
        deputy="Afdelingsleder",
        size=8,
    ),
    "ungdomsskole": P(
        desc=[
            "Skovlund Ungdomsskole tilbyder fritidshold, knallertkørekort, sommerlejre og "
            "heltidsundervisning for unge, der ikke trives i folkeskolen."
        ],
        more=[
            "Vi møder de unge, hvor de er, og har både hold på skolerne og i klubberne om aftenen."
        ],
        knowledge=[
            "ungdomsliv",
            "heltidsundervisning",
            "knallertkørekort",
            "unge der er droppet ud af skolen",
            "gadeplansarbejde",
        ],
        tasks=[
            "Heltidsundervisning for 8. og 9. klasse | Ny klasse for elever med mange fraværsdage.",
            "E-sport som fritidstilbud | Hold for unge, der ellers ikke går til noget.",
        ],
        offers=["Vores ungdomsskolelærere holder gerne oplæg for forældre om unges liv"],
        kle=["17.10"],
        staff=["Ungdomsskolelærer", "Timelærer", "Ungdomspædagog", "Administrativ medarbejder"],
        leader="Ungdomsskoleleder",
        size=5,
    ),
    "klub": P(
        desc=[
            "{name} er fritids- og ungdomsklub for unge fra 4. klasse og op, med omkring {n} "
            "medlemmer.",
            "{name} i {town} er åben fire aftener om ugen og har omkring {n} medlemmer mellem "
            "12 og 18 år.",
        ],
        more=[
            "Vi har musikrum, værksted og en café, som de unge selv driver.",
            "Vi tager på ture og lejre, og vi har et tæt samarbejde med SSP.",
        ],
        knowledge=[
            "ungdomskultur",
            "SSP-samarbejde",
            "unge og sociale medier",
            "fællesskaber for unge",
            "værkstedsaktiviteter",
        ],
        tasks=[
            "Fredagsåbent for de ældste | Klubben holder åbent til midnat hver fredag.",
            "Pigeaften | En aften om ugen kun for piger.",
        ],
        offers=["Unge fra klubben spiller gerne musik til jeres arrangement"],
        kle=["17.10"],
        staff=["Klubpædagog", "Klubpædagog", "Klubmedarbejder"],
        leader="Klubleder",
        size=4,
        n=(80, 160),
    ),
    "familieraadgivning": P(
        desc=[
            "Familierådgivningen behandler sager om børn og unge, der har brug for særlig "
            "støtte, og taler med familierne om, hvilken hjælp der kan gøre en forskel."
        ],
        knowledge=["Barnets Lov", "børnefaglige undersøgelser", "netværksmøder"],
        tasks=[
            "Færre anbringelser uden for nærmiljøet | Flere børn skal kunne blive i deres "
            "skole, selv om de bliver anbragt.",
        ],
        kle=["27.24"],
        staff=["Socialrådgiver", "Socialrådgiver", "Familiekonsulent"],
        leader="Afdelingsleder",
        size=4,
    ),
    "team_underretning": P(
        desc=[
            "Vi modtager alle underretninger om børn og unge og vurderer inden for 24 timer, "
            "om barnet er i fare."
        ],
        knowledge=["underretninger", "akutte vurderinger", "samtaler med børn"],
        tasks=[
            "Svar til dem der underretter | Fagpersoner, der underretter, får nu altid en "
            "tilbagemelding.",
        ],
        offers=["Oplæg om, hvornår og hvordan man underretter"],
        kle=["27.24"],
        staff=["Socialrådgiver", "Socialrådgiver"],
        leader="Teamleder",
        size=3,
    ),
    "team_boernehandicap": P(
        desc=[
            "Teamet behandler sager om børn med fysiske og psykiske handicap, fx tabt "
            "arbejdsfortjeneste, aflastning og hjælpemidler."
        ],
        knowledge=["tabt arbejdsfortjeneste", "aflastning", "børn med handicap"],
        tasks=[
            "Én indgang for familier | Forældre til børn med handicap får én fast sagsbehandler.",
        ],
        kle=["27.24", "27.36"],
        staff=["Socialrådgiver", "Sagsbehandler"],
        leader="Teamleder",
        size=3,
    ),
    "team_unge_myndighed": P(
        desc=[
            "Vi følger unge fra 14 til 23 år, der har brug for støtte, og hjælper dem med "
            "overgangen til voksenlivet."
        ],
        knowledge=["efterværn", "overgang til voksenlivet", "unge i kriminalitet"],
        tasks=[
            "Overgang til voksenområdet | Vi begynder planlægningen, når den unge fylder 16.",
        ],
        kle=["27.24"],
        staff=["Socialrådgiver", "Socialrådgiver", "Ungekonsulent"],
        leader="Teamleder",
        size=3,
    ),
    "familiehus": P(
        desc=[
            "Familiehuset tilbyder familiebehandling, forældrekurser og samvær under tilsyn. "
            "Vi arbejder både i huset og hjemme hos familierne."
        ],
        more=["Vi har et værksted, hvor far og barn kan bygge noget sammen en gang om ugen."],
        knowledge=[
            "familiebehandling",
            "forældrekurser",
            "samvær under tilsyn",
            "Marte Meo",
            "skilsmissegrupper for børn",
        ],
        tasks=[
            "Gruppeforløb for fædre | Ti aftener for fædre, der vil være tættere på deres børn.",
            "Skilsmissegrupper på skolerne | Grupper for børn, hvis forældre går fra hinanden.",
        ],
        offers=["Vi har uddannede Marte Meo-terapeuter, der gerne giver sparring"],
        kle=["27.24"],
        staff=["Familiebehandler", "Familiebehandler", "Psykolog", "Socialpædagog"],
        leader="Leder af Familiehuset",
        size=5,
    ),
    "sundhedspleje": P(
        desc=[
            "Sundhedsplejen besøger alle nyfødte og deres forældre og følger børnene i "
            "skolen med undersøgelser og samtaler om trivsel, søvn og kost."
        ],
        knowledge=[
            "amning",
            "fødselsdepression",
            "spædbørns søvn",
            "overvægt hos børn",
            "pubertet",
        ],
        tasks=[
            "Grupper for fædre | Fædregrupper i barselsperioden.",
            "Digitale sundhedssamtaler | Forældre kan vælge en videosamtale i stedet for et besøg.",
        ],
        offers=["Oplæg om søvn og skærm for forældre i børnehave og skole"],
        kle=["29.30"],
        staff=["Sundhedsplejerske", "Sundhedsplejerske", "Sundhedsplejerske"],
        leader="Ledende sundhedsplejerske",
        size=5,
    ),
    "ppr": P(
        desc=[
            "Pædagogisk Psykologisk Rådgivning hjælper dagtilbud og skoler med børn, der har "
            "det svært, gennem konsultationer, undersøgelser og kurser."
        ],
        knowledge=["skolevægring", "angst hos børn", "talehøre", "ordblindetest", "læsning"],
        tasks=[
            "Tidlig hjælp til børn med angst | Kursus for forældre og pædagoger.",
            "Kortere ventetid | Vi holder åben konsultation på skolerne hver uge.",
        ],
        offers=["Åben konsultation på jeres skole eller i jeres dagtilbud"],
        kle=["17.20"],
        staff=["Psykolog", "Psykolog", "Tale-høre-konsulent", "Fysioterapeut"],
        leader="PPR-leder",
        size=5,
    ),
    "tandpleje": P(
        desc=[
            "Den Kommunale Tandpleje passer tænderne på alle børn og unge under 22 år og på "
            "borgere, der ikke selv kan komme til tandlæge."
        ],
        knowledge=["børnetandpleje", "omsorgstandpleje", "angst for tandlæger"],
        tasks=[
            "Omsorgstandpleje på plejecentrene | Mobil tandklinik på plejecentrene.",
        ],
        kle=["29.26"],
        staff=["Tandlæge", "Tandplejer", "Klinikassistent"],
        leader="Overtandlæge",
        size=2,
    ),
    "tandklinik": P(
        desc=[
            "{name} undersøger og behandler børn og unge fra {town} og omegn.",
            "Klinikken har fire behandlingsstole, og vi ser omkring {n} børn om året.",
        ],
        more=["Vi har særlig tid til børn, der er bange for at komme til tandlæge."],
        knowledge=["tandpleje for børn", "angste børn", "forebyggelse af huller"],
        tasks=[
            "Tandbørstning i børnehaverne | Vi besøger børnehaverne og børster tænder sammen "
            "med børnene.",
        ],
        kle=["29.26"],
        staff=["Tandlæge", "Tandplejer", "Klinikassistent", "Klinikassistent"],
        leader="Klinikleder",
        size=4,
        n=(1800, 4200),
    ),
}
