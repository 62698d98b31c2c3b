"""What the demo's prøvehandlinger measured and where they spread.

MEASURES: experiment key -> indicators as (name, measure, nulpunkt, later values); the
snapshots are spread evenly between the start and the end (or today).
TRIED_TOO: experiment key -> (profile of a unit that tried it too, note, result).
SPREAD: experiment key -> (profile of a unit that took it up, status of its copy).
"""

MEASURES = {
    "maaltidsvaert": [
        ("Beboere med vægttab over tre måneder", "beboere", 9, [8, 6, 5, 4]),
        ("Minutter ved bordet, gennemsnit", "minutter", 22, [28, 31, 34]),
    ],
    "robotstoevsuger": [
        ("Timer til rengøring om ugen", "timer", 30, [29, 31]),
    ],
    "saengesensor": [
        ("Beboere vækket af natligt tilsyn", "beboere pr. nat", 14, [11, 8]),
    ],
    "mobilfri": [
        ("Konflikter i frikvartererne pr. uge", "konflikter", 17, [12, 9, 9, 7]),
    ],
    "rygestop-unge": [
        ("Elever tilmeldt rygestop", "elever", 0, [4, 3]),
    ],
    "elcykler": [
        ("Kørte kilometer i bil pr. måned", "km", 2400, [2100, 1750]),
    ],
}

TRIED_TOO = {
    "maaltidsvaert": [
        (
            "plejecenter",
            "Vi prøvede det ved aftensmaden. Det virkede, men kun når vi var to.",
            "partly",
        ),
        ("plejecenter", "Vi gør det nu ved alle måltider i weekenden.", "worked"),
    ],
    "mobilfri": [
        ("skole", "Vi prøvede kun på mellemtrinnet. Eleverne legede mere.", "worked"),
    ],
    "robotstoevsuger": [
        (
            "plejecenter",
            "Robotterne satte sig fast i tæpperne. Vi stoppede efter en måned.",
            "did_not_work",
        ),
    ],
}

SPREAD = {
    "maaltidsvaert": [("plejecenter", "running"), ("plejecenter", "idea")],
    "mobilfri": [("skole", "running"), ("skole", "idea")],
    "sansehave": [("plejecenter", "idea")],
}

KINDS = ["service", "process", "organisation", "communication"]
EFFECTS = ["quality", "efficiency", "citizens", "staff"]
IDEA_SOURCES = [
    "Medarbejderne",
    "Borgerne og de pårørende",
    "En anden enhed i kommunen",
    "En anden kommune",
    "Lederen",
    "Et forskningsprojekt",
]
