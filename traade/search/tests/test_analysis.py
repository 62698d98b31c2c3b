"""The analyser on its own: each Danish language step."""

import pytest

from traade.search.analysis import (
    Synonyms,
    analyse,
    analyse_query,
    damerau_levenshtein,
    edits1,
    lexicon_correction,
    split_compound,
    stem,
)


def test_inflections_share_a_stem():
    assert stem("plejehjemmet") == stem("plejehjemmene") == stem("plejehjem")
    assert stem("skolerne") == stem("skole")


def test_words_that_drop_an_e_meet_their_inflections():
    assert stem("centre") == stem("center")
    assert stem("cykler") == stem("cykel")
    assert stem("midler") == stem("middel")


def test_compounds_split_with_linking_letters():
    assert split_compound("ældrepleje") == ("ældre", "pleje")
    assert split_compound("demensvenlig") == ("demens", "venlig")
    assert split_compound("affaldssortering") == ("affald", "sortering")
    assert split_compound("plejecentre") == ("pleje", "centre")


def test_common_words_made_of_listed_words_are_not_compounds():
    # Their parts are rarer than the word itself (counting its inflections).
    assert split_compound("sammen") is None  # not "sam" + "men"
    assert split_compound("generationer") is None  # not "gen" + "rat" + "ioner"
    assert split_compound("borgeren") is None  # "borger" is common
    assert split_compound("kursus") is None
    # A compound rarer than its parts is split, also when it is listed itself.
    assert split_compound("plejecenter") == ("pleje", "center")
    assert split_compound("hjælpemidler") == ("hjælpe", "midler")


def test_splits_prefer_listed_parts_and_no_linking_letter():
    # "kolen" is not a form of the short word "kol" (KOL), so "KOL" does not find schools.
    assert split_compound("fjordbyskolen") is None
    assert split_compound("skoleelever") == ("skole", "elever")  # not "skole" + "lever"
    assert split_compound("sygehuset") == ("syge", "huset")


def test_short_and_plain_words_are_not_split():
    assert split_compound("pleje") is None
    assert split_compound("demens") is None


def test_document_analysis_indexes_compound_parts():
    analysed = analyse("Et demensvenligt plejecenter")
    assert stem("demens") in analysed.parts
    assert stem("plejecenter") in analysed.terms


def test_aa_is_read_as_å():
    assert [w.term for w in analyse_query("Aahuset")] == [w.term for w in analyse_query("Åhuset")]


def test_stop_words_are_dropped_unless_the_query_is_only_stop_words():
    assert [w.surface for w in analyse_query("hvem ved noget om ældre")] == ["ved", "ældre"]
    assert [w.surface for w in analyse_query("og")] == ["og"]


def test_hyphenated_words_give_their_parts_and_the_joined_word():
    analysed = analyse("sosu-elever")
    assert analysed.terms == [stem("sosu"), stem("elever")]
    assert stem("sosuelever") in analysed.parts


def test_synonym_groups_work_both_ways_and_arrows_one_way():
    syn = Synonyms(["børnehave, daginstitution", "skybrud => kraftig regn"])
    assert (stem("daginstitution"),) in syn.alternatives((stem("børnehave"),))
    assert (stem("børnehave"),) in syn.alternatives((stem("daginstitution"),))
    assert (stem("kraftig"), stem("regn")) in syn.alternatives((stem("skybrud"),))
    assert not syn.alternatives((stem("kraftig"), stem("regn")))


def test_edit_distance_counts_a_transposition_as_one():
    assert damerau_levenshtein("hjemmehjlæp", "hjemmehjælp") == 1
    assert damerau_levenshtein("misburg", "misbrug") == 1
    assert damerau_levenshtein("abc", "xyz") == 3


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("demmente", "demente"),  # one edit from a listed word
        ("vugestue", "vuggestue"),
        ("hjemmesygeplje", "hjemmesygepleje"),  # one edit in a compound's last part
        ("misbrugsbehanling", "misbrugsbehandling"),
        ("socialpsykatri", "socialpsykiatri"),
    ],
)
def test_lexicon_correction_finds_the_word_meant(typed, meant):
    assert lexicon_correction(typed) == meant


@pytest.mark.parametrize(
    "word",
    [
        "vuggestue",  # listed
        "plejecentrene",  # a compound of listed words
        "lossepladsen",  # a listed word's form + a compound's last part: spelled right
        "bootcamp",  # nothing listed is near
        "demens",  # listed
    ],
)
def test_lexicon_correction_leaves_words_that_are_not_typos(word):
    assert lexicon_correction(word) is None


def test_edits1_makes_every_single_edit():
    found = edits1("kat")
    assert {"at", "akt", "kast", "hat", "katt", "kæt"} <= found
    assert "kat" not in found and "tak" not in found
