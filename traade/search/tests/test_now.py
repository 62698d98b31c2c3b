""" "lige nu" in a query: which words ask for what is going on now."""

import pytest

from traade.search.now import split_now


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("demens lige nu", ("demens", True)),
        ("Hvem arbejder med demens lige nu?", ("demens", True)),
        ("hvem der arbejder på sygefravær i øjeblikket", ("sygefravær", True)),
        ("Lige nu: kantine for tiden", ("kantine", True)),
        ("hvem arbejder med demens nu", ("demens", True)),
        ("lige nu", ("", True)),
    ],
)
def test_the_words_that_ask_for_now_are_removed(query, expected):
    assert split_now(query) == expected


@pytest.mark.parametrize(
    "query", ["demens", "nu og da", "arbejder med demens", "ligeværd nuancer", "for tid"]
)
def test_other_queries_are_left_as_they_are(query):
    assert split_now(query) == (query, False)
