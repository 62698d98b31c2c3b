"""Profiles for Teknik og Miljø and for Kultur, Fritid og Borgerservice."""

from .base import P

PROFILES = {
    "driftsgaard": P(
        desc=[
            "Driftsgården er base for vejfolk, gartnere og mekanikere. Herfra kører vi ud til "
            "veje, parker, kirkegårde og legepladser i hele kommunen."
        ],
        knowledge=["maskinpark", "arbejdsmiljø i marken", "vinterberedskab"],
        tasks=["Elektriske maskiner | Vi skifter de små maskiner til batteri."],
        offers=["Lån af trailer og havemaskiner til en arbejdsdag"],
        kle=["05.01"],
        staff=["Mekaniker", "Værkfører", "Administrativ medarbejder"],
        leader="Driftsleder",
        size=3,
    ),
    "vejteam": P(
        desc=[
            "{name} holder veje, fortove og stier omkring {town}. Vi lapper huller, skifter "
            "skilte og rydder sne om vinteren.",
            "Vi er et hold vejarbejdere, der kender hver en grøft og hvert vejskilt omkring "
            "{town}.",
            "{name} passer omkring {n} kilometer vej og har base i {town}.",
        ],
        more=[
            "Om vinteren kører vi vintertjeneste i skiftehold fra klokken 3 om natten.",
            "Vi får mange henvendelser fra borgerne gennem appen og prøver at svare samme dag.",
        ],
        knowledge=[
            "vintertjeneste",
            "huller i vejen",
            "afvanding",
            "skiltning",
            "arbejde ved vej",
            "kantklipning",
        ],
        tasks=[
            "Huller repareres inden for en uge | Fra borgerens besked til hullet er lappet.",
            "Skilteeftersyn | Vi gennemgår alle skilte i området.",
            "Rabatter med vilde blomster | Vi slår rabatterne sjældnere.",
        ],
        offers=["Vi kommer gerne ud og fortæller børn om trafiksikkerhed"],
        kle=["05.01", "05.04"],
        staff=["Vejarbejder", "Vejarbejder", "Vejarbejder", "Maskinfører", "Chauffør"],
        leader="Formand",
        size=6,
        n=(140, 260),
    ),
    "park": P(
        desc=[
            "Parkteamet passer byens parker, legepladser, kirkegårde og de grønne områder ved "
            "skoler og institutioner."
        ],
        knowledge=["biodiversitet", "legepladssikkerhed", "træpleje", "vilde blomster"],
        tasks=[
            "Mere vild natur | 20 procent af græsplænerne bliver til blomstereng.",
            "Legepladseftersyn | Alle kommunens legepladser efterses.",
        ],
        offers=["Råd om plantning af træer og buske ved jeres institution"],
        kle=["04.02"],
        staff=["Gartner", "Gartner", "Anlægsgartner", "Gartnerelev"],
        leader="Formand",
        size=6,
    ),
    "trafik": P(
        desc=[
            "Trafik og Veje planlægger nye veje, cykelstier og trafiksikkerhed og behandler "
            "ansøgninger om at grave i vejen."
        ],
        knowledge=["trafiksikkerhed", "cykelstier", "gravetilladelser", "skoleveje"],
        tasks=["Sikre skoleveje | Nye fodgængerfelter ved tre skoler."],
        offers=["Vi laver gerne en trafiktælling ved jeres institution"],
        kle=["05.01", "05.13"],
        staff=["Trafikplanlægger", "Ingeniør", "Vejmyndighedssagsbehandler"],
        leader="Afdelingsleder",
        size=4,
    ),
    "natur": P(
        desc=[
            "Natur og Miljø passer på natur, grundvand og vandløb og fører tilsyn med "
            "landbrug og virksomheder."
        ],
        knowledge=["grundvand", "vandløb", "miljøtilsyn", "naturpleje", "invasive arter"],
        tasks=["Naturpleje med græssende dyr | Køer og får på kommunens enge."],
        offers=["Vi tager gerne skoleklasser med ud at undersøge vandløb"],
        kle=["06.00", "09.00"],
        staff=["Biolog", "Miljømedarbejder", "Landbrugskonsulent"],
        leader="Afdelingsleder",
        size=4,
    ),
    "byggesag": P(
        desc=[
            "Byggesager behandler ansøgninger om at bygge, rive ned og ændre bygninger og "
            "svarer borgere og håndværkere på spørgsmål om regler."
        ],
        knowledge=["byggetilladelser", "bygningsreglementet", "BBR"],
        tasks=["Telefontid hver dag | Borgere kan ringe og få svar samme dag."],
        kle=["02.00"],
        staff=["Byggesagsbehandler", "Bygningskonstruktør", "Administrativ medarbejder"],
        leader="Afdelingsleder",
        size=5,
    ),
    "plan": P(
        desc=[
            "Plan og Udvikling laver kommuneplan og lokalplaner og inviterer borgerne med, "
            "når byerne skal udvikle sig."
        ],
        knowledge=["lokalplaner", "borgermøder", "landsbyudvikling", "byfornyelse"],
        tasks=[
            "Ny plan for Fjordby havn | Borgerne er med til at bestemme, hvad havnen skal "
            "bruges til."
        ],
        offers=["Vi hjælper gerne med at holde et borgermøde"],
        kle=["01.02", "01.03"],
        staff=["Planlægger", "Planlægger", "Landskabsarkitekt"],
        leader="Afdelingsleder",
        size=4,
    ),
    "klima": P(
        desc=[
            "Klima og Vand arbejder med klimatilpasning, skybrud og kommunens "
            "klimaregnskab. Vi hjælper også borgere, der har fået vand i kælderen."
        ],
        knowledge=["skybrud", "klimatilpasning", "regnvandsbede", "klimaregnskab"],
        tasks=[
            "Regnvandsbede ved skolerne | Vi laver regnvandsbede sammen med eleverne.",
            "Klimaregnskab 2026 | Opgørelse af kommunens CO2-udledning.",
        ],
        offers=["Besøg ved et regnvandsbed, der virker"],
        kle=["06.00", "13.00"],
        staff=["Klimakonsulent", "Ingeniør", "Miljøtekniker"],
        leader="Afdelingsleder",
        size=3,
    ),
    "ejendom": P(
        desc=[
            "Ejendomscentret ejer og vedligeholder kommunens 180 bygninger: skoler, "
            "børnehuse, plejecentre, haller og rådhuset."
        ],
        knowledge=["bygningsdrift", "energirenovering", "indeklima", "solceller"],
        tasks=["Energirenovering af skoler | Nye vinduer og ventilation på to skoler."],
        offers=["Vi måler gerne indeklimaet i jeres lokaler"],
        kle=["82.01", "82.02"],
        staff=["Ejendomskonsulent", "Energikonsulent", "Bygningskonstruktør"],
        leader="Ejendomschef",
        size=4,
    ),
    "pedel": P(
        desc=[
            "Serviceteamet består af pedeller og håndværkere, der klarer de små reparationer "
            "og det daglige tilsyn på kommunens bygninger."
        ],
        knowledge=["småreparationer", "tekniske installationer", "låse og alarmer"],
        tasks=["Fælles pedelordning | Pedellerne dækker nu flere bygninger i samme område."],
        kle=["82.02"],
        staff=["Pedel", "Pedel", "Servicemedarbejder", "Elektriker", "Tømrer"],
        leader="Teamleder",
        size=6,
    ),
    "rengoering": P(
        desc=[
            "Rengøringen gør rent på rådhuset, skolerne og børnehusene. Vi arbejder tidligt om "
            "morgen og sent om eftermiddagen."
        ],
        knowledge=["rengøring", "rengøringsmidler uden parfume", "hygiejne"],
        tasks=["Dagrengøring | Vi gør rent om dagen, så vi møder de andre medarbejdere."],
        kle=["82.02"],
        staff=["Rengøringsassistent", "Rengøringsassistent", "Rengøringsassistent"],
        leader="Rengøringsleder",
        size=7,
    ),
    "affald": P(
        desc=[
            "Affald og Genbrug tilrettelægger affaldsindsamlingen, sorteringen og "
            "genbrugspladserne."
        ],
        knowledge=["affaldssortering", "genbrug", "madaffald", "affaldsregulativ"],
        tasks=[
            "Affaldssortering i institutionerne | Alle børnehuse og skoler sorterer i ti "
            "fraktioner."
        ],
        offers=["Vi kommer gerne og underviser børn i affaldssortering"],
        kle=["07.00"],
        staff=["Affaldskonsulent", "Affaldskonsulent", "Administrativ medarbejder"],
        leader="Afdelingsleder",
        size=3,
    ),
    "genbrugsplads": P(
        desc=[
            "Genbrugspladsen Tornbæk modtager affald fra borgere og små virksomheder og har en "
            "byttestation, hvor ting får et nyt liv."
        ],
        knowledge=["byttestation", "farligt affald", "sortering på pladsen"],
        tasks=["Større byttestation | Byttestationen får sit eget hus."],
        offers=["Institutioner kan hente materialer til kreative projekter i byttestationen"],
        kle=["07.00"],
        staff=["Pladsmand", "Pladsmand", "Genbrugsmedarbejder"],
        leader="Pladsformand",
        size=3,
    ),
    "bibliotek": P(
        desc=[
            "{name} er åbent alle dage fra 7 til 22, med personale i dagtimerne. Vi har "
            "omkring {n} besøg om året.",
            "{name} ligger midt i {town} og er både bibliotek, studieplads og mødested for "
            "foreninger.",
            "Hos os i {name} kommer omkring {n} gæster om året. Vi har en stor børneafdeling "
            "og en læsesal med udsigt over vandet.",
            "{name} er et lille bibliotek med en stor stamkundekreds og en strikkeklub, der "
            "har mødtes her i 20 år.",
        ],
        more=[
            "Vi har en stille café om torsdagen, hvor man kan være sammen uden at skulle sige "
            "noget.",
            "Vi hjælper borgere med digital post, MitID og selvbetjening.",
            "Vi holder sprogcafé for borgere, der vil øve sig i dansk.",
            "Vi har et makerspace med 3D-printer og symaskiner.",
            "Vi har lektiecafé for skoleelever tre eftermiddage om ugen.",
        ],
        knowledge=[
            "læselyst hos børn",
            "digital hjælp til borgere",
            "sprogcafé",
            "lektiecafé",
            "makerspace",
            "arrangementer og foredrag",
            "lokalhistorie",
            "biblioteket som mødested",
        ],
        tasks=[
            "Læseklub for drenge | Læseklub for drenge i 4.-6. klasse.",
            "Digital hjælp til ældre | Kurser i MitID og digital post for ældre borgere.",
            "Stille torsdag | En aften om ugen med ro og plads til dem, der ikke vil tale.",
            "Bogbus til plejecentrene | Vi kører bøger ud til plejecentrene.",
        ],
        offers=[
            "Lån af mødelokaler om aftenen",
            "Vi sammensætter gerne en bogkasse til jeres institution",
            "Hjælp til borgere med MitID",
        ],
        kle=["20.02"],
        staff=["Bibliotekar", "Bibliotekar", "Kulturformidler", "Biblioteksassistent"],
        leader="Biblioteksleder",
        size=6,
        n=(30000, 120000),
    ),
    "borgerservice": P(
        address="Torvet 3",
        desc=[
            "Borgerservice hjælper borgere med pas, kørekort, sygesikring, pension og digital "
            "selvbetjening i Borgerservicehuset ved Torvet."
        ],
        knowledge=["pas og kørekort", "folkepension", "MitID", "digital selvbetjening"],
        tasks=["Tidsbestilling | Alle kan bestille tid, så ingen skal vente i kø."],
        offers=["Vi underviser gerne jeres borgere i MitID"],
        kle=["23.00"],
        staff=["Borgerservicemedarbejder", "Borgerservicemedarbejder", "Pensionsrådgiver"],
        leader="Borgerservicechef",
        size=6,
    ),
    "musikskole": P(
        desc=[
            "Skovlund Musikskole underviser 700 børn og unge i instrumenter, sang og "
            "sammenspil, og vi spiller ude på skoler og plejecentre."
        ],
        knowledge=["musikundervisning", "kor", "musik og demens", "sammenspil"],
        tasks=["Musik på plejecentrene | Elever spiller for beboerne en gang om måneden."],
        offers=["Elever spiller gerne til jeres arrangement"],
        kle=["20.09"],
        staff=["Musikskolelærer", "Musikskolelærer", "Musikskolelærer"],
        leader="Musikskoleleder",
        size=5,
    ),
    "kulturhus": P(
        address="Remisevej 1",
        desc=[
            "Kulturhuset Remisen ligger i den gamle togremise og har koncertsal, "
            "øvelokaler og café. Vi holder 200 arrangementer om året."
        ],
        knowledge=["koncerter", "kulturarrangementer", "frivillige i kulturen", "lokaleudlejning"],
        tasks=["Ung kultur | Unge arrangører får deres egen scene hver måned."],
        offers=["Lån af scene og lydanlæg til et arrangement"],
        kle=["20.00"],
        staff=["Kulturmedarbejder", "Tekniker", "Caféansvarlig"],
        leader="Kulturhusleder",
        size=3,
    ),
    "fritid": P(
        desc=[
            "Fritid og Idræt hjælper foreningerne, fordeler lokaler og haller og giver tilskud "
            "til foreningslivet."
        ],
        knowledge=["foreningsstøtte", "lokalefordeling", "folkeoplysning", "idrætsfaciliteter"],
        tasks=["Flere børn i foreninger | Kontingentstøtte til familier med lav indkomst."],
        offers=["Vi hjælper gerne med at finde en forening, der vil samarbejde"],
        kle=["18.00"],
        staff=["Fritidskonsulent", "Administrativ medarbejder"],
        leader="Afdelingsleder",
        size=3,
    ),
    "svoemmehal": P(
        desc=[
            "Skovlund Svømmehal har et 25-meter bassin, et varmtvandsbassin og saunaer. "
            "Skolerne har svømning her om formiddagen."
        ],
        knowledge=["svømmeundervisning", "varmtvandstræning", "livredning"],
        tasks=["Svømning for voksne nybegyndere | Hold for voksne, der aldrig har lært at svømme."],
        offers=["Varmtvandsbassinet kan lejes til træning"],
        kle=["18.00"],
        staff=["Svømmeinstruktør", "Livredder", "Servicemedarbejder"],
        leader="Svømmehalsleder",
        size=4,
    ),
    "arkiv": P(
        desc=[
            "Lokalhistorisk Arkiv samler billeder, breve og fortællinger fra hele kommunen. "
            "Arkivet drives af to ansatte og 25 frivillige."
        ],
        knowledge=["lokalhistorie", "erindringer", "gamle fotografier", "slægtsforskning"],
        tasks=["Erindringsværksted | Beboere på plejecentrene fortæller om gamle billeder."],
        offers=["Vi kommer gerne med gamle billeder til en erindringsstund"],
        kle=["20.07"],
        staff=["Arkivar", "Arkivmedarbejder"],
        leader="Arkivleder",
        size=2,
    ),
    "frivillig": P(
        desc=[
            "Frivilligcenter Skovlund formidler frivillige til foreninger og kommunale "
            "institutioner og hjælper nye foreninger i gang."
        ],
        knowledge=["rekruttering af frivillige", "samarbejde med foreninger", "besøgsvenner"],
        tasks=["Besøgsvenner til unge | Frivillige besøgsvenner for ensomme unge."],
        offers=["Vi hjælper jer med at finde og fastholde frivillige"],
        kle=["18.00"],
        staff=["Frivilligkoordinator", "Frivilligkoordinator"],
        leader="Leder af Frivilligcentret",
        size=2,
    ),
}
