"""Ranking rules: field weights, phrases, current tasks, and no penalty for failure."""

import datetime

import pytest
import time_machine

from traade.builders import make_experiment, make_task


def test_a_name_match_ranks_above_free_text(make, indexed, find):
    in_text = make(
        "Rådgivningen", description="Vi arbejder blandt andet med demens og med meget andet."
    )
    in_name = make("Demenscentret")
    indexed()
    assert find("demens")[:2] == [in_name.key, in_text.key]


def test_knowledge_ranks_above_free_text(make, indexed, find):
    in_text = make("Enhed A", description="Vi arbejder blandt andet med velfærdsteknologi.")
    in_knowledge = make("Enhed B", knowledge=["velfærdsteknologi"])
    indexed()
    assert find("velfærdsteknologi")[:2] == [in_knowledge.key, in_text.key]


def test_the_exact_phrase_ranks_above_scattered_words(make, indexed, find):
    scattered = make("Enhed A", description="De ældre er glade for maden, og vi laver mad.")
    phrase = make("Enhed B", description="Vi arbejder for glade ældre, og vi laver mad.")
    indexed()
    assert find("glade ældre")[:2] == [phrase.key, scattered.key]


@time_machine.travel(datetime.date(2026, 6, 1))
def test_current_tasks_rank_above_ended_ones(make, indexed, find):
    ended = make("Enhed A")
    make_task(unit=ended, title="Skærmbesøg for pårørende", until=datetime.date(2025, 1, 1))
    current = make("Enhed B")
    make_task(unit=current, title="Skærmbesøg for pårørende", until=datetime.date(2027, 1, 1))
    indexed()
    assert find("skærmbesøg")[:2] == [current.key, ended.key]


@pytest.mark.parametrize("result", ["did_not_work", "partly", "unknown"])
def test_experiments_that_did_not_work_are_not_ranked_lower(make, indexed, employee, result):
    from traade import search

    unit = make("Solgården")
    worked = make_experiment(title="Robotstøvsugere i boligerne", result="worked", units=[unit])
    other = make_experiment(title="Robotstøvsugere i boligerne", result=result, units=[unit])
    indexed()
    hits = search.search("robotstøvsugere", user=employee, kinds=["experiment"]).hits
    scores = {h.key: h.score for h in hits}
    assert scores[worked.key] == scores[other.key]


def test_very_common_words_do_not_select_records_in_a_large_index():
    from traade.search.analysis import QueryWord
    from traade.search.query import Concept
    from traade.search.ranking import _selective

    def concept(term):
        return Concept([QueryWord(term, term)], [(term,)], main=(term,))

    common, rare = concept("dag"), concept("skybrud")
    stats = {"dag": (30_000, "dag"), "skybrud": (12, "skybrud")}
    assert _selective([common, rare], stats, 100_000) == [rare]
    small = {"dag": (600, "dag"), "skybrud": (1, "skybrud")}
    assert _selective([common, rare], small, 1_000) == [common, rare]  # small: all count
    assert _selective([common], stats, 100_000) == [common]


def test_a_broad_query_in_a_large_index_ranks_strong_fields_and_still_counts(
    make, indexed, employee, monkeypatch, client_for
):
    from django.urls import reverse

    from traade import search
    from traade.search import engine

    named = make("Demens og Sundhed")
    knows = make("Enhed B", knowledge=["demens"])
    for i in range(6):
        make(f"Enhed {i}", description="Vi har borgere med demens.")
    indexed()
    monkeypatch.setattr(engine, "BROAD_SHARE", 0.03)
    monkeypatch.setattr(engine, "BROAD_MIN", 3)
    found = search.search("demens", user=employee)
    assert not found.facets_counted
    assert found.total == 8
    assert [h.key for h in found.hits] == [named.key, knows.key]
    page = client_for(employee).get(reverse("search:results"), {"q": "demens"})
    assert "Enheder</a>" in page.content.decode()


def test_a_unit_named_in_the_query_ranks_above_the_people_who_work_there(make, indexed, find):
    from traade.builders import make_person

    unit = make(
        "Plejecenter Lindegården",
        description="Et plejecenter med 60 boliger, demensafsnit, træning og en have. " * 4,
        knowledge=["demens", "palliation", "sansehave", "rehabilitering"],
    )
    people = [
        make_person(name=f"Person {i}", title="Social- og sundhedsassistent", unit=unit)
        for i in range(12)
    ]
    indexed()
    found = find("Lindegaarden")
    assert found[0] == unit.key
    assert set(found[1:13]) == {p.key for p in people}


def test_plejehjem_finds_plejecentre_before_home_care(make, indexed, find):
    from traade.builders import make_person

    home_care = make("Hjemmeplejen Nord", knowledge=["personlig pleje i hjemmet"])
    for i in range(4):
        make_person(name=f"Hjælper {i}", title="Hjemmehjælper", unit=home_care)
    centre = make("Plejecenter Rosenly", description="Et plejecenter med 40 boliger.")
    make("Borgerservice", description="Pas, kørekort og meget andet.")
    indexed()
    for query in ("plejehjem", "plejehjemmene"):
        assert find(query)[0] == centre.key, query


def test_a_word_only_inside_compounds_counts_less_than_the_word(make, indexed, find):
    parts = make("Enhed A", knowledge=["hjemmepleje"])
    whole = make("Enhed B", knowledge=["pleje", "plejehjem"])
    indexed()
    assert find("plejehjem")[0] == whole.key
    assert parts.key not in find("plejehjem")[:1]


def test_a_unit_with_the_word_in_its_compound_name_ranks_high(make, indexed, find):
    team = make(
        "Demensteamet",
        description="Vi rådgiver pårørende og personale og kommer på hjemmebesøg hos borgere.",
        knowledge=["demens", "pårørende", "rådgivning"],
    )
    for i in range(5):
        make(f"Enhed {i}", knowledge=["demens"])
    indexed()
    assert find("demens")[0] == team.key


@pytest.fixture
def fresh_cache():
    """Forget which day this process last saw the index as fresh (a module-level cache)."""
    from traade.search import indexing

    indexing._fresh_day = None
    yield
    indexing._fresh_day = None


def test_a_task_that_ends_counts_as_ended_from_the_next_day_without_a_reindex(
    make, indexed, find, fresh_cache
):
    from traade.search.models import SearchDocument

    with time_machine.travel(datetime.datetime(2026, 6, 1, 12, 0), tick=False):
        ending = make("Enhed A")
        make_task(unit=ending, title="Skærmbesøg for pårørende", until=datetime.date(2026, 6, 1))
        lasting = make("Enhed B")
        make_task(unit=lasting, title="Skærmbesøg for pårørende", until=datetime.date(2027, 1, 1))
        indexed()
        # Both are current on the last day of the first task: ties are broken by key.
        assert find("skærmbesøg")[:2] == sorted([ending.key, lasting.key])
        assert "skærmbesøg" in SearchDocument.objects.get(key=ending.key).t_current

    with time_machine.travel(datetime.datetime(2026, 6, 2, 12, 0), tick=False):
        assert find("skærmbesøg")[:2] == [lasting.key, ending.key]
        document = SearchDocument.objects.get(key=ending.key)
        assert "skærmbesøg" in document.t_ended
        assert "skærmbesøg" not in document.t_current


def test_the_freshness_refresh_reindexes_only_units_whose_tasks_ended_since(
    make, indexed, fresh_cache
):
    from traade.search.indexing import refresh_current
    from traade.search.models import SearchDocument, SearchState

    with time_machine.travel(datetime.datetime(2026, 6, 1, 12, 0), tick=False):
        long_ended = make("Enhed A")
        make_task(unit=long_ended, title="Gammel opgave", until=datetime.date(2025, 1, 1))
        ending = make("Enhed B")
        make_task(unit=ending, title="Kort opgave", until=datetime.date(2026, 6, 3))
        make("Enhed C")
        indexed()
        assert SearchState.objects.get().fresh_on == datetime.date(2026, 6, 1)
        assert refresh_current() == 0  # fresh today

    assert refresh_current(datetime.date(2026, 6, 3)) == 0  # still current on its last day
    # Ended on the 4th: Enhed B and the task's own document (now "ended").
    assert refresh_current(datetime.date(2026, 6, 10)) == 2
    assert set(SearchDocument.objects.filter(status="ended").values_list("kind", "title")) == {
        ("task", "Gammel opgave"),
        ("task", "Kort opgave"),
    }
    assert SearchState.objects.get().fresh_on == datetime.date(2026, 6, 10)
    assert refresh_current(datetime.date(2026, 6, 11)) == 0


def test_the_freshness_refresh_does_nothing_before_anything_is_indexed(db, fresh_cache):
    from traade.search.indexing import refresh_current

    assert refresh_current(datetime.date(2026, 6, 1)) == 0


def test_special_knowledge_ranks_above_a_job_title(make, indexed, find):
    from traade.builders import make_person

    unit = make("Hjemmeplejen Nord")
    by_title = make_person(name="Jonas Jensen", title="Hjemmehjælper", unit=unit)
    by_knowledge = make_person(
        name="Helle Lund", title="Sygeplejerske", expertise=["hjemmehjælp"], unit=unit
    )
    indexed()
    found = find("hjemmehjælp")
    assert found.index(by_knowledge.key) < found.index(by_title.key)


def test_a_query_reads_the_statistics_of_its_terms_in_one_round_trip(make, indexed):
    from traade.search.backends import get_backend
    from traade.search.query import Statistics, build_concepts

    # The index knows every word and compound part of these queries (a word it does not
    # know costs one more round trip for the thesaurus: test_thesaurus.py).
    make("Plejecenter Solgården", knowledge=["demens", "sansehave", "pleje af ældre"])
    indexed()
    for text in ("demens plejecenter", "ældrepleje", "aeldre sansehave", "ppr"):
        statistics = Statistics(get_backend())
        concepts = build_concepts(text, statistics)
        statistics.get({t for c in concepts for alt in c.alternatives for t in alt})
        assert statistics.round_trips == 1, text
