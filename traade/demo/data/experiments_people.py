"""Prøvehandlinger in Børn og Unge, Sundhed og Omsorg and Social og Handicap."""

from .base import E

EXPERIMENTS = [
    # -- Sundhed og Omsorg -------------------------------------------------------------------
    E(
        "vr-ture",
        "plejecenter",
        "done partly test",
        "VR-ture for beboere, der ikke længere kommer ud",
        why="Flere beboere savnede steder, de ikke længere kan komme til: sommerhuset, "
        "havnen, kirken hvor de blev gift.",
        what="Vi lånte to VR-briller af Digitalisering og IT og tog beboerne med på korte "
        "ture, som de selv valgte. En medarbejder sad ved siden af hele tiden.",
        learning="Ture på fem til ti minutter virker bedst. Beboere med demens blev nogle "
        "gange utrygge, fordi de ikke kunne se deres egne hænder. Samtalen bagefter var "
        "mindst lige så vigtig som selve turen.",
        tags=["velfærdsteknologi", "livskvalitet", "demens"],
        partners=["Skovlund Bibliotekerne"],
        also=["digital"],
    ),
    E(
        "maaltidsvaert",
        "plejecenter",
        "done worked realise",
        "Medarbejderne spiser med ved middagen",
        why="Beboerne spiste for lidt, og mange sad tavse ved bordet. Medarbejderne hentede "
        "og bar, men satte sig aldrig.",
        what="Ved hvert bord sad en medarbejder som vært og spiste den samme mad. Opvask og "
        "oprydning blev flyttet til efter måltidet.",
        learning="Beboerne spiste mere og blev længere ved bordet. Det krævede, at lederen "
        "sagde klart, at det at spise med er arbejde. Nu gør vi det hver dag.",
        tags=["måltider", "ernæring", "fællesskab"],
    ),
    E(
        "robotstoevsuger",
        "plejecenter",
        "done did_not_work test",
        "Robotstøvsugere i beboernes lejligheder",
        why="Vi ville frigøre tid fra rengøring til samvær med beboerne.",
        what="Otte lejligheder fik en robotstøvsuger, der kørte om formiddagen.",
        learning="Lejlighederne var for fyldte med møbler, tæpper og ledninger til, at "
        "robotterne kunne komme rundt, og to beboere blev bange for dem. Vi stoppede efter "
        "tre måneder. Vil man prøve det, skal man vælge fællesarealer først.",
        tags=["velfærdsteknologi", "rengøring"],
        partners=["Leverandør af rengøringsrobotter"],
    ),
    E(
        "sansehave",
        "plejecenter",
        "done worked realise",
        "Sansehave, som beboere med demens selv kan gå ud i",
        why="Beboere i den skærmede enhed var urolige om eftermiddagen og ville ud, men "
        "haven var ikke sikker.",
        what="Sammen med Parkteamet og pårørende byggede vi en lukket have med dufte, "
        "højbede og en sti, der fører tilbage til døren.",
        learning="Uro og vandring om eftermiddagen faldt tydeligt. Stien i en løkke er det "
        "vigtigste: ingen blindgyder. Parkteamet havde viden, vi slet ikke havde selv.",
        tags=["demens", "sansehave", "uro"],
        partners=["Pårørenderådet"],
        also=["park"],
    ),
    E(
        "saengesensor",
        "plejecenter",
        "running unknown test",
        "Sensorer i sengen i stedet for natlige tilsyn",
        why="Beboerne blev vækket af tilsyn om natten, også når de sov godt.",
        what="Tolv beboere har fået en sensor under madrassen, der giver besked, hvis de står "
        "op eller er urolige. Nattevagten går kun ind, når der er brug for det.",
        tags=["velfærdsteknologi", "søvn", "nattevagt"],
    ),
    E(
        "boern-besoeg",
        "plejecenter",
        "done worked realise",
        "Børnehavebørn på besøg hver torsdag",
        why="Beboerne savnede liv og børn omkring sig.",
        what="En gruppe børn fra børnehuset ved siden af kommer hver torsdag. De synger, "
        "spiller spil og spiser frugt med beboerne.",
        learning="Det virker for begge parter, men kun når det er de samme børn og de samme "
        "beboere hver gang, så de lærer hinanden at kende. Ét fast tidspunkt er nok.",
        tags=["generationer", "fællesskab", "livskvalitet"],
        also=["dagtilbud"],
    ),
    E(
        "paaroerende-app",
        "plejecenter",
        "stopped did_not_work test",
        "App til beskeder mellem pårørende og personale",
        why="Pårørende ringede ofte for at høre, hvordan det gik, og telefonen forstyrrede i "
        "plejen.",
        what="Vi prøvede en app, hvor personalet skrev korte beskeder og lagde billeder op.",
        learning="Personalet nåede ikke at skrive, og de pårørende blev mere bekymrede, når "
        "der ikke kom beskeder. Vi holder i stedet en fast telefontid hver eftermiddag, "
        "hvilket virker bedre.",
        tags=["pårørende", "kommunikation", "velfærdsteknologi"],
    ),
    E(
        "musik-demens",
        "plejecenter",
        "done worked realise",
        "Musik før plejen til beboere med demens",
        why="Nogle beboere med demens modsatte sig hjælp til bad og påklædning.",
        what="Sammen med pårørende lavede vi en spilleliste for hver beboer, som blev spillet "
        "i ti minutter, før vi gav hjælp.",
        learning="Plejesituationerne blev roligere, og medarbejderne brugte musikken også "
        "ved uro om aftenen. Det tager tid at finde den rigtige musik; de pårørende er "
        "nøglen.",
        tags=["demens", "musik", "pleje"],
        also=["musikskole"],
    ),
    E(
        "nattevagt-kamera",
        "nattevagt",
        "done partly realise",
        "Kamerabesøg om natten",
        why="Borgere blev vækket, når nattevagten kom for at se, om de havde det godt.",
        what="Borgere, der selv ønskede det, fik et kamera, som nattevagten kunne tænde på "
        "aftalte tidspunkter.",
        learning="Borgerne sov bedre, og vi sparede kørsel. Men flere borgere sagde nej tak, "
        "og det skal respekteres. Kameraet skal være et tilbud, aldrig et krav.",
        tags=["velfærdsteknologi", "søvn", "nattevagt"],
    ),
    E(
        "elcykler",
        "hjemmepleje_team",
        "running unknown test",
        "Elcykler i stedet for biler på korte ruter",
        why="Det tager lang tid at finde parkering i byen, og bilerne står stille meget af dagen.",
        what="Fire medarbejdere kører morgenruten på elcykel med taske. Vi måler tid, "
        "sygefravær og hvad medarbejderne synes.",
        tags=["transport", "klima", "arbejdsmiljø"],
        also=["klima"],
    ),
    E(
        "tavlemoede",
        "hjemmepleje_team",
        "done worked realise",
        "Tavlemøde om borgere, der bliver dårligere",
        why="Vi opdagede for sent, når en borger var ved at blive syg, og borgerne blev "
        "indlagt med ting, der kunne have været klaret hjemme.",
        what="Ti minutters tavlemøde hver morgen, hvor borgerne er markeret med grøn, gul "
        "eller rød efter, hvordan de har det.",
        learning="Vi fanger blærebetændelser og væskemangel meget tidligere. Det virker kun, "
        "hvis sygeplejen er med på mødet mindst to gange om ugen.",
        tags=["tidlig opsporing", "triage", "sygepleje"],
        also=["sygepleje"],
    ),
    E(
        "faste-hjaelpere",
        "hjemmepleje_team",
        "done partly realise",
        "Højst fem forskellige hjælpere om måneden",
        why="Borgerne klagede over, at der kom nye ansigter hele tiden.",
        what="Hver borger fik et fast lille team, og planlæggerne lagde ruterne efter det.",
        learning="Borgerne er gladere, og medarbejderne kender dem bedre. Men ved sygdom og "
        "ferie falder det fra hinanden. Vi nåede målet hos 70 procent af borgerne.",
        tags=["kontinuitet", "ruteplanlægning"],
    ),
    E(
        "ensomhedsbesoeg",
        "hjemmepleje_team",
        "idea unknown thematise",
        "Ti minutter til en snak",
        why="Vi møder mange ensomme borgere, men har aldrig tid til at sætte os ned.",
        what="Idéen er, at hver borger, der bor alene, får ti minutter om ugen uden "
        "opgaver, kun til en kop kaffe og en snak.",
        tags=["ensomhed", "samvær"],
        also=["frivillig"],
    ),
    E(
        "telemedicin-saar",
        "sygepleje",
        "done worked realise",
        "Sår vurderet på billeder",
        why="Sårsygeplejersken brugte meget tid på at køre rundt for at se sår.",
        what="Sygeplejerskerne fotograferer sårene med en app, og sårsygeplejersken vurderer "
        "dem fra kontoret.",
        learning="Sårene heler hurtigere, fordi behandlingen justeres oftere. Billederne skal "
        "tages i samme lys og afstand; vi lavede en lille guide.",
        tags=["sårpleje", "telemedicin"],
        partners=["Regionshospitalet"],
    ),
    E(
        "akutpladser",
        "akut",
        "running unknown test",
        "To akutpladser på plejecentret",
        why="Borgere blev indlagt, fordi de ikke kunne være alene hjemme en enkelt nat.",
        what="To boliger på et plejecenter bruges som midlertidige akutpladser, hvor "
        "Akutteamet tilser borgerne.",
        tags=["undgåelige indlæggelser", "akut"],
        also=["plejecenter"],
    ),
    E(
        "traening-parken",
        "traening",
        "done worked realise",
        "Holdtræning i parken",
        why="Mange ældre vil ikke ind i et træningscenter, men går gerne en tur.",
        what="To gange om ugen hele sommeren trænede vi med borgerne i byparken.",
        learning="Vi fik nye borgere med, som aldrig var kommet i centret. Kaffen bagefter "
        "var vigtig for, at folk kom igen. Når det regner, kommer halvdelen.",
        tags=["træning", "ældre", "udeliv"],
        also=["park"],
    ),
    E(
        "video-genoptraening",
        "genoptraening",
        "done partly test",
        "Genoptræning med videoer derhjemme",
        why="Borgerne glemte øvelserne mellem træningsgangene.",
        what="Vi optog korte videoer af hver øvelse, som borgeren fik på sin telefon eller tablet.",
        learning="Det virker godt for yngre borgere efter knæoperationer. Ældre borgere "
        "foretrak papir med tegninger, så nu tilbyder vi begge dele.",
        tags=["genoptræning", "digitale hjælpemidler"],
    ),
    E(
        "rehab-demens",
        "hverdagsrehab",
        "running unknown test",
        "Hverdagsrehabilitering for borgere med demens",
        why="Borgere med demens blev sjældent tilbudt rehabilitering, fordi vi troede, de "
        "ikke kunne lære noget nyt.",
        what="Vi har tilpasset forløbene med faste rutiner, billeder og kortere øvelser og "
        "afprøver dem med otte borgere.",
        tags=["demens", "rehabilitering"],
        also=["demens"],
    ),
    E(
        "gps-ure",
        "demens",
        "done worked realise",
        "GPS-ure til borgere med demens, der elsker at gå",
        why="Borgere, der altid har gået lange ture, blev holdt inde af bekymrede pårørende.",
        what="Tolv borgere fik et ur med GPS. Hvis de gik uden for et aftalt område, fik en "
        "pårørende besked.",
        learning="Borgerne fik deres ture tilbage, og de pårørende sov bedre. Tal med "
        "borgeren selv om det, mens han eller hun kan tage stilling.",
        tags=["demens", "tryghed", "velfærdsteknologi"],
        partners=["Ældre Sagen lokalt"],
    ),
    E(
        "demensven-butikker",
        "demens",
        "running unknown realise",
        "Demensvenlige butikker",
        why="Borgere med demens oplevede at blive mødt med irritation i butikker og busser.",
        what="Vi underviser personalet i supermarkeder, på biblioteket og hos busselskabet i "
        "at genkende og hjælpe en kunde med demens.",
        tags=["demens", "lokalsamfund"],
        partners=["Lokale supermarkeder", "Busselskabet"],
        also=["bibliotek"],
    ),
    E(
        "hjaelpemidler-genbrug",
        "hjaelpemidler",
        "done worked realise",
        "Genbrug af rollatorer",
        why="Vi kasserede rollatorer, der kun havde brug for nye hjul.",
        what="Værkstedet Smedien reparerer nu rollatorerne, før de går tilbage på lager.",
        learning="Vi genbruger næsten dobbelt så mange rollatorer, og brugerne på værkstedet "
        "er stolte af opgaven. Det krævede en aftale om, hvem der godkender sikkerheden.",
        tags=["genbrug", "hjælpemidler", "samarbejde på tværs"],
        also=["vaerksted"],
    ),
    E(
        "smagsproever",
        "madservice",
        "done partly realise",
        "Kokkene smager maden med borgerne",
        why="Borgere sagde op fra madservice, fordi maden ikke smagte af noget.",
        what="Kokkene kørte med ud og spiste med borgerne to dage om ugen i en måned.",
        learning="Vi ændrede krydring og portionsstørrelser, og færre siger op. Kokkene fik "
        "et helt andet billede af, hvem de laver mad til. Det kan ikke gøres hver uge, men "
        "to gange om året.",
        tags=["mad", "ernæring", "borgerinddragelse"],
    ),
    E(
        "mandegaaturer",
        "sundhedscenter",
        "done worked realise",
        "Gåture for mænd over 50",
        why="Mænd kommer sjældent til vores kurser om mental sundhed.",
        what="Vi startede gåture med en fast rute og en kop kaffe bagefter, uden at kalde "
        "det et kursus.",
        learning="Mænd kommer, når der er noget at lave. Efter et halvt år tog de selv over "
        "og går nu uden os.",
        tags=["mental sundhed", "mænd", "ensomhed"],
        partners=["DGI Skovlund"],
    ),
    E(
        "rygestop-unge",
        "sundhedscenter",
        "stopped did_not_work test",
        "Rygestop på ungdomsuddannelserne",
        why="Mange unge ryger eller bruger nikotinposer.",
        what="Vi tilbød et rygestopforløb i frikvartererne på gymnasiet.",
        learning="Kun tre elever meldte sig. De unge ville ikke ses med os. Vi tror mere på "
        "at uddanne elever, der selv er holdt op, og på anonym chat.",
        tags=["rygestop", "unge"],
    ),
    E(
        "samtale-visitation",
        "visitation",
        "done worked realise",
        "Visitationssamtale om det, der er vigtigt for borgeren",
        why="Visitationerne handlede om, hvad borgeren ikke kunne, og ikke om hvad de ville.",
        what="Visitatorerne startede samtalen med spørgsmålet: Hvad er vigtigt for dig i din "
        "hverdag?",
        learning="Samtalerne blev længere, men afgørelserne blev bedre og førte til færre "
        "klager. Spørgsmålet skal stilles først, ellers bliver det en formalitet.",
        tags=["borgerinddragelse", "visitation"],
    ),
    E(
        "fagdansk",
        "plejecenter",
        "running unknown test",
        "Fagdansk for medarbejdere med et andet modersmål",
        why="Dygtige medarbejdere havde svært ved at skrive i journalen.",
        what="Sprogcentret underviser ni medarbejdere en time om ugen i arbejdstiden, med "
        "eksempler fra deres egen hverdag.",
        tags=["sprog", "dokumentation", "rekruttering"],
        also=["sprogcenter"],
    ),
    # -- Børn og Unge ----------------------------------------------------------------------
    E(
        "video-supervision",
        "dagtilbud",
        "done worked realise",
        "Videosupervision af samspil med børnene",
        why="Vi ville blive bedre til at se de stille børn, der ikke selv søger kontakt.",
        what="Pædagogerne filmede korte hverdagssituationer og så dem sammen med en Marte "
        "Meo-terapeut fra Familiehuset.",
        learning="Det er grænseoverskridende at se sig selv, men alle fik øje på noget nyt. "
        "Vi filmer nu fast en gang om måneden. Husk samtykke fra forældrene.",
        tags=["samspil", "Marte Meo", "pædagogik"],
        also=["familiehus"],
    ),
    E(
        "dialogisk-laesning",
        "dagtilbud",
        "done worked realise",
        "Dialogisk læsning i små grupper hver dag",
        why="Mange børn havde et lille ordforråd ved sprogvurderingen.",
        what="Hver dag læste en voksen med tre til fire børn, som blev spurgt og selv fik "
        "lov at fortælle.",
        learning="Børnene fik flere ord, og de tosprogede børn blev mere aktive. Små grupper "
        "er nøglen; med hele stuen virker det ikke.",
        tags=["sprog", "læsning", "tosprogede børn"],
        also=["bibliotek"],
    ),
    E(
        "vilde-lege",
        "dagtilbud",
        "done partly test",
        "Plads til vild leg",
        why="Vi sagde stop for tit, og især drengene fik skæld ud for at lege vildt.",
        what="Vi indrettede et rum med madrasser og aftalte klare regler for, hvornår og "
        "hvordan man leger vildt.",
        learning="Der blev færre konflikter i resten af huset. Men rummet blev for populært, "
        "og vi måtte lave en bookingordning. Pigerne kom først med, da en voksen var med.",
        tags=["leg", "motorik", "drenge"],
    ),
    E(
        "kyllinger",
        "dagtilbud",
        "done worked realise",
        "Høns i børnehaven",
        why="Børnene vidste ikke, hvor æg kommer fra, og havde svært ved at tage ansvar.",
        what="Vi fik fire høns, som børnene fodrer og passer på skift.",
        learning="Børnene er stolte af opgaven, og de stille børn blomstrer op hos hønsene. "
        "Husk en aftale om pasning i ferierne.",
        tags=["natur", "ansvar", "dyr"],
    ),
    E(
        "indkoering",
        "vuggestue",
        "done worked realise",
        "Længere indkøring på forældrenes præmisser",
        why="Nogle børn og forældre havde en hård start, og vi så mange tårer i flere uger.",
        what="Forældrene fik lov at være med i op til tre uger, og vi holdt en samtale efter "
        "første uge.",
        learning="Børnene faldt hurtigere til ro, og forældrene fik tillid til os. Det "
        "kræver, at der er plads til forældrene på stuen.",
        tags=["indkøring", "forældresamarbejde", "tilknytning"],
    ),
    E(
        "tegn-til-tale",
        "vuggestue",
        "running unknown test",
        "Tegn til tale for alle medarbejdere",
        why="De mindste børn blev frustrerede, når de ikke kunne gøre sig forstået.",
        what="Alle medarbejdere lærer de vigtigste tegn, og vi bruger dem i sang og ved "
        "måltiderne.",
        tags=["sprog", "kommunikation"],
    ),
    E(
        "baalmad",
        "naturbh",
        "done worked realise",
        "Børnene laver frokost over bål",
        why="Børnene var kræsne og ville ikke smage nye ting.",
        what="To gange om ugen laver børnene selv frokost over bål.",
        learning="Børn smager på det, de selv har lavet. Vi har lavet en sikkerhedsinstruks, "
        "som andre gerne må låne.",
        tags=["mad", "udeliv", "sikkerhed"],
    ),
    E(
        "dagpleje-legestue-skole",
        "dagplejegruppe",
        "done worked realise",
        "Legestue på skolen",
        why="Overgangen fra dagpleje til børnehave og skole er stor.",
        what="Dagplejens legestue flyttede ind i et lokale på skolen to dage om ugen.",
        learning="Børnene lærer bygningen at kende tidligt, og dagplejerne får kollegaer. "
        "Skolens pedel var afgørende for at finde et egnet lokale.",
        tags=["overgange", "dagpleje"],
        also=["skole"],
    ),
    E(
        "mobilfri",
        "skole",
        "done worked realise",
        "Mobilfri skoledag",
        why="Eleverne sad med telefonen i frikvartererne, og konflikter fra nettet fyldte i "
        "timerne.",
        what="Telefonerne ligger i et skab fra 8 til 14. Elevrådet var med til at lave reglerne.",
        learning="Der er mere leg i frikvartererne, og lærerne bruger mindre tid på "
        "konflikter. At eleverne var med til at bestemme, var det vigtigste.",
        tags=["mobiltelefoner", "trivsel", "elevinddragelse"],
    ),
    E(
        "fravaer-foerste-dag",
        "skole",
        "done partly realise",
        "Vi ringer hjem første fraværsdag",
        why="Elever med højt fravær blev opdaget for sent.",
        what="Skolesekretæren ringede hjem første dag, en elev var væk uden besked.",
        learning="Fraværet faldt for nogle elever, men ikke for dem med angst. De har brug "
        "for noget andet end en opringning. Vi har nu et samarbejde med PPR om dem.",
        tags=["skolefravær", "forældresamarbejde"],
        also=["ppr"],
    ),
    E(
        "laesebaand",
        "skole",
        "done worked realise",
        "Læsebånd hver morgen i indskolingen",
        why="For mange elever læste for lidt og for langsomt.",
        what="Tyve minutters læsning hver morgen i 0.-3. klasse. Biblioteket hjalp med bogkasser.",
        learning="Læsehastigheden steg, og børnene taler mere om bøger. Bogkasserne skal "
        "skiftes ofte, ellers mister børnene lysten.",
        tags=["læsning", "læselyst"],
        also=["bibliotek"],
    ),
    E(
        "co-teaching",
        "skole",
        "stopped partly test",
        "To lærere i samme klasse i matematik",
        why="Nogle elever fik for lidt hjælp, og de dygtige kedede sig.",
        what="To lærere underviste sammen i matematik i 5. klasse.",
        learning="Eleverne var glade, men lærerne fik for lidt tid til at planlægge "
        "sammen, og det endte med, at den ene bare hjalp. Vi stoppede efter et halvt år. "
        "Forberedelsestiden skal være med fra start.",
        tags=["matematik", "co-teaching", "inklusion"],
    ),
    E(
        "udeskole",
        "skole",
        "running unknown test",
        "Udeskole en dag om ugen i 4. klasse",
        why="Eleverne lærer bedre, når de bruger kroppen og kan se, hvad de lærer om.",
        what="4. klasse har undervisning ude hver tirsdag, i skoven, ved stranden og i byen.",
        tags=["udeskole", "bevægelse", "natur"],
        also=["natur"],
    ),
    E(
        "skolegaard-elevraad",
        "skole",
        "idea unknown discover",
        "Skolegården tegnet af eleverne",
        why="Mange elever, især de ældste, har intet at lave i frikvartererne.",
        what="Elevrådet interviewer elever fra alle klasser og laver forslag sammen med en "
        "landskabsarkitekt.",
        tags=["elevinddragelse", "frikvarterer"],
        also=["plan"],
    ),
    E(
        "ordblind-apps",
        "skole",
        "done worked realise",
        "Oplæsning på telefonen for ordblinde elever",
        why="Ordblinde elever skjulte deres hjælpemidler, fordi de følte sig anderledes.",
        what="Alle elever i 7. klasse fik oplæsningsappen på telefonen og lærte at bruge den.",
        learning="Når alle har den, skammer de ordblinde sig ikke. Flere andre elever bruger "
        "den også.",
        tags=["ordblindhed", "inklusion", "digitale hjælpemidler"],
    ),
    E(
        "sansevenlige-klasser",
        "specialskole",
        "done worked realise",
        "Sansevenlige klasselokaler",
        why="Støj og lys gjorde eleverne urolige, længe før undervisningen gik i gang.",
        what="Vi satte lyddæmpende plader op, skiftede lysstofrør til lys, der kan dæmpes, og "
        "lavede små hjørner med skærme.",
        learning="Der blev færre konflikter, og eleverne kan være i klassen længere. "
        "Lydplader er billigere end ventet; spørg Ejendomscentret.",
        tags=["autisme", "indretning", "sanser"],
        also=["ejendom"],
    ),
    E(
        "heltidsundervisning",
        "ungdomsskole",
        "running unknown test",
        "Heltidsundervisning for elever med højt fravær",
        why="Nogle elever i 8. og 9. klasse var næsten aldrig i skole.",
        what="En lille klasse med korte dage, meget praktisk arbejde og en fast voksen.",
        tags=["skolefravær", "unge"],
        also=["ungeindsats"],
    ),
    E(
        "esport",
        "ungdomsskole",
        "done worked realise",
        "E-sport som vej ind i fællesskabet",
        why="Nogle unge gik ikke til noget og sad alene derhjemme foran skærmen.",
        what="Vi startede e-sportshold med en træner, der også snakkede om søvn, kost og "
        "fair play.",
        learning="Vi fik fat i unge, vi ikke kendte før. Flere er nu også begyndt i "
        "klubben. Træneren skal kunne spillet, ellers tager de unge ham ikke alvorligt.",
        tags=["e-sport", "fællesskaber for unge", "ensomhed"],
        also=["klub"],
    ),
    E(
        "pigeaften",
        "klub",
        "done partly realise",
        "Pigeaften i klubben",
        why="Pigerne holdt op med at komme, når de blev 13.",
        what="Torsdag aften er kun for piger, og pigerne bestemmer selv programmet.",
        learning="Flere piger kommer om torsdagen, men ikke de andre dage. Vi arbejder "
        "videre med, hvordan resten af ugen bliver et sted for dem.",
        tags=["piger", "ungdomsklub", "fællesskaber for unge"],
    ),
    E(
        "fredagsaaben",
        "klub",
        "stopped did_not_work test",
        "Klubben åben til midnat om fredagen",
        why="Vi ville give de ældste unge et alternativ til at drive rundt i byen.",
        what="Klubben holdt åbent til midnat hver fredag i fire måneder.",
        learning="Der kom kun få unge, og det var de samme, som kom i forvejen. De unge, vi "
        "gerne ville nå, var et andet sted. Gadeplansarbejde sammen med SSP virker bedre.",
        tags=["unge", "SSP", "nattelivet"],
    ),
    E(
        "faedregruppe",
        "familiehus",
        "done worked realise",
        "Gruppeforløb for fædre",
        why="Vi mødte næsten kun mødre, også når fædrene var en stor del af barnets liv.",
        what="Ti aftener for fædre med mad, samtaler og et værksted, hvor de byggede noget "
        "sammen med deres børn.",
        learning="Fædrene kom, fordi der var noget at lave med hænderne. Flere har fortsat "
        "med at mødes selv.",
        tags=["fædre", "familiebehandling"],
        also=["vaerksted"],
    ),
    E(
        "video-sundhedspleje",
        "sundhedspleje",
        "done partly test",
        "Sundhedsplejerskens samtale på video",
        why="Forældre skulle tage fri for at være hjemme til et besøg.",
        what="Forældre kunne vælge en videosamtale i stedet for besøg ved 8-månedersbesøget.",
        learning="Mange forældre var glade for det, men vi så ikke barnet bevæge sig og "
        "opdagede mindre. Videoen er et godt supplement, ikke en erstatning.",
        tags=["digitale samtaler", "spædbørn"],
    ),
    E(
        "aaben-konsultation",
        "ppr",
        "done worked realise",
        "Åben konsultation på skolerne",
        why="Lærere og pædagoger ventede for længe på hjælp fra PPR.",
        what="En psykolog sidder på hver skole en formiddag om ugen, hvor alle kan komme "
        "uden at booke.",
        learning="Mange sager blev løst tidligt, før de blev store. Lærerne skal vide, at de "
        "må komme med små ting.",
        tags=["tidlig indsats", "konsultation"],
        also=["skole"],
    ),
    E(
        "boern-eget-moede",
        "team_underretning",
        "idea unknown focus",
        "Børnene holder deres eget møde",
        why="Børn siger tit, at de ikke bliver hørt i deres egen sag.",
        what="Idéen er, at barnet selv kan invitere til et møde og bestemme, hvem der "
        "kommer, med hjælp fra en voksen, barnet vælger.",
        tags=["børneinddragelse", "Barnets Lov"],
    ),
    # -- Social og Handicap ----------------------------------------------------------------
    E(
        "low-arousal",
        "bosted",
        "done worked realise",
        "Low arousal i stedet for magtanvendelse",
        why="Vi havde for mange magtanvendelser og skader på både beboere og personale.",
        what="Hele personalegruppen blev uddannet i low arousal, og vi gennemgik hver episode "
        "bagefter uden at finde en skyldig.",
        learning="Magtanvendelserne faldt med to tredjedele på et år. Gennemgangen bagefter "
        "er vigtigere end kurset.",
        tags=["low arousal", "magtanvendelse", "arbejdsmiljø"],
    ),
    E(
        "beboerne-laver-mad",
        "bosted",
        "done worked realise",
        "Beboerne laver selv aftensmad",
        why="Maden kom fra centralkøkkenet, og beboerne lavede ingenting selv.",
        what="To aftener om ugen handler beboerne ind og laver aftensmad med støtte fra en "
        "medarbejder.",
        learning="Beboerne glæder sig til de dage, og flere har lært at lave en ret selv. "
        "Det tager tid; planlæg det i vagtplanen.",
        tags=["selvbestemmelse", "mad", "hverdagsliv"],
    ),
    E(
        "tablets-dagsplan",
        "bosted",
        "running unknown test",
        "Dagsplan i billeder på tablet",
        why="Beboere, der ikke kan læse, spurgte personalet om dagens plan hele dagen.",
        what="Hver beboer har en tablet med dagens plan i billeder, som opdateres af personalet.",
        tags=["piktogrammer", "velfærdsteknologi", "selvstændighed"],
        also=["digital"],
    ),
    E(
        "vikarkorps",
        "bosted",
        "stopped partly test",
        "Fælles vikarkorps for bostederne",
        why="Beboerne blev urolige, når der kom ukendte vikarer.",
        what="Bostederne delte et vikarkorps på seks faste vikarer.",
        learning="Vikarerne blev kendte ansigter, men der var for mange huse at lære at "
        "kende, og flere vikarer sagde op. To huse om fælles vikarer virker bedre end fire.",
        tags=["vikarer", "kontinuitet", "rekruttering"],
    ),
    E(
        "cykelvaerksted",
        "vaerksted",
        "done worked realise",
        "Cykelværksted for kommunens cykler",
        why="Brugerne på værkstedet ville lave noget, der var brug for.",
        what="Værkstedet reparerer nu cykler og ladcykler for hjemmeplejen og børnehusene.",
        learning="Brugerne er stolte af arbejdet og møder kollegaer fra hele kommunen. Husk "
        "en fast pris og en aftale om afhentning.",
        tags=["beskyttet beskæftigelse", "meningsfuldt arbejde"],
        also=["hjemmepleje_team"],
    ),
    E(
        "peermedarbejder",
        "vaerested",
        "done worked realise",
        "Peermedarbejder i værestedet",
        why="Nye brugere havde svært ved at tage det første skridt ind ad døren.",
        what="Vi ansatte en medarbejder med egen erfaring med psykisk sygdom, som tager imod nye.",
        learning="Nye brugere kommer igen, når de har mødt én, der har prøvet det samme. "
        "Peermedarbejderen skal have sin egen supervision.",
        tags=["peerstøtte", "recovery"],
    ),
    E(
        "udslusning",
        "bosted_psyk",
        "running unknown test",
        "Udslusningslejligheder i byen",
        why="Beboere, der var klar til at flytte, var bange for at bo alene.",
        what="To lejligheder i byen, hvor beboerne kan bo i et halvt år med støtte, før de "
        "flytter i egen bolig.",
        tags=["recovery", "bolig"],
        also=["bostoette"],
    ),
    E(
        "gruppe-bostoette",
        "bostoette",
        "done partly realise",
        "Bostøtte i grupper",
        why="Borgerne mødte kun deres bostøtte og ingen andre.",
        what="Vi samlede borgere med de samme problemer, fx økonomi og breve, i små grupper.",
        learning="Nogle borgere fik venner og hjælper nu hinanden. Andre kunne ikke holde "
        "ud at være i gruppe og skal have enkeltbesøg. Tilbyd begge dele.",
        tags=["bostøtte", "fællesskab"],
    ),
    E(
        "aftenbehandling",
        "misbrug",
        "done worked realise",
        "Alkoholbehandling om aftenen",
        why="Borgere i job sagde nej til behandling, fordi de ikke kunne komme i arbejdstiden.",
        what="Vi holdt åbent til klokken 20 to aftener om ugen.",
        learning="Vi fik en ny gruppe borgere i behandling, og de fleste gennemførte. Det "
        "kostede lidt ekstra i løn, men var det værd.",
        tags=["alkohol", "tilgængelighed"],
    ),
    E(
        "housing-first",
        "team_udsatte",
        "running unknown realise",
        "Housing First: bolig først",
        why="Hjemløse borgere skulle være stoffri, før de kunne få en bolig, og det lykkedes "
        "sjældent.",
        what="Ti borgere har fået egen bolig uden krav og får støtte hjemme fra første dag.",
        tags=["hjemløshed", "bolig"],
        partners=["Skovlund Boligselskab"],
        also=["bostoette"],
    ),
    E(
        "tegn-paa-vold",
        "krisecenter",
        "done worked realise",
        "Kurser om tegn på vold for sundhedsplejersker",
        why="Vold i hjemmet bliver sjældent opdaget, mens børnene er små.",
        what="Vi underviste sundhedsplejerskerne i at spørge om vold og i at reagere.",
        learning="Sundhedsplejerskerne spørger nu alle mødre, og flere kvinder har fået "
        "hjælp tidligere. Det er vigtigt at vide, hvad man gør, hvis svaret er ja.",
        tags=["vold i nære relationer", "tidlig opsporing"],
        also=["sundhedspleje"],
    ),
]
