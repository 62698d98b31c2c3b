"""Problems in Danish for the upload page.

The validator writes its messages in English (they are also the command's output and
go into logs); the upload page shows them to process leaders in Danish. Each pattern
below matches one English message; a message without a pattern is shown in English.
"""

from __future__ import annotations

import re

NOUNS = {"area": "fagområde", "unit": "enhed", "person": "person"}
NONE = {"area": "intet fagområde", "unit": "ingen enhed", "person": "ingen person"}
ONE = {"area": "et fagområde", "unit": "en enhed", "person": "en person"}
KINDS = {"units": "enheder", "people": "personer"}
TYPES = {
    "null": "null",
    "true/false": "true/false",
    "a number": "et tal",
    "text": "tekst",
    "a list": "en liste",
    "an object": "et objekt",
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
    (r"(?P<v>.+) is not a KLE number .*", "{v} er ikke et KLE-nummer (fx 27.12 eller 27.12.04)"),
    (
        r"unknown (?P<n>\w+) key (?P<v>.+)",
        lambda m: f"der findes {NONE[m['n']]} med nøglen {m['v']}",
    ),
    (r"must name at least one (?P<n>\w+)", lambda m: f"skal nævne mindst én {NOUNS[m['n']]}"),
    (r"needs a unit or a person \(or both\)", "skal have en enhed eller en person (eller begge)"),
    (
        r"duplicate key (?P<v>.+) \(also at (?P<at>.+)\)",
        "nøglen {v} er brugt to gange (også i {at})",
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
        "filen er ikke gyldig JSON: fejl i linje {l}, tegn {c} ({msg})",
    ),
    (r"the file is not valid CSV: (?P<msg>.+)", "filen er ikke en gyldig CSV-fil ({msg})"),
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
