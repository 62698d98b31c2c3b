"""Suggestions from colleagues to visitkort.

The pending ones are for the leader's plejecenter (Lindegården), so that the `leder`
log-in has something to decide on. The accepted ones elsewhere credit colleagues as
"kvalificeret af"; one was declined, with a reason.
"""

PENDING_SUGGESTIONS = [
    {
        "kind": "knowledge",
        "text": "Musik og sang i demensomsorgen",
        "comment": "Jeg har været med til jeres sangeftermiddage, og de er noget af det bedste, "
        "jeg har set. Det burde andre kunne finde.",
    },
    {
        "kind": "task",
        "text": "Fælles aftenvagt med Hjemmeplejen Skovlund By",
        "task_description": "Vi har talt om at dele en sygeplejerske om aftenen, så borgere i "
        "plejeboligerne og i hjemmeplejen får samme hjælp.",
        "task_until_days": 240,
        "comment": "Vi aftalte det på lederforum, men det står ikke på visitkortet endnu.",
    },
    {
        "kind": "offer",
        "text": "Vi låner gerne sansehaven ud til dagtilbud og skoleklasser",
        "comment": "Vi var der med en gruppe borgere med demens, og børnehaven ved siden af "
        "spurgte, om de også måtte komme.",
    },
]

ACCEPTED_SUGGESTIONS = [
    {
        "unit": "u-hovedbiblioteket",
        "kind": "knowledge",
        "text": "Samtalegrupper for ensomme",
        "comment": "I har haft samtalegrupper i to år; det er ikke med på visitkortet.",
    },
    {
        "unit": "u-ppr",
        "kind": "offer",
        "text": "Kursus i at tale med børn om angst",
    },
    {
        "unit": "u-sundhedscentret",
        "kind": "knowledge",
        "text": "Gåture for mænd over 50",
    },
    {
        "unit": "u-vaerkstedet",
        "kind": "offer",
        "text": "Vi reparerer gerne rollatorer",
        "comment": "Hjælpemiddelcentret fortalte, at I har hjulpet dem.",
    },
    {
        "unit": "u-klima",
        "kind": "knowledge",
        "text": "Regnvandsbede som undervisning",
        "status": "declined",
        "decline_reason": "Det står allerede som regnvandsbede på visitkortet; tak for tanken.",
    },
]
