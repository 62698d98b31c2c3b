"""The Danish thesaurus: its data file, and its use for words the index does not know."""

from traade.search import thesaurus

MYTHES = """UTF-8
vikar|3
|afløser|stand in
|tilkaldevikar (underbegreb)
|stedfortræder (daglig tale)|en, to, tre|en meget lang omskrivning af ordet
-else|1
|-sel
gammel dag|1
|fortid
skrald|1
|skrald|affald
"""


def test_a_mythes_file_gives_each_word_the_words_of_its_senses_not_narrower_terms():
    entries = thesaurus.parse_mythes(MYTHES)
    # No "tilkaldevikar" (a narrower term), no remark "(daglig tale)", nothing with the
    # file format's comma, no phrase of more than three words, no suffix, no headword of
    # two words, and no word that is its own synonym.
    assert entries == {"vikar": ["afløser", "stand in", "stedfortræder"], "skrald": ["affald"]}


def test_the_data_file_reads_back_as_analysed_words(tmp_path, monkeypatch):
    path = tmp_path / "thesaurus.txt.gz"
    thesaurus.write(thesaurus.parse_mythes(MYTHES), path, version="test")
    monkeypatch.setattr(thesaurus, "DATA", path)
    thesaurus._entries.cache_clear()
    thesaurus.alternatives.cache_clear()
    try:
        # Analysed like queries: stemmed, and a phrase is an AND group.
        assert thesaurus.alternatives("vikar") == {("afløs",), ("stand", "in"), ("stedfortræd",)}
        assert thesaurus.alternatives("ukendt") == frozenset()
        # The same input gives the same bytes (the file is committed).
        again = tmp_path / "again.txt.gz"
        thesaurus.write(thesaurus.parse_mythes(MYTHES), again, version="test")
        assert again.read_bytes() == path.read_bytes()
    finally:
        thesaurus._entries.cache_clear()
        thesaurus.alternatives.cache_clear()


def test_the_shipped_thesaurus_is_broad_and_says_where_it_comes_from():
    import gzip

    with gzip.open(thesaurus.DATA, "rt", encoding="utf-8") as f:
        text = f.read()
    assert "LGPL-2.1" in text.split("\n\n")[0]
    assert (thesaurus.DATA.parent / "thesaurus-da.LICENSE").exists()
    assert len(thesaurus._entries()) > 20_000
    assert ("affald",) in thesaurus.alternatives("skrald")


def test_a_word_the_index_does_not_know_finds_records_by_its_thesaurus_words(make, indexed, find):
    stand_in = make("Afløserkorpset", description="Vi sender en afløser, når en kollega er syg.")
    make("Køkkenet", description="Vi laver mad.")
    indexed()
    assert find("vikar") == [stand_in.key]


def test_an_inflected_word_finds_its_headword_where_the_stemmer_stops_short(make, indexed, find):
    # "lossepladsen" stems to "losseplads", the headword "losseplads" to "losseplad".
    depot = make("Deponiet", description="Vi driver kommunens deponi ved Nørremark.")
    make("Køkkenet", description="Vi laver mad.")
    indexed()
    assert find("lossepladsen") == [depot.key]


def test_a_word_the_index_knows_is_not_expanded_by_the_thesaurus(make, indexed, find):
    # A thesaurus mixes a word's senses; the index's own word is what was meant.
    stand_in = make("Afløserkorpset", description="Vi sender en afløser, når en kollega er syg.")
    temps = make("Vikarkontoret", description="Vi har en vikar til alle skoler.")
    indexed()
    found = find("vikar")
    assert temps.key in found and stand_in.key not in found


def test_a_word_unknown_to_the_index_costs_one_more_round_trip_only(make, indexed):
    from traade.search.backends import get_backend
    from traade.search.query import Statistics, build_concepts

    make("Afløserkorpset", description="Vi sender en afløser, når en kollega er syg.")
    indexed()
    for text, trips in (("afløser", 1), ("vikar", 2), ("vikar afløser", 2)):
        statistics = Statistics(get_backend())
        concepts = build_concepts(text, statistics)
        statistics.get({t for c in concepts for alt in c.alternatives for t in alt})
        assert statistics.round_trips == trips, text
