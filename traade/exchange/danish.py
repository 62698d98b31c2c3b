"""Problems in Danish for the upload page.

The validator writes its messages in English (they are also the command's output and
go into logs); the upload page shows them to process leaders in Danish. Each pattern
below matches one English message; a message without a pattern is shown in English.
"""

from __future__ import annotations

import re

NOUNS = {
    "area": "fagområde",
    "unit": "enhed",
    "person": "person",
    "experiment": "prøvehandling",
}
NONE = {
    "area": "intet fagområde",
    "unit": "ingen enhed",
    "person": "ingen person",
    "experiment": "ingen prøvehandling",
}
ONE = {
    "area": "et fagområde",
    "unit": "en enhed",
    "person": "en person",
    "experiment": "en prøvehandling",
}
KINDS = {"units": "enheder", "people": "personer"}
TYPES = {
    "null": "null",
    "true/false": "true/false",
    "a number": "et tal",
    "text": "tekst",
    "a list": "en liste",
    "an object": "et objekt",
}


# The json module's messages (after files._json_reason) and the CSV reader's (files.CSV_REASONS).
JSON_REASONS = {
    "Expecting value": "mangler der en værdi",
    "Expecting property name enclosed in double quotes": "mangler der et feltnavn i anførselstegn",
    "Expecting ':' delimiter": "mangler der et kolon (:)",
    "Expecting ',' delimiter": "mangler der et komma (,)",
    "Unterminated string": "begynder en tekst, der ikke slutter med anførselstegn",
    "Invalid control character": "står et styretegn (fx et linjeskift eller en tabulator) "
    "direkte i en tekst",
    "Invalid \\escape": "står en ugyldig \\-kode i en tekst",
    "Invalid \\uXXXX escape": "står en ugyldig \\u-kode i en tekst",
    "Extra data": "står der mere efter dokumentets afsluttende }",
}
CSV_REASONS = {
    'a quoted cell that begins in this row is never closed (a " is missing)': "en celle i "
    'anførselstegn, der begynder i denne række, bliver aldrig lukket (der mangler et ")',
    "a cell is too long": "en celle er for lang",
}


def _type(name: str) -> str:
    return TYPES.get(name, name)


PATTERNS: list[tuple[str, object]] = [
    (r"unknown top-level field (?P<v>.+)", "ukendt felt øverst i filen: {v}"),
    (r"unknown field (?P<v>.+)", "ukendt felt: {v}"),
    (r'is required \(write "format": "traade/1"\)', 'mangler. Skriv "format": "traade/1"'),
    (r"is required", "skal udfyldes"),
    (r"must be 'traade/1', not (?P<v>.+)", "skal være 'traade/1', ikke {v}"),
    (
        r"must be a list of text, not (?P<t>.+)",
        lambda m: f"skal være en liste af tekster, ikke {_type(m['t'])}",
    ),
    (
        r"must be a list of (?P<n>\w+) keys, not (?P<t>.+)",
        lambda m: f"skal være en liste af nøgler for {NOUNS[m['n']]}er, ikke {_type(m['t'])}",
    ),
    (r"must be a list, not (?P<t>.+)", lambda m: f"skal være en liste, ikke {_type(m['t'])}"),
    (r"must be an object, not (?P<t>.+)", lambda m: f"skal være et objekt, ikke {_type(m['t'])}"),
    (r"must be text, not (?P<t>.+)", lambda m: f"skal være tekst, ikke {_type(m['t'])}"),
    (
        r"must be an? (?P<n>\w+) key, not (?P<t>.+)",
        lambda m: f"skal være nøglen for {ONE[m['n']]}, ikke {_type(m['t'])}",
    ),
    (r"must not be empty", "må ikke være tom"),
    (r"must not contain the NUL character.*", "må ikke indeholde et nul-tegn (\\u0000)"),
    (r"the file is empty", "filen er tom"),
    (
        r"the file is not valid JSON: it is nested too deeply",
        "filen er ikke gyldig JSON: den er for dybt indlejret",
    ),
    (
        r"is too long \((?P<n>\d+) characters, at most (?P<m>\d+)\)",
        "er for lang ({n} tegn, højst {m})",
    ),
    (
        r"key (?P<v>.+) must not contain spaces or '/'",
        "nøglen {v} må ikke indeholde mellemrum eller '/'",
    ),
    (
        r"key (?P<v>.+) contains the invisible control character (?P<c>U\+\w+); .*",
        "nøglen {v} indeholder det usynlige styretegn {c}. Nøgler må ikke indeholde styretegn",
    ),
    (
        r"the field (?P<v>.+) appears twice in the same object; .*",
        "feltet {v} står to gange i det samme objekt. Hvert felt må kun stå én gang",
    ),
    (r"(?P<v>.+) is not a valid e-mail address", "{v} er ikke en gyldig e-mailadresse"),
    (r"must be one of (?P<l>.+), not (?P<v>.+)", "skal være en af disse: {l} – ikke {v}"),
    (
        r"must be true or false \(in a spreadsheet also ja or nej\), not (?P<v>.+)",
        "skal være ja eller nej (true eller false), ikke {v}",
    ),
    (
        r"must be a date written YYYY-MM-DD, not (?P<v>.+)",
        "skal være en dato skrevet ÅÅÅÅ-MM-DD, ikke {v}",
    ),
    (r"(?P<v>.+) is not a real date", "{v} er ikke en dato, der findes"),
    # Prøvehandlinger's extension (indicators, snapshots, notes, spreading).
    (r"must be a number, not (?P<t>.+)", lambda m: f"skal være et tal, ikke {_type(m['t'])}"),
    (
        r"(?P<v>.+) is not a number below a million millions",
        "{v} er ikke et tal under en million millioner",
    ),
    (r"(?P<v>.+) is not a number", "{v} er ikke et tal"),
    (r"has two snapshots on the same date", "har to målinger på samme dato"),
    (
        r"has a snapshot before baseline_date \((?P<d>.+)\)",
        "har en måling før nulpunktets dato ({d})",
    ),
    (r"names a unit twice \(one note per unit\)", "nævner en enhed to gange (én note pr. enhed)"),
    (r"names the experiment itself", "peger på prøvehandlingen selv"),
    (r"(?P<v>.+) is in the future", "{v} ligger i fremtiden"),
    (r"(?P<v>.+) is not a KLE number .*", "{v} er ikke et KLE-nummer (fx 27.12 eller 27.12.04)"),
    (
        r"unknown (?P<n>\w+) key (?P<v>.+)",
        lambda m: f"der findes {NONE[m['n']]} med nøglen {m['v']}",
    ),
    (r"must name at least one (?P<n>\w+)", lambda m: f"skal nævne mindst én {NOUNS[m['n']]}"),
    (r"needs a unit or a person \(or both\)", "skal have en enhed eller en person (eller begge)"),
    (
        r"duplicate key (?P<v>.+) \(also at (?P<at>.+)\)",
        lambda m: (
            f"nøglen {m['v']} er brugt to gange (også i "
            f"{_lower_first(location_in_danish(m['at']))})"
        ),
    ),
    (r"is before started \((?P<d>.+)\)", "ligger før startdatoen ({d})"),
    (
        r"the parents form a cycle: (?P<c>.+)",
        "enhederne ligger under hinanden i ring: {c}. En enhed kan ikke ligge under sig selv",
    ),
    (
        r"the file must hold a JSON object, not (?P<t>.+)",
        lambda m: f"filen skal indeholde et JSON-objekt, ikke {_type(m['t'])}",
    ),
    (
        r"the file is not UTF-8 text: the byte (?P<b>\w+) at offset (?P<o>\d+) \(line (?P<l>\d+), column (?P<c>\d+)\).*",
        "filen er ikke gemt med tegnsættet UTF-8, så linje {l}, tegn {c} kan ikke læses. "
        "Gem filen som UTF-8, og prøv igen (fra Excel: vælg »CSV UTF-8«)",
    ),
    (
        r"the file is not valid JSON: (?P<msg>.+) at line (?P<l>\d+), column (?P<c>\d+)",
        lambda m: (
            f"filen er ikke gyldig JSON. I linje {m['l']}, tegn {m['c']} "
            + JSON_REASONS.get(m["msg"], f"er der en fejl ({m['msg']})")
        ),
    ),
    (
        r"the file is not valid CSV: (?P<msg>.+)",
        lambda m: f"filen er ikke en gyldig CSV-fil: {CSV_REASONS.get(m['msg'], m['msg'])}",
    ),
    (
        r"the workbook unpacks to (?P<n>\d+) MB; .* more than (?P<m>\d+) MB .*",
        "projektmappen fylder {n} MB, når den er pakket ud. Den må højst fylde {m} MB udpakket",
    ),
    (
        r"the sheet has more than (?P<n>\d+) rows; .*",
        "regnearket har mere end {n} rækker. Større regneark kan ikke indlæses; del det op",
    ),
    (
        r"the cell holds the formula (?P<f>.+) but no calculated value; .*",
        "cellen indeholder formlen {f}, men ingen beregnet værdi. Åbn filen i Excel eller "
        "LibreOffice, og gem den igen, eller erstat formlen med dens værdi",
    ),
    (
        r"the cell holds (?P<n>\d+) characters; at most (?P<m>\d+) .*",
        "cellen indeholder {n} tegn. Der må højst stå {m} tegn i en celle",
    ),
    (
        r"only the first sheet, (?P<v>.+), was read; the workbook has (?P<n>\d+) sheets",
        "kun det første ark, {v}, er læst. Projektmappen har {n} ark",
    ),
    (
        r"the file is not an Excel workbook.*",
        "filen er ikke en Excel-projektmappe (.xlsx), der kan læses",
    ),
    (r"the file is empty; .*", "filen er tom. Den første række skal have kolonnernes navne"),
    (
        r"unknown column; the columns for (?P<k>\w+) are: (?P<l>.+)",
        lambda m: f"ukendt kolonne. Kolonnerne for {KINDS[m['k']]} er: {m['l']}",
    ),
    (r"appears twice", "står der to gange"),
    (
        r"another import is running.*",
        "der er allerede en anden indlæsning i gang, så filen er ikke indlæst. Prøv igen, "
        "når den er færdig",
    ),
    (r'the column "(?P<c>.+)" is missing', 'kolonnen "{c}" mangler'),
    (
        r"has more cells than the first row has columns",
        "har flere celler, end den første række har kolonner",
    ),
    (
        r"the area (?P<a>.+) is called (?P<n>.+) in row (?P<r>\d+)",
        "fagområdet {a} hedder {n} i række {r}",
    ),
]
_COMPILED = [(re.compile(pattern), danish) for pattern, danish in PATTERNS]


_LOCATION = re.compile(r'row (?P<r>\d+)(?:, column "(?P<c>[^"]*)")?')


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def location_in_danish(path: str) -> str:
    """`row 4, column "name"` → `række 4, kolonne »name«`; JSON paths stay as they are."""
    match = _LOCATION.fullmatch(path)
    if not match:
        return path
    text = f"Række {match['r']}"
    if match["c"] is not None:
        text += f", kolonne »{match['c']}«"
    return text


def in_danish(message: str) -> str:
    """The Danish version of a validation message (the English one if there is none)."""
    for pattern, danish in _COMPILED:
        match = pattern.fullmatch(message)
        if match:
            text = danish(match) if callable(danish) else danish.format(**match.groupdict())
            return text[:1].upper() + text[1:] + "."
    return message
