"""The index follows the content, in the same transaction."""

import pytest
from django.db import transaction

from traade import search
from traade.builders import make_challenge, make_experiment, make_person
from traade.directory import services
from traade.search.models import SearchDocument, SearchTerm


def test_a_visitkort_change_is_searchable_at_once(unit, leader, find):
    services.update_visitkort(actor=leader, unit=unit, data={"knowledge": ["sansehave"]})
    assert find("sansehave") == [unit.key]


def test_a_rolled_back_change_leaves_the_index_as_it_was(unit, leader, find):
    services.update_visitkort(actor=leader, unit=unit, data={"knowledge": ["akvarium"]})
    before = set(SearchTerm.objects.values_list("term", "df"))
    with pytest.raises(RuntimeError), transaction.atomic():
        services.update_visitkort(actor=leader, unit=unit, data={"knowledge": ["terrarium"]})
        assert find("terrarium") == [unit.key]
        raise RuntimeError("the request failed")
    assert find("terrarium") == []
    assert find("akvarium") == [unit.key]
    assert set(SearchTerm.objects.values_list("term", "df")) == before


def test_a_task_change_reindexes_its_unit(unit, leader, find):
    services.save_task(actor=leader, unit=unit, title="Skærmbesøg for pårørende")
    assert find("skærmbesøg") == [unit.key]


def test_a_person_change_is_searchable(leader, find):
    person = leader.person
    services.update_person(actor=leader, person=person, data={"expertise": ["sansehaver"]})
    assert person.key in find("sansehaver")


def test_unindex_removes_the_record_and_its_terms(unit, find):
    search.index(unit)
    assert find("solgården") == [unit.key]
    search.unindex(unit)
    assert find("solgården") == []
    assert not SearchTerm.objects.filter(term="solgård").exists()


def test_an_experiment_is_indexed_with_its_units(unit, find):
    experiment = make_experiment(title="Hønsegård i haven", units=[unit])
    search.index(experiment)
    assert set(find("hønsegård")) == {experiment.key, unit.key}


def test_rebuild_indexes_everything_and_counts_terms(unit, employee, find):
    make_person(key="p-1", name="Anna Sansehave", unit=unit)
    make_challenge(key="c-1", title="Beboere der keder sig", unit=unit)
    count = search.rebuild()
    assert count == SearchDocument.objects.count() >= 4
    assert find("keder") == ["c-1"]
    # A person's name is indexed as written: "Sansehave" the name is not "sansehav".
    assert SearchTerm.objects.get(term="sansehave").df == 1
    assert not SearchTerm.objects.filter(term="sansehav").exists()


def test_incremental_and_full_indexing_give_the_same_index(unit, leader):
    services.update_visitkort(actor=leader, unit=unit, data={"knowledge": ["demens", "sansehave"]})
    services.save_task(actor=leader, unit=unit, title="Ny have")
    search.index(leader.person)
    incremental = set(SearchTerm.objects.values_list("term", "df"))
    search.rebuild()
    assert set(SearchTerm.objects.values_list("term", "df")) == incremental


def test_anonymous_users_find_nothing(unit):
    from django.contrib.auth.models import AnonymousUser

    search.index(unit)
    assert search.search("solgården", user=AnonymousUser()).hits == []


def test_snippets_join_fields_cleanly(make, indexed, employee, care):
    import re

    from traade.builders import make_experiment, make_person

    unit = make("Demenshuset")
    make_person(
        name="Bo Berg", title="Social- og sundhedsassistent", expertise=["demens i eget hjem"]
    )
    for title in ("Sansehave", "Dukketerapi"):
        make_experiment(title=title, tags=["demens", "Demens"], units=[unit])
    make_experiment(
        title="Walk and talk",
        why="Vi ville lære noget nyt.",
        what="Vi har gået ture med demente",
        learning="Det virkede",
        units=[unit],
    )
    indexed()
    found = search.search("demens", user=employee, limit=20)
    snippets = {h.key: re.sub("<[^>]+>", "", h.snippet) for h in found.hits}
    snippets |= {
        h.key: re.sub("<[^>]+>", "", h.snippet)
        for h in search.search("lære nyt", user=employee).hits
    }
    text = " | ".join(snippets.values())
    assert ".." not in text
    assert "demens. demens" not in text.lower()
    assert "demens, demens" not in text.lower()
    assert "Social- og sundhedsassistent – demens i eget hjem" in text
    assert "lære noget nyt. Vi har gået ture med demente. Det virkede." in text


def test_a_very_long_word_is_left_out_and_the_rest_is_indexed(make, employee):
    from traade import search

    unit = make("Arkivet", description="Vi arkiverer sager. " + "x" * 250 + " og " + "-y" * 150)
    search.rebuild()  # a term over 200 characters broke the PostgreSQL rebuild
    search.index(unit)
    assert [h.key for h in search.search("arkiverer", user=employee).hits] == [unit.key]
