"""A broad Danish thesaurus, for query words the index does not know.

The data is the Danish thesaurus that LibreOffice ships (`th_da_DK`, by Foreningen for
frit tilgængelige sprogværktøjer, licensed LGPL-2.1 or GPL-2 or MPL-1.1; installed from
Debian's package `mythes-da`), reduced to what search uses: for each one-word headword,
the words of its senses (near synonyms; not its narrower terms, "underbegreb"), in
`data/thesaurus-da.txt.gz` under LGPL-2.1 (see `data/thesaurus-da.LICENSE`).

A thesaurus mixes a word's senses ("skole" is also "fag" and "retning"), so search asks
it only for a word the index does not know at all: there the choice is between its
senses and nothing. Of its words, only those the index knows are searched (see
`query.build_concepts`). Rebuild the data file from the Debian package with

    apt-get install mythes-da
    .venv/bin/python -m traade.search.thesaurus /usr/share/mythes/th_da_DK.dat
"""

from __future__ import annotations

import functools
import gzip
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "thesaurus-da.txt.gz"
MAX_WORDS = 3  # a sense's phrases of more words are left out
HEADER = """\
# Danish thesaurus for Tråde's search: one-word headword => the words of its senses.
# Derived from LibreOffice's th_da_DK (Debian package mythes-da {version}), Copyright
# 2007-2014 Foreningen for frit tilgængelige sprogværktøjer <info@stavekontrolden.dk>,
# licensed LGPL-2.1 or GPL-2 or MPL-1.1; this derived file is distributed under
# LGPL-2.1 (thesaurus-da.LICENSE). Made by `python -m traade.search.thesaurus`:
# narrower terms ("underbegreb"), remarks in parentheses and phrases of more than
# {max_words} words left out.
"""


def parse_mythes(text: str) -> dict[str, list[str]]:
    """{headword: the words of its senses} from a MyThes .dat file's text."""
    lines = text.split("\n")[1:]  # the first line names the encoding
    out: dict[str, list[str]] = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        head, _, count = line.rpartition("|")
        senses = lines[i + 1 : i + 1 + int(count)]
        i += 1 + int(count)
        head = _clean(head)
        if not head or len(head.split()) != 1:
            continue
        words = out.setdefault(head.lower(), [])
        for sense in senses:
            if "(underbegreb)" in sense:
                continue
            for word in sense.lstrip("|").split("|"):
                word = _clean(word)
                if word and len(word.split()) <= MAX_WORDS and word.lower() != head.lower():
                    if word not in words:
                        words.append(word)
        if not words:
            del out[head.lower()]
    return out


def _clean(text: str) -> str:
    """Without remarks in parentheses ("(daglig tale)"); "" for the format's signs."""
    text = " ".join(re.sub(r"\([^)]*\)", "", text).split())
    if any(sign in text for sign in ",=#") or text.startswith("-") or text.endswith("-"):
        return ""  # and not the suffixes ("-else => -sel")
    return text


def write(entries: dict[str, list[str]], path: Path = DATA, version: str = "") -> None:
    body = "".join(f"{head} => {', '.join(words)}\n" for head, words in sorted(entries.items()))
    header = HEADER.format(version=version or "?", max_words=MAX_WORDS)
    # mtime=0: the same input gives the same bytes.
    with (
        open(path, "wb") as raw,
        gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as out,
    ):
        out.write((header + body).encode("utf-8"))


@functools.cache
def _entries() -> dict[str, tuple[str, ...]]:
    """{analysed headword: its words as written}, read once per process."""
    from .analysis import analyse_query

    out: dict[str, tuple[str, ...]] = {}
    with gzip.open(DATA, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#") or "=>" not in line:
                continue
            head, _, words = line.partition("=>")
            terms = [w.term for w in analyse_query(head)]
            if len(terms) == 1:
                found = tuple(w.strip() for w in words.split(",") if w.strip())
                out[terms[0]] = out.get(terms[0], ()) + found
    return out


@functools.lru_cache(maxsize=20_000)
def alternatives(term: str) -> frozenset[tuple[str, ...]]:
    """The analysed words of the senses of the analysed word `term` (AND groups)."""
    from .analysis import analyse_query, stem

    entries = _entries()
    # The stemmer takes one ending off at a time: the headword "losseplads" is stored
    # as "losseplad", while "lossepladsen" gives "losseplads"; a second pass meets it.
    words = entries.get(term) or entries.get(stem(term), ())
    found = {tuple(w.term for w in analyse_query(word)) for word in words}
    return frozenset(alt for alt in found if alt and alt != (term,))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m traade.search.thesaurus /usr/share/mythes/th_da_DK.dat")
        return 2
    source = Path(argv[0])
    entries = parse_mythes(source.read_text(encoding="utf-8"))
    version = ""
    changelog = Path("/usr/share/doc/mythes-da/changelog.Debian.gz")
    if changelog.exists():
        with gzip.open(changelog, "rt", encoding="utf-8") as f:
            match = re.search(r"\(([^)]+)\)", f.readline())
            version = match.group(1) if match else ""
    write(entries, version=version)
    print(f"{len(entries)} headwords written to {DATA}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
