"""Snippets mark only the words that matched the query."""

from traade import search
from traade.search.engine import MatchTerms, highlight

# What the query analysis gives (see test_the_search_marks_…_end_to_end for the real one):
# "demens" is searched as its stem "dem"; "tablet" as "tabl", or "tab" + "let" together.
DEMENS = MatchTerms(frozenset({"dem", "dement"}))
TABLET = MatchTerms(frozenset({"tabl"}), (frozenset({"tab", "let"}),))
AELDREPLEJE = MatchTerms(frozenset({"ældreplej"}), (frozenset({"æld", "plej"}),))
VR = MatchTerms(frozenset({"vr"}), (frozenset({"virtual", "reality"}),))


def marked(text: str, match: MatchTerms) -> str:
    return highlight(text, match, window=None)[0]


def test_a_stop_word_with_the_query_words_stem_is_not_marked():
    # "dem" (them) has the stem of "demens", but stop words are not indexed: it never matched.
    assert marked("Vi hjælper dem med demens", DEMENS) == ("Vi hjælper dem med <mark>demens</mark>")


def test_a_word_with_only_a_part_of_a_query_compound_is_not_marked():
    # "taber" has the stem "tab", one half of the split "tab" + "let" of "tablet".
    assert marked("Borgeren taber sig, og det er let at bruge en tablet", TABLET) == (
        "Borgeren taber sig, og det er let at bruge en <mark>tablet</mark>"
    )


def test_a_compound_with_the_query_word_in_it_is_marked():
    assert marked("En demensvenlig have", DEMENS) == "En <mark>demensvenlig</mark> have"


def test_an_inflected_compound_meets_its_stem():
    match = MatchTerms(frozenset({"plejecent"}), (frozenset({"plej", "cent"}),))
    assert marked("Skovlunds plejecentre", match) == "Skovlunds <mark>plejecentre</mark>"


def test_a_compound_made_of_the_query_compounds_parts_is_marked():
    assert marked("Ældreplejen og plejen", AELDREPLEJE) == "<mark>Ældreplejen</mark> og plejen"


def test_the_parts_of_a_query_compound_next_to_each_other_are_marked():
    assert marked("God pleje af ældre", AELDREPLEJE) == (
        "God <mark>pleje</mark> af <mark>ældre</mark>"
    )
    assert marked("Pleje i hjemmet for de ældre", AELDREPLEJE) == ("Pleje i hjemmet for de ældre")


def test_a_synonym_phrase_is_marked_where_it_stands_whole():
    assert marked("Virtual reality og VR-briller; reality-tv", VR) == (
        "<mark>Virtual</mark> <mark>reality</mark> og <mark>VR-briller</mark>; reality-tv"
    )


def test_a_plain_set_of_terms_still_marks_each_term():
    assert marked("Demens og tablet", {"dem"}) == "<mark>Demens</mark> og tablet"


def test_the_search_marks_only_matching_words_end_to_end(make, indexed, find, employee):
    make(
        "Plejecenter Birken",
        key="u-birken",
        description="Vi tager dem med på tur, og en tablet hjælper, når nogen taber tråden.",
        knowledge=["demens"],
    )
    indexed()
    for query, expected, unwanted in [
        ("demens", "<mark>demens</mark>", "<mark>dem</mark>"),
        ("tablet", "<mark>tablet</mark>", "<mark>taber</mark>"),
    ]:
        hits = search.search(query, user=employee).hits
        text = " ".join(h.snippet + h.title_html for h in hits)
        assert expected in text and unwanted not in text, query
