"""Profiles for the direktion, the stabe and the management of each area."""

from .base import P

PROFILES = {
    "direktion": P(
        desc=[
            "Kommunaldirektøren og de tre direktører leder Skovlund Kommune sammen og har "
            "ansvaret for, at byrådets beslutninger bliver til virkelighed ude i enhederne."
        ],
        more=[
            "Vi har sat samskabelse og tværgående samarbejde øverst på dagsordenen, og vi "
            "besøger selv en ny enhed hver måned for at se, hvordan hverdagen ser ud."
        ],
        knowledge=["strategisk ledelse", "politisk betjening", "kommunens budget"],
        tasks=[
            "Ny sammenhængsstrategi 2027 | Strategien skal gøre det lettere for borgere med "
            "mange sager at møde én samlet kommune.",
            "Ledelsesgrundlag i øjenhøjde | Vi skriver ledelsesgrundlaget om sammen med 40 "
            "ledere fra alle områder.",
        ],
        kle=["00.01", "00.22"],
        staff=["Direktør", "Chefkonsulent", "Direktionssekretær"],
        leader="Kommunaldirektør",
        size=2,
    ),
    "sekretariat": P(
        desc=[
            "Sekretariatet betjener borgmesteren, byrådet og direktionen. Vi sørger for "
            "dagsordener, referater og for at sagerne hænger sammen på tværs af udvalgene."
        ],
        more=[
            "Hvis du skal skrive en sag til et politisk udvalg for første gang, hjælper vi "
            "gerne med skabelonen og med at få sproget klart."
        ],
        knowledge=[
            "sagsfremstillinger til byrådet",
            "mødeplanlægning for udvalg",
            "borgmesterens kalender",
            "aktindsigt",
        ],
        tasks=[
            "Nye skabeloner til politiske sager | Kortere sager med et resumé øverst, så "
            "politikerne hurtigt kan se, hvad de skal tage stilling til.",
            "Byrådets temadag om unge | Vi planlægger dagen sammen med Ungdomsskolen og "
            "Den Kommunale Ungeindsats.",
        ],
        offers=["Vi læser gerne korrektur på en sag, inden den går til udvalget"],
        kle=["00.01", "00.05"],
        staff=[
            "Chefkonsulent",
            "Direktionssekretær",
            "Specialkonsulent",
            "Administrativ medarbejder",
        ],
        leader="Sekretariatschef",
        size=4,
    ),
    "hr": P(
        desc=[
            "HR og Arbejdsmiljø hjælper ledere og medarbejdere med alt fra rekruttering og "
            "sygefravær til trivselsmålinger og lederudvikling. Vi er også sekretariat for "
            "Hovedudvalget."
        ],
        more=[
            "Vi tror på, at de bedste løsninger på arbejdsmiljøet findes tæt på hverdagen, "
            "så vi kommer hellere ud til jer end omvendt."
        ],
        knowledge=[
            "lederudvikling",
            "sygefraværssamtaler",
            "psykisk arbejdsmiljø",
            "rekruttering og onboarding",
            "APV",
            "krydstræning for ledere",
        ],
        tasks=[
            "Krydstræning mellem ledere | Ledere fra forskellige områder besøger hinanden i "
            "små grupper og lærer af hinandens praksis.",
            "Ny trivselsmåling | Vi afprøver en kort pulsmåling hver tredje måned i stedet for "
            "den store måling hvert andet år.",
            "Rekrutteringskampagne for sosu-elever | Sammen med plejecentrene og "
            "hjemmeplejen laver vi en kampagne rettet mod unge og voksne karriereskiftere.",
        ],
        offers=[
            "Vi holder gerne en temadag om trivsel og arbejdsglæde for jeres personalegruppe",
            "Sparring til nye ledere i deres første år",
        ],
        kle=["81.01", "81.18", "81.26"],
        staff=["HR-konsulent", "HR-konsulent", "Arbejdsmiljøkonsulent", "HR-partner"],
        leader="HR-chef",
        size=5,
    ),
    "loen": P(
        desc=[
            "Vi udbetaler løn til kommunens ansatte, registrerer fravær og svarer på spørgsmål "
            "om ferie, pension og overenskomster."
        ],
        knowledge=["lønsystemet", "ferieloven", "overenskomster", "fraværsregistrering"],
        tasks=[
            "Digital vagtplan og løn i samme system | Vagtplanerne i ældreplejen skal kunne "
            "sende tillæg direkte til lønnen, så ingen skal taste dem to gange.",
        ],
        offers=["Vi kommer gerne ud og gennemgår lønsedlen på et personalemøde"],
        kle=["81.03", "81.04"],
        staff=["Lønkonsulent", "Lønkonsulent", "Personalekonsulent"],
        leader="Teamleder",
        size=4,
    ),
    "innovation": P(
        desc=[
            "Innovation og Samskabelse hjælper enheder, borgere og foreninger med at få idéer "
            "fra tanke til prøvehandling. Vi bruger KL's model for bruger- og medarbejderdreven "
            "innovation og står bag Tråde, krydstræningen og kommunens innovationspulje."
        ],
        more=[
            "Vi har ingen færdige løsninger med, men vi er gode til at stille spørgsmål, "
            "facilitere workshops og finde dem, der har prøvet noget lignende før."
        ],
        knowledge=[
            "prøvehandlinger",
            "designsprint",
            "samskabelse med borgere",
            "facilitering af workshops",
            "KL's innovationsmodel",
            "evaluering af forsøg",
        ],
        tasks=[
            "Tråde i hele kommunen | Alle enheder skal have et opdateret visitkort, og vi "
            "følger med i, om trådene mellem områderne bliver flere.",
            "Innovationspuljen 2027 | Vi fordeler 1,2 mio. kr. til små forsøg, hvor mindst to "
            "områder arbejder sammen.",
            "Lederforum om mod og fejl | Et halvt års forløb, hvor lederne deler forsøg, der "
            "ikke gik som ventet, og hvad de lærte af dem.",
        ],
        offers=[
            "Vi faciliterer et designsprint på to dage",
            "Hjælp til at skrive en udfordring, så andre forstår den",
        ],
        kle=["00.01", "85.02"],
        staff=[
            "Innovationskonsulent",
            "Innovationskonsulent",
            "Procesleder",
            "Studentermedhjælper",
        ],
        leader="Innovationschef",
        size=4,
    ),
    "oekonomi": P(
        desc=[
            "Økonomi og Analyse lægger budgettet sammen med direktionen og hjælper ledere med "
            "at følge deres økonomi. Vi laver også analyser af, hvad indsatserne koster og "
            "giver."
        ],
        knowledge=["budgetopfølgning", "ledelsesinformation", "dataanalyse", "Power BI"],
        tasks=[
            "Ledelsesinformation på én side | Hver leder får et overblik over økonomi, fravær "
            "og aktivitet, der kan læses på to minutter.",
            "Budget 2027 | Budgetprocessen med høringer i alle områder.",
        ],
        offers=["Vi hjælper gerne med at sætte tal på, hvad et forsøg har sparet eller kostet"],
        kle=["00.30", "00.32"],
        staff=["Økonomikonsulent", "Økonomikonsulent", "Analytiker", "Controller"],
        leader="Økonomichef",
        size=5,
    ),
    "digital": P(
        desc=[
            "Digitalisering og IT driver kommunens systemer og hjælper enhederne med at tage "
            "ny teknologi i brug, når den faktisk gør hverdagen lettere."
        ],
        more=[
            "Vi afprøver helst nye løsninger sammen med de medarbejdere, der skal bruge dem, "
            "før vi køber dem til hele kommunen."
        ],
        knowledge=[
            "velfærdsteknologi",
            "informationssikkerhed",
            "selvbetjeningsløsninger",
            "robotter til administrative opgaver",
            "brugertest",
        ],
        tasks=[
            "Sikker brug af kunstig intelligens | Vi skriver enkle retningslinjer og afprøver "
            "et sprogværktøj i tre administrative enheder.",
            "Nye telefoner til hjemmeplejen | Udskiftning og oplæring af 300 medarbejdere.",
        ],
        offers=["Lån af tablets og testudstyr til et forsøg", "Hjælp til at vurdere en ny app"],
        kle=["85.02", "85.04"],
        staff=["IT-supporter", "IT-supporter", "Digitaliseringskonsulent", "Systemadministrator"],
        leader="Digitaliseringschef",
        size=6,
    ),
    "kommunikation": P(
        desc=[
            "Kommunikation skriver til borgerne på hjemmesiden og i sociale medier og hjælper "
            "enhederne med at fortælle om deres arbejde i et sprog, alle kan forstå."
        ],
        knowledge=["klart sprog", "sociale medier", "krisekommunikation", "pressekontakt"],
        tasks=[
            "Klart sprog i breve til borgere | Vi skriver de 30 mest brugte standardbreve om "
            "sammen med sagsbehandlerne.",
        ],
        offers=[
            "Skrivekursus for jeres medarbejdere på to timer",
            "Vi filmer gerne en kort video om jeres prøvehandling",
        ],
        kle=["00.07"],
        staff=["Kommunikationskonsulent", "Kommunikationskonsulent", "Webredaktør", "Fotograf"],
        leader="Kommunikationschef",
        size=3,
    ),
    "jura": P(
        desc=[
            "Jura og Indkøb rådgiver om forvaltningsret, persondata og udbud og sørger for, at "
            "kommunens aftaler med leverandører holder."
        ],
        knowledge=["forvaltningsret", "GDPR og persondata", "udbud", "indkøbsaftaler"],
        tasks=[
            "Nye indkøbsaftaler for fødevarer | Mere lokalt og økologisk, uden at prisen "
            "stiger for plejecentrene og dagtilbuddene.",
        ],
        offers=["Hurtig juridisk sparring, før I sender et svar til en borger"],
        kle=["00.03", "82.02"],
        staff=["Jurist", "Jurist", "Indkøbskonsulent", "Databeskyttelsesrådgiver"],
        leader="Chefjurist",
        size=4,
    ),
    "forvaltning_boern": P(
        desc=[
            "Børne- og Ungeforvaltningen har ansvaret for dagtilbud, skoler, klubber og "
            "støtten til familier i Skovlund Kommune, fra fødslen til det unge voksenliv."
        ],
        knowledge=["sammenhæng for børn og unge", "tidlig indsats", "børnepolitik"],
        tasks=[
            "Én plan for barnet | Familier med flere indsatser skal kun have én plan og én "
            "fast kontakt.",
        ],
        kle=["17.01", "28.00"],
        staff=["Direktør", "Chefkonsulent"],
        leader="Børne- og ungedirektør",
        size=1,
    ),
    "sekretariat_boern": P(
        desc=[
            "Sekretariatet er bindeled mellem Børne- og Ungeudvalget og de mange institutioner. "
            "Vi laver analyser af elevtal og pladsbehov og hjælper med kvalitetsrapporten."
        ],
        knowledge=["prognoser for børnetal", "kvalitetsrapport", "udvalgsbetjening"],
        tasks=[
            "Pladsprognose for dagtilbud | Børnetallet stiger i Ellerup og falder i Tornbæk; "
            "vi regner på, hvad det betyder for pladserne.",
        ],
        kle=["17.01", "28.01"],
        staff=["Specialkonsulent", "Analysekonsulent", "Administrativ medarbejder"],
        leader="Sekretariatschef",
        size=3,
    ),
    "center_dagtilbud": P(
        desc=[
            "Center for Dagtilbud leder kommunens børnehuse, vuggestuer og dagplejen og "
            "hjælper dem med pædagogisk udvikling, pladsanvisning og sprogarbejde."
        ],
        knowledge=["den styrkede pædagogiske læreplan", "sprogvurderinger", "pladsanvisning"],
        tasks=[
            "Minimumsnormeringer i praksis | Vi følger op på, hvordan de nye normeringer bliver "
            "brugt i hverdagen.",
            "Sprogpakke for alle dagtilbud | Fælles materialer og kurser om børns sprog.",
        ],
        offers=["Vores sprogkonsulent kommer gerne ud på et personalemøde"],
        kle=["28.01"],
        staff=["Pædagogisk konsulent", "Sprogkonsulent", "Pladsanviser"],
        leader="Dagtilbudschef",
        size=3,
    ),
    "center_skole": P(
        desc=[
            "Center for Skole understøtter folkeskolerne, specialskolen, ungdomsskolen og "
            "klubberne med pædagogisk udvikling, elevtal, inklusion og skolebestyrelser."
        ],
        knowledge=["inklusion", "skolestruktur", "læsning", "fravær i skolen"],
        tasks=[
            "Mindre skolefravær | Fælles indsats på alle skoler for elever med højt fravær.",
            "Bedre overgang fra børnehave til skole | Et fælles årshjul for dagtilbud og skoler.",
        ],
        offers=["Sparring om elever med bekymrende fravær"],
        kle=["17.01", "17.02"],
        staff=["Pædagogisk konsulent", "Skolekonsulent", "Administrativ medarbejder"],
        leader="Skolechef",
        size=3,
    ),
    "center_familie": P(
        desc=[
            "Center for Familie og Forebyggelse samler familierådgivningen, Familiehuset, "
            "sundhedsplejen, PPR og tandplejen, så hjælpen til børn og familier hænger sammen."
        ],
        knowledge=["Barnets Lov", "tidlig opsporing", "forebyggelse"],
        tasks=[
            "Barnets Lov i praksis | Vi arbejder med at inddrage børnene mere i deres egne sager.",
        ],
        kle=["27.24", "28.00"],
        staff=["Fagkonsulent", "Administrativ medarbejder"],
        leader="Familiechef",
        size=2,
    ),
    "forvaltning_omsorg": P(
        desc=[
            "Sundheds- og Omsorgsforvaltningen har ansvaret for plejecentre, hjemmepleje, "
            "sygepleje, træning og forebyggelse. Vi vil et godt liv for ældre borgere, også "
            "når de har brug for hjælp."
        ],
        knowledge=["ældrepolitik", "sundhedsaftalen", "rekruttering i ældreplejen"],
        tasks=[
            "Den nye ældrelov | Vi forbereder overgangen til helhedspleje og mere "
            "selvbestemmelse for borgerne.",
        ],
        kle=["27.00", "29.00"],
        staff=["Direktør", "Chefkonsulent"],
        leader="Sundheds- og omsorgsdirektør",
        size=1,
    ),
    "center_pleje": P(
        desc=[
            "Center for Pleje og Omsorg leder plejecentrene, hjemmeplejen og sygeplejen og "
            "sørger for, at de arbejder sammen om borgere, der flytter mellem dem."
        ],
        knowledge=["helhedspleje", "vagtplanlægning", "kvalitet i plejen"],
        tasks=[
            "Faste teams om borgeren | Færre forskellige hjælpere i hjemmet hos den enkelte "
            "borger.",
        ],
        offers=["Vi fortæller gerne om vores erfaringer med selvstyrende teams"],
        kle=["27.12", "27.16"],
        staff=["Udviklingskonsulent", "Kvalitetskonsulent", "Administrativ medarbejder"],
        leader="Plejechef",
        size=3,
    ),
    "center_sundhed": P(
        desc=[
            "Center for Sundhed og Træning samler genoptræning, rehabilitering, hjælpemidler, "
            "demensindsatsen og de forebyggende tilbud i Sundhedscentret."
        ],
        knowledge=["rehabilitering", "forebyggelse", "sundhedsfremme"],
        tasks=[
            "Træning tættere på borgerne | Vi flytter noget af træningen ud i lokalområderne "
            "og i borgernes egne hjem.",
        ],
        kle=["29.01", "27.36"],
        staff=["Udviklingskonsulent", "Administrativ medarbejder"],
        leader="Sundhedschef",
        size=2,
    ),
    "forvaltning_social": P(
        desc=[
            "Social- og Handicapforvaltningen hjælper voksne med handicap, psykisk sårbarhed "
            "eller misbrug til at leve et så selvstændigt liv som muligt."
        ],
        knowledge=["serviceloven", "recovery", "socialpolitik"],
        tasks=[
            "Fælles faglig retning | Vi arbejder med recovery og rehabilitering på alle tilbud.",
        ],
        kle=["27.00"],
        staff=["Direktør", "Chefkonsulent"],
        leader="Social- og handicapdirektør",
        size=1,
    ),
    "center_handicap": P(
        desc=[
            "Center for Voksne med Handicap leder bostederne, værkstedet og bostøtten for "
            "voksne med udviklingshandicap og fysiske handicap."
        ],
        knowledge=["udviklingshandicap", "magtanvendelse", "pædagogisk praksis på bosteder"],
        tasks=[
            "Færre magtanvendelser | Fælles uddannelse i low arousal på alle bosteder.",
        ],
        kle=["27.20"],
        staff=["Fagkonsulent", "Administrativ medarbejder"],
        leader="Centerchef",
        size=2,
    ),
    "center_psykiatri": P(
        desc=[
            "Socialpsykiatrien tilbyder støtte, fællesskab og botilbud til voksne med psykiske "
            "vanskeligheder, med recovery som fælles grundtanke."
        ],
        knowledge=["recovery", "peerstøtte", "samarbejde med regionspsykiatrien"],
        tasks=[
            "Flere peermedarbejdere | Vi ansætter medarbejdere med egen erfaring med psykisk "
            "sygdom i alle tilbud.",
        ],
        kle=["27.20", "27.21"],
        staff=["Fagkonsulent", "Socialpædagog"],
        leader="Centerchef",
        size=2,
    ),
    "forvaltning_job": P(
        desc=[
            "Beskæftigelsesforvaltningen arbejder for, at flere borgere kommer i job eller "
            "uddannelse, og at virksomhederne kan få den arbejdskraft, de mangler."
        ],
        knowledge=["beskæftigelsespolitik", "samarbejde med virksomheder", "refusion"],
        tasks=[
            "Beskæftigelsesreformen | Vi omlægger indsatsen efter de nye regler for jobcentrene.",
        ],
        kle=["15.00"],
        staff=["Direktør", "Chefkonsulent"],
        leader="Beskæftigelsesdirektør",
        size=1,
    ),
    "jobcenter": P(
        address="Stationsvej 2",
        desc=[
            "Jobcenter Skovlund hjælper ledige, sygemeldte og unge videre mod job og "
            "uddannelse. Vi har seks teams og holder til i den gamle stationsbygning i Skovlund."
        ],
        knowledge=["jobcenterets teams", "samtaler med ledige", "virksomhedspraktik"],
        tasks=[
            "Mere tid til samtaler | Vi fjerner dobbeltregistreringer, så rådgiverne får mere "
            "tid med borgerne.",
        ],
        kle=["15.00", "15.20"],
        staff=["Administrativ medarbejder", "Receptionist", "Fagkonsulent"],
        leader="Jobcenterchef",
        size=3,
    ),
    "forvaltning_teknik": P(
        desc=[
            "Teknik- og Miljøforvaltningen tager sig af veje, parker, natur, byggeri, planer, "
            "klimatilpasning, affald og kommunens bygninger."
        ],
        knowledge=["anlægsprojekter", "klimaplan", "kommunens bygninger"],
        tasks=[
            "Klimaplan 2030 | Vi samler indsatserne for at mindske CO2 og tilpasse os mere regn.",
        ],
        kle=["01.00", "05.00"],
        staff=["Direktør", "Chefkonsulent"],
        leader="Teknik- og miljødirektør",
        size=1,
    ),
    "center_vej": P(
        desc=[
            "Vej og Park har ansvaret for kommunens veje, stier, pladser, parker og "
            "vintertjeneste, fra planlægning til den daglige drift."
        ],
        knowledge=["vintertjeneste", "vejvedligehold", "grønne områder"],
        tasks=[
            "Ny vejstrategi | Vi prioriterer, hvilke veje der skal have nyt slidlag de næste "
            "fem år.",
        ],
        kle=["05.01", "05.04"],
        staff=["Ingeniør", "Administrativ medarbejder"],
        leader="Vej- og parkchef",
        size=2,
    ),
    "center_byg": P(
        desc=[
            "Byggeri og Plan behandler byggesager og lokalplaner og har ansvaret for, at "
            "kommunen udvikler sig efter kommuneplanen."
        ],
        knowledge=["kommuneplan", "byggeloven", "borgerinddragelse i planer"],
        tasks=[
            "Hurtigere byggesager | Målet er, at en almindelig byggesag højst tager 40 dage.",
        ],
        kle=["01.02", "02.00"],
        staff=["Administrativ medarbejder", "Jurist"],
        leader="Chef for Byggeri og Plan",
        size=2,
    ),
    "forvaltning_kultur": P(
        desc=[
            "Kultur- og Fritidsforvaltningen står for bibliotekerne, borgerservice, "
            "musikskolen, kulturhuset, idrætsfaciliteterne og samarbejdet med foreningerne."
        ],
        knowledge=["kulturpolitik", "foreningsliv", "frivillighed"],
        tasks=[
            "Kultur for alle | Flere børn og unge fra udsatte familier skal deltage i kultur- "
            "og fritidslivet.",
        ],
        kle=["18.00", "20.00"],
        staff=["Direktør", "Chefkonsulent"],
        leader="Kultur- og fritidsdirektør",
        size=1,
    ),
    "center_bibliotek": P(
        desc=[
            "Skovlund Bibliotekerne består af Hovedbiblioteket og tre lokale biblioteker. Vi "
            "vil være byens fælles stue, også for dem der ikke læser bøger."
        ],
        knowledge=["åbne biblioteker", "læselyst", "biblioteket som mødested"],
        tasks=[
            "Længere åbent i lokalbibliotekerne | Selvbetjent åbent fra 7 til 22 alle ugens dage.",
        ],
        kle=["20.02"],
        staff=["Bibliotekar", "Administrativ medarbejder"],
        leader="Bibliotekschef",
        size=2,
    ),
}
