"""Prøvehandlinger in the stabe, Job og Uddannelse, Teknik og Miljø and Kultur."""

from .base import E

EXPERIMENTS = [
    # -- Direktion og Stabe ----------------------------------------------------------------
    E(
        "krydstraening",
        "hr",
        "running unknown test",
        "Krydstræning mellem ledere fra forskellige områder",
        why="Lederne kender kun deres eget område og ved ikke, hvem de kan ringe til.",
        what="Grupper på fire ledere fra hver sit område besøger hinanden en halv dag og ser, "
        "hvordan de andre arbejder.",
        tags=["ledelse", "samarbejde på tværs", "krydstræning"],
        also=["innovation"],
    ),
    E(
        "pulsmaaling",
        "hr",
        "done partly test",
        "Kort trivselsmåling hver tredje måned",
        why="Den store trivselsmåling kom så sjældent, at resultaterne var forældede, før vi "
        "kunne bruge dem.",
        what="Fem spørgsmål hver tredje måned i tre områder.",
        learning="Lederne fik et mere aktuelt billede, men svarprocenten faldt for hver "
        "runde. Medarbejderne skal kunne se, at der sker noget med svarene, ellers holder "
        "de op med at svare.",
        tags=["trivsel", "arbejdsmiljø", "måling"],
    ),
    E(
        "sosu-kampagne",
        "hr",
        "done did_not_work test",
        "Rekrutteringskampagne på sociale medier",
        why="Vi mangler social- og sundhedsassistenter.",
        what="En betalt kampagne med film fra plejecentrene på sociale medier i tre måneder.",
        learning="Filmene blev set mange gange, men vi fik kun to ansøgere. Det, der virker, "
        "er elever og medarbejdere, der fortæller venner og familie om jobbet. Vi bruger nu "
        "pengene på ambassadører.",
        tags=["rekruttering", "sosu", "sociale medier"],
        also=["plejecenter"],
    ),
    E(
        "nye-ledere-makker",
        "hr",
        "done worked realise",
        "Makker til nye ledere",
        why="Nye ledere følte sig alene i det første år.",
        what="Hver ny leder fik en erfaren leder fra et andet område som makker.",
        learning="De nye ledere ringede oftere til deres makker end til HR. At makkeren er fra "
        "et andet område gør det lettere at tale frit.",
        tags=["lederudvikling", "onboarding"],
    ),
    E(
        "designsprint-ensomhed",
        "innovation",
        "done partly ideate",
        "Designsprint om ensomhed blandt unge",
        why="Flere områder arbejdede med ensomme unge hver for sig.",
        what="Et sprint på to dage med medarbejdere fra biblioteket, klubben, jobcentret og "
        "sundhedsplejen og fire unge.",
        learning="Vi fik tre idéer, som blev afprøvet. De unge var de bedste til at sortere "
        "idéerne. Men der var ingen, der havde tid til at følge op bagefter; næste gang "
        "skal ejerskabet aftales, før sprintet starter.",
        tags=["designsprint", "unge", "ensomhed", "samskabelse"],
        also=["bibliotek", "klub"],
    ),
    E(
        "borgerbudget",
        "innovation",
        "done worked realise",
        "Borgerbudget i Tornbæk",
        why="Borgerne i Tornbæk følte sig glemt af kommunen.",
        what="Borgerne bestemte selv, hvad 400.000 kr. skulle bruges på. 900 stemte.",
        learning="Det styrkede tilliden og fik nye borgere til at engagere sig. Vinderprojektet "
        "blev en badebro, bygget af frivillige. Husk at afsætte penge til drift bagefter.",
        tags=["borgerbudget", "borgerinddragelse", "lokalsamfund"],
        partners=["Tornbæk Borgerforening"],
        also=["plan"],
    ),
    E(
        "fejl-forum",
        "innovation",
        "running unknown realise",
        "Lederforum om forsøg, der gik galt",
        why="Ledere deler kun succeser, og derfor gentager vi andres fejl.",
        what="Hver måned fortæller to ledere om en prøvehandling, der ikke gik som ventet, "
        "og hvad de lærte.",
        tags=["læring", "ledelse", "psykologisk tryghed"],
    ),
    E(
        "traade-visitkort",
        "innovation",
        "running unknown realise",
        "Visitkort for alle enheder i Tråde",
        why="Det er svært at finde kollegaer med særlig viden og enheder, der har prøvet noget før.",
        what="Alle enheder laver et visitkort, som de andre ledere kvalificerer på lederforum.",
        tags=["videndeling", "samarbejde på tværs"],
    ),
    E(
        "ai-referater",
        "digital",
        "running unknown test",
        "Kunstig intelligens til mødereferater",
        why="Medarbejderne bruger meget tid på at skrive referater.",
        what="Tre administrative enheder afprøver et værktøj, der laver udkast til referat ud "
        "fra mødets noter.",
        tags=["kunstig intelligens", "administration"],
        also=["sekretariat"],
    ),
    E(
        "robot-ydelse",
        "digital",
        "done worked realise",
        "Softwarerobot til tjek af ydelser",
        why="Ydelsescentret brugte mange timer på at tjekke oplysninger i flere systemer.",
        what="En softwarerobot samler oplysningerne, før sagsbehandleren åbner sagen.",
        learning="Sparer omkring 12 timer om ugen. Sagsbehandlerne skulle være med til at "
        "beskrive processen, ellers lavede robotten de forkerte ting.",
        tags=["automatisering", "robotter", "sagsbehandling"],
        also=["ydelse"],
    ),
    E(
        "chatbot",
        "digital",
        "stopped did_not_work test",
        "Chatbot på hjemmesiden",
        why="Borgerservice fik mange af de samme spørgsmål i telefonen.",
        what="En chatbot svarede på spørgsmål om pas, affald og skoleindskrivning.",
        learning="Borgerne skrev deres spørgsmål på måder, vi ikke havde forudset, og fik "
        "for ofte forkerte svar. Vi stoppede efter fire måneder. Bedre tekster på "
        "hjemmesiden gav større effekt.",
        tags=["chatbot", "selvbetjening"],
        also=["borgerservice"],
    ),
    E(
        "klart-sprog-breve",
        "kommunikation",
        "done worked realise",
        "Breve til borgerne på klart sprog",
        why="Borgere ringede, fordi de ikke forstod vores breve.",
        what="Vi skrev de 30 mest brugte breve om sammen med sagsbehandlerne og testede dem "
        "på borgere.",
        learning="Opkaldene om de breve faldt med en tredjedel. Sagsbehandlerne var i starten "
        "bange for at miste det juridiske, men juristerne hjalp.",
        tags=["klart sprog", "breve", "borgerkontakt"],
        also=["jura"],
    ),
    E(
        "ledelsesinfo",
        "oekonomi",
        "idea unknown prioritise",
        "Ledelsesinformation på én side",
        why="Ledere får mange rapporter, men bruger dem ikke.",
        what="Vi vil lave et overblik på én side og teste det med ti ledere, før vi bygger "
        "det til alle.",
        tags=["ledelsesinformation", "data"],
    ),
    E(
        "lokale-raavarer",
        "jura",
        "idea unknown discover",
        "Lokale råvarer i køkkenerne",
        why="Køkkenerne vil gerne bruge lokale råvarer, men udbudsreglerne gør det svært.",
        what="Vi undersøger, hvordan et udbud kan deles op, så mindre producenter kan byde.",
        tags=["indkøb", "mad", "lokalt"],
        also=["madservice"],
    ),
    E(
        "digital-vagtplan",
        "loen",
        "stopped unknown test",
        "Vagtplan og løn i samme system",
        why="Tillæg blev tastet to gange og ofte forkert.",
        what="Vi forsøgte at koble vagtplanen direkte til lønsystemet i hjemmeplejen.",
        learning="Leverandøren kunne ikke levere koblingen til tiden, så forsøget er sat på "
        "pause. Vi har lært meget om, hvilke tillæg der skaber fejl, og har lavet en tjekliste "
        "imens.",
        tags=["løn", "vagtplan", "digitalisering"],
    ),
    # -- Job og Uddannelse -----------------------------------------------------------------
    E(
        "gaa-samtaler",
        "jobparate",
        "done worked realise",
        "Samtaler på en gåtur",
        why="Mange borgere var anspændte ved samtalerne på kontoret.",
        what="Borgerne kunne vælge at holde samtalen på en gåtur langs havnen.",
        learning="Samtalerne blev mere åbne, og borgerne fortalte om ting, de ellers holdt "
        "for sig selv. Husk regntøj og en plan for, hvordan man noterer bagefter.",
        tags=["samtaler", "walk and talk", "bevægelse"],
    ),
    E(
        "praktik-pleje",
        "virksomhedsservice",
        "done partly realise",
        "Praktik i ældreplejen for ledige",
        why="Ældreplejen mangler hænder, og mange ledige har aldrig overvejet faget.",
        what="15 ledige var i fire ugers praktik på plejecentrene med en fast makker.",
        learning="Fem startede på sosu-uddannelsen. Dem, der stoppede, fortalte, at de ikke "
        "vidste, hvad jobbet gik ud på. En dag med at følge en medarbejder før praktikken "
        "ville hjælpe.",
        tags=["rekruttering", "praktik", "ældrepleje"],
        also=["plejecenter"],
    ),
    E(
        "ringe-sygemeldte",
        "sygedagpenge",
        "done worked realise",
        "Opringning i første sygeuge",
        why="Sygemeldte hørte først fra os efter flere uger, og så var det svært at komme tilbage.",
        what="Vi ringede til alle nye sygemeldte i første uge og spurgte, hvad der kunne hjælpe.",
        learning="Flere blev delvist raskmeldt tidligere. Opringningen skal være en hjælp, "
        "ikke en kontrol; tonen betyder alt.",
        tags=["sygedagpenge", "fastholdelse", "tidlig kontakt"],
    ),
    E(
        "fritidsjob",
        "jobunge",
        "running unknown test",
        "Fritidsjob til unge på uddannelseshjælp",
        why="Unge uden uddannelse har ofte aldrig haft et job.",
        what="Vi hjælper unge med et fritidsjob på 10 timer om ugen, gerne i kommunens egne "
        "enheder.",
        tags=["unge", "fritidsjob", "uddannelse"],
        also=["park"],
    ),
    E(
        "praktik-dag-1",
        "integration",
        "done partly realise",
        "Praktik inden for fire uger",
        why="Nyankomne flygtninge ventede længe på sprogskole, før de mødte en arbejdsplads.",
        what="Alle nyankomne startede i praktik inden for fire uger, ved siden af sprogskolen.",
        learning="Mange lærte dansk hurtigere, fordi de brugte det. Men nogle var for "
        "belastede efter flugten og blev syge. Vi screener nu for traumer først.",
        tags=["integration", "praktik", "sprog"],
        also=["sprogcenter"],
    ),
    E(
        "fleksjob-kommunen",
        "ressource",
        "idea unknown focus",
        "Flere fleksjob i kommunens egne enheder",
        why="Kommunen beder virksomhederne om fleksjob, men har selv få.",
        what="Vi vil kortlægge opgaver i ti enheder, der kunne løses af en medarbejder i fleksjob.",
        tags=["fleksjob", "rummeligt arbejdsmarked"],
        also=["hr"],
    ),
    E(
        "en-plan",
        "ungeindsats",
        "running unknown test",
        "Én plan for den unge",
        why="Unge med mange problemer havde op til fem planer fra forskellige afdelinger.",
        what="En fast kontaktperson samler alle indsatser i én plan, som den unge selv har "
        "skrevet med på.",
        tags=["sammenhæng", "unge", "én plan"],
        also=["team_unge_myndighed"],
    ),
    E(
        "sprogcafe-arbejde",
        "sprogcenter",
        "done worked realise",
        "Sprogcafé på arbejdspladsen",
        why="Kursisterne talte kun dansk i klasseværelset.",
        what="Kursister og frivillige mødtes en gang om ugen i kantinen på et plejecenter og "
        "talte dansk over kaffen.",
        learning="Kursisterne fik mod på at tale, og to fik job på plejecentret. Stedet "
        "betyder meget: en rigtig arbejdsplads er bedre end et lokale på skolen.",
        tags=["sprog", "integration", "arbejdspladsdansk"],
        also=["plejecenter"],
    ),
    E(
        "baadvaerksted",
        "erhvervsvaerksted",
        "done worked realise",
        "Bådværksted for ledige",
        why="Mange ledige i Tornbæk har været fiskere eller håndværkere og trives ikke med kurser.",
        what="Vi satte et værksted op på havnen, hvor deltagerne reparerer både for lokale "
        "foreninger.",
        learning="Deltagerne mødte stabilt op, og flere fik job hos lokale virksomheder. Det "
        "virkede, fordi arbejdet var rigtigt og nogen ventede på båden.",
        tags=["arbejdsprøvning", "håndværk", "lokalsamfund"],
        partners=["Tornbæk Sejlklub"],
    ),
    # -- Teknik og Miljø -------------------------------------------------------------------
    E(
        "vilde-rabatter",
        "vejteam",
        "done partly realise",
        "Vilde blomster i rabatterne",
        why="Vi slog rabatterne så ofte, at der ikke var plads til insekter.",
        what="På 40 kilometer vej slog vi kun rabatterne to gange om året.",
        learning="Mange flere blomster og insekter. Men nogle borgere klagede over, at det så "
        "forsømt ud, og ved udkørsler blev det farligt. Skilte om forsøget og kort klip "
        "ved vejkryds løste det meste.",
        tags=["biodiversitet", "vejvedligehold"],
        also=["natur"],
    ),
    E(
        "huller-app",
        "vejteam",
        "done worked realise",
        "Borgerne melder huller i en app",
        why="Henvendelser om huller kom på mail, telefon og sedler og blev glemt.",
        what="Borgerne melder huller med billede og placering, og vejteamet får dem direkte "
        "på telefonen.",
        learning="Vi lapper nu de fleste huller inden for en uge, og borgerne får besked, når "
        "det er gjort. Beskeden til borgeren er det, der giver mest ros.",
        tags=["borgerhenvendelser", "digitalisering", "vejvedligehold"],
    ),
    E(
        "batteri-maskiner",
        "driftsgaard",
        "running unknown test",
        "Batteridrevne maskiner til gartnere",
        why="Larm og vibrationer fra benzinmaskiner giver skader og gener.",
        what="Et hold gartnere bruger kun batteridrevne hækkeklippere, løvblæsere og "
        "trimmere i et år.",
        tags=["arbejdsmiljø", "klima", "maskiner"],
        also=["park"],
    ),
    E(
        "blomstereng",
        "park",
        "done worked realise",
        "Græsplæner bliver til blomstereng",
        why="Store plæner blev slået hver uge, men ingen brugte dem.",
        what="Vi såede blomstereng på 20 procent af plænerne og lavede slåede stier igennem.",
        learning="Borgerne er glade for stierne, og vi sparer tid. Det tog to år, før engen "
        "blomstrede rigtigt; fortæl borgerne det fra starten.",
        tags=["biodiversitet", "grønne områder"],
    ),
    E(
        "regnvandsbede-skoler",
        "klima",
        "running unknown test",
        "Regnvandsbede bygget af skoleelever",
        why="Skolegårdene bliver oversvømmet ved skybrud.",
        what="Elever fra 6. klasse designer og planter regnvandsbede i skolegården sammen med os.",
        tags=["skybrud", "klimatilpasning", "undervisning"],
        also=["skole"],
    ),
    E(
        "skybrudsvarsling",
        "klima",
        "idea unknown ideate",
        "Varsling af borgere før skybrud",
        why="Borgere i lavtliggende områder får vand i kælderen, fordi de ikke når at "
        "forberede sig.",
        what="Idéen er en sms til borgere i udsatte områder, når DMI varsler skybrud, med "
        "råd om hvad de kan gøre.",
        tags=["skybrud", "beredskab", "borgerkontakt"],
        also=["kommunikation"],
    ),
    E(
        "byggesag-telefon",
        "byggesag",
        "done worked realise",
        "Telefontid hver dag",
        why="Borgerne kunne ikke komme igennem, og mange sendte ufuldstændige ansøgninger.",
        what="Hver dag mellem 9 og 11 sidder en byggesagsbehandler ved telefonen.",
        learning="Ansøgningerne blev bedre, og sagsbehandlingstiden faldt, selv om vi bruger "
        "tid på telefonen. En god samtale sparer fem mails.",
        tags=["borgerkontakt", "sagsbehandling"],
    ),
    E(
        "havn-borgere",
        "plan",
        "running unknown discover",
        "Borgerne tegner fremtidens havn i Fjordby",
        why="Tidligere planer for havnen blev mødt af protester, fordi borgerne ikke var med.",
        what="Workshops på havnen, hvor borgerne tegner, bygger modeller og fortæller om "
        "havnen, som den er i dag.",
        tags=["borgerinddragelse", "planlægning", "samskabelse"],
        partners=["Fjordby Havneforening"],
        also=["innovation"],
    ),
    E(
        "affald-boernehuse",
        "affald",
        "done worked realise",
        "Affaldssortering i børnehusene",
        why="Børnehusene sorterede næsten ikke, og børnene lærte ikke om affald.",
        what="Vi lavede billedskilte til spandene og besøgte børnene med skraldebilen.",
        learning="Børnene er de bedste til at sortere og lærer forældrene det. Skraldebilen "
        "var den største succes.",
        tags=["affaldssortering", "børn", "bæredygtighed"],
        also=["dagtilbud"],
    ),
    E(
        "byttestation",
        "genbrugsplads",
        "done partly realise",
        "Byttestation på genbrugspladsen",
        why="Brugbare ting blev smidt ud.",
        what="En container, hvor borgerne kan stille ting, som andre kan tage gratis.",
        learning="Tingene forsvinder hurtigt, men nogle borgere hentede ting for at sælge "
        "dem videre. Vi har nu en grænse for, hvor meget man må tage.",
        tags=["genbrug", "cirkulær økonomi"],
    ),
    E(
        "dagrengoering",
        "rengoering",
        "done worked realise",
        "Rengøring om dagen",
        why="Rengøringsassistenterne arbejdede alene om aftenen og mødte aldrig kollegaerne.",
        what="På rådhuset og to skoler flyttede vi rengøringen til dagtimerne.",
        learning="Assistenterne er blevet en del af arbejdspladsen, og sygefraværet faldt. "
        "Nogle rum skal stadig gøres rene efter fyraften.",
        tags=["arbejdsmiljø", "rengøring"],
    ),
    E(
        "solceller-skoler",
        "ejendom",
        "stopped did_not_work test",
        "Solceller på skolernes tage",
        why="Vi ville sænke elregningen og CO2-udledningen.",
        what="Solceller på to skoler, hvor eleverne kunne følge produktionen.",
        learning="Tagene var ikke stærke nok, og renoveringen blev for dyr. Vi burde have "
        "undersøgt tagene først. Nu vælger vi bygninger ud fra tagets stand.",
        tags=["energi", "klima", "bygninger"],
        also=["skole"],
    ),
    E(
        "energimaaler-boern",
        "ejendom",
        "idea unknown ideate",
        "Børnene som energidetektiver",
        why="Lys og varme bliver glemt i tomme lokaler.",
        what="Idéen er, at børn i skoler og børnehuse får en måler og finder steder, hvor "
        "der bruges strøm, uden at nogen er der.",
        tags=["energi", "børn", "bæredygtighed"],
    ),
    # -- Kultur, Fritid og Borgerservice ---------------------------------------------------
    E(
        "stille-torsdag",
        "bibliotek",
        "done worked realise",
        "Stille café om torsdagen",
        why="Nogle borgere, især unge, har svært ved at være sammen med andre, men vil gerne ud.",
        what="Torsdag eftermiddag er caféen stille. Man kan sidde, læse, tegne eller spille "
        "et brætspil uden at skulle tale.",
        learning="Vi fik nye gæster, som ellers aldrig kom. Flere er begyndt at tale med "
        "hinanden efter nogle uger. Der skal være en fast medarbejder til stede.",
        tags=["ensomhed", "unge", "mødested"],
        also=["vaerested"],
    ),
    E(
        "drengelaeseklub",
        "bibliotek",
        "done partly test",
        "Læseklub for drenge",
        why="Drenge i 4.-6. klasse læser mindre end pigerne.",
        what="En læseklub med tegneserier, fantasy og pizza hver anden onsdag.",
        learning="Drengene kom for pizzaen og blev for bøgerne, men kun en lille gruppe. "
        "Samarbejdet med skolen om at invitere var afgørende.",
        tags=["læselyst", "drenge"],
        also=["skole"],
    ),
    E(
        "mitid-aeldre",
        "bibliotek",
        "done worked realise",
        "MitID-hjælp for ældre på biblioteket",
        why="Ældre borgere gik forgæves i borgerservice uden at have bestilt tid.",
        what="Hver tirsdag formiddag hjælper bibliotekarer og frivillige med MitID og "
        "digital post.",
        learning="Der er kø hver uge. Frivillige fra ældreklubberne er de bedste til at "
        "forklare, fordi de selv har lært det for nylig.",
        tags=["digital hjælp", "ældre", "MitID"],
        also=["borgerservice"],
    ),
    E(
        "bogbus-pleje",
        "bibliotek",
        "running unknown test",
        "Bogbus til plejecentrene",
        why="Beboerne på plejecentrene kan ikke længere komme på biblioteket.",
        what="En gang om måneden kører en bibliotekar ud med bøger, lydbøger og højtlæsning.",
        tags=["læsning", "ældre", "højtlæsning"],
        also=["plejecenter"],
    ),
    E(
        "tidsbestilling",
        "borgerservice",
        "done worked realise",
        "Tidsbestilling i borgerservice",
        why="Lange køer og irriterede borgere.",
        what="Alle henvendelser kræver bestilt tid, men der er også åben skranke en time om dagen.",
        learning="Ingen køer, og vi forbereder os på hver samtale. Den åbne time er vigtig "
        "for borgere, der ikke kan bestille tid digitalt.",
        tags=["borgerservice", "ventetid"],
    ),
    E(
        "musik-plejecenter",
        "musikskole",
        "done worked realise",
        "Elevkoncerter på plejecentrene",
        why="Eleverne manglede et publikum, og beboerne manglede oplevelser.",
        what="En gang om måneden spiller elever fra musikskolen på et plejecenter.",
        learning="Beboerne synger med, og eleverne øver sig mere før en koncert. Spil "
        "sange, beboerne kender.",
        tags=["musik", "generationer", "ældre"],
        also=["plejecenter"],
    ),
    E(
        "ung-scene",
        "kulturhus",
        "running unknown test",
        "Unge arrangerer selv koncerter",
        why="De unge fandt vores program kedeligt.",
        what="En gruppe unge har deres egen scene og budget en fredag om måneden.",
        tags=["unge", "kultur", "frivillige"],
        also=["klub"],
    ),
    E(
        "voksensvoemning",
        "svoemmehal",
        "done worked realise",
        "Svømmehold for voksne nybegyndere",
        why="Mange voksne, især kvinder med en anden baggrund, har aldrig lært at svømme.",
        what="Et hold med kvindelig instruktør og lukket hal om søndagen.",
        learning="Holdet var fyldt op med det samme, og flere har taget deres børn med "
        "bagefter. Vi fandt deltagerne gennem Sprogcentret.",
        tags=["svømning", "integration", "sundhed"],
        also=["sprogcenter"],
    ),
    E(
        "kontingentstoette",
        "fritid",
        "running unknown realise",
        "Kontingentstøtte til børn i foreninger",
        why="Børn fra familier med lav indkomst går sjældnere til sport.",
        what="Foreningerne kan give gratis kontingent og udstyr, og kommunen betaler. "
        "Sagsbehandlere og lærere kan henvise.",
        tags=["foreningsliv", "børn", "ulighed"],
        partners=["Skovlund Idrætsråd"],
        also=["familieraadgivning"],
    ),
    E(
        "erindringsvaerksted",
        "arkiv",
        "done worked realise",
        "Erindringsværksted med gamle billeder",
        why="Arkivet har mange billeder, som ingen ved noget om.",
        what="Arkivets frivillige tager billeder med til plejecentrene, hvor beboerne "
        "fortæller om dem.",
        learning="Beboerne husker mere, end vi troede, og vi har fået navne på hundredvis af "
        "billeder. Beboere med demens blomstrer op, når de ser deres egen by.",
        tags=["erindring", "demens", "lokalhistorie"],
        also=["plejecenter"],
    ),
    E(
        "besoegsvenner-unge",
        "frivillig",
        "idea unknown ideate",
        "Besøgsvenner til ensomme unge",
        why="Besøgsvenner er kendt for ældre, men mange unge er også ensomme.",
        what="Idéen er at matche unge på 18-25 år med en frivillig på samme alder.",
        tags=["ensomhed", "unge", "frivillige"],
        also=["jobunge"],
    ),
]
