"""The PostgreSQL backend's own paths: a rebuild written with COPY, the postings' reads."""

import pytest
from django.db import connection, transaction

from traade import search
from traade.builders import make_challenge, make_experiment, make_person
from traade.search.backends import Filters, PostgresBackend, Query
from traade.search.documents import all_documents
from traade.search.models import SearchDocument, SearchTerm

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the PostgreSQL backend's own paths"
)


def postings():
    """Every posting, with the record named by kind and key (ids change in a rebuild)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT p.term, d.kind, d.key, p.tf, p.strong, p.len, p.kind, p.area "
            "FROM search_posting p JOIN search_document d ON d.id = p.doc_id"
        )
        return sorted(cursor.fetchall())


@pytest.fixture
def town(unit, other_unit):
    make_person(
        key="p-1", name="Anna Hansen", title="Sygeplejerske", unit=unit, expertise=["sansehave"]
    )
    make_experiment(
        key="e-1",
        title="Sansehave for beboere med demens",
        tags=["demens", "sansehave"],
        units=[unit, other_unit],
    )
    make_challenge(key="c-1", title="Beboere der keder sig om aftenen", unit=unit)
    return unit


def test_a_rebuild_writes_the_same_postings_as_indexing_each_record(town):
    count = search.rebuild()
    rebuilt = postings()
    assert len(rebuilt) > count
    # `index` computes a record's postings in SQL from its analysed columns.
    for batch in all_documents():
        for doc in batch:
            PostgresBackend().replace(doc.kind, doc.obj_id, doc)
    assert postings() == rebuilt


def test_a_rebuild_counts_every_term_once_per_record(town):
    search.rebuild()
    with connection.cursor() as cursor:
        cursor.execute("SELECT term, count(*) FROM search_posting GROUP BY term")
        per_term = dict(cursor.fetchall())
    assert dict(SearchTerm.objects.values_list("term", "df")) == per_term


def test_a_rebuild_keeps_record_ids_unique_and_the_index_writable(town, find):
    search.rebuild()
    search.rebuild()
    ids = list(SearchDocument.objects.values_list("id", flat=True))
    assert len(ids) == len(set(ids))
    person = make_person(key="p-2", name="Bo Hønsegård", unit=town)
    search.index(person)
    assert find("hønsegård") == ["p-2"]


def test_a_failed_rebuild_leaves_the_old_index(town, find):
    search.rebuild()
    before = postings()

    def batches():
        yield from all_documents(batch=2)
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError), transaction.atomic():
        PostgresBackend().rebuild(batches())
    assert postings() == before
    assert find("sansehave")


def test_posting_terms_compare_byte_by_byte(town):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT collation_name FROM information_schema.columns "
            "WHERE table_name = 'search_posting' AND column_name = 'term'"
        )
        assert cursor.fetchone()[0] == "C"


@pytest.mark.parametrize(
    "filters",
    [Filters(), Filters(kinds=("person",)), Filters(area="sundhed"), Filters(status="idea")],
    ids=["none", "kind", "area", "status"],
)
def test_candidates_and_counts_in_one_query_match_the_separate_queries(town, filters):
    search.rebuild()
    backend = PostgresBackend()
    stats = backend.term_stats(["sansehav", "demens", "beboer"])
    query = Query([[("sansehav",)], [("demens",), ("beboer", "demens")]])
    candidates, counts = backend.candidates_and_facets(query, filters, 40, stats=stats)
    assert candidates == backend.candidates(query, filters, 40, stats=stats)
    assert candidates
    assert sorted(counts) == sorted(backend.facets(query, filters))
    if filters.kinds:
        kinds = {kind for kind, _, _ in counts}
        assert len(kinds) > 1  # the counts ignore the kind filter


def test_a_rebuild_builds_the_postings_indexes_even_if_one_is_missing(town):
    with connection.cursor() as cursor:
        cursor.execute("DROP INDEX search_posting_strong")
    search.rebuild()
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'search_posting'")
        names = {name for (name,) in cursor.fetchall()}
        cursor.execute("SELECT count(*) FROM search_posting WHERE strong")
        assert cursor.fetchone()[0] > 0
    assert names == {"search_posting_pkey", "search_posting_doc", "search_posting_strong"}


@pytest.mark.parametrize("strong", [False, True], ids=["all columns", "strong columns"])
def test_reading_a_common_group_term_only_where_the_rarer_one_is_changes_nothing(
    town, monkeypatch, strong
):
    from traade.builders import make_unit
    from traade.search.backends import postgres as backends

    for i in range(12):
        make_unit(key=f"u-{i}", name=f"Pleje {i}", description="Pleje og omsorg." * (i % 3 + 1))
    for i in range(3):
        make_unit(key=f"u-old-{i}", name=f"Ældre {i}", knowledge=["pleje af ældre"])
    search.rebuild()
    backend = PostgresBackend()
    query = Query([[("ældreplej",), ("æld", "plej")], [("omsorg",)]], strong=strong)
    stats = backend.term_stats(["ældreplej", "æld", "plej", "omsorg"])
    assert stats["plej"][0] > 4 * stats["æld"][0]

    def run(narrow, semi_join):
        monkeypatch.setattr(backends, "NARROW_RATIO", narrow)
        monkeypatch.setattr(backends, "SEMI_JOIN_RATIO", semi_join)
        candidates, counts = backend.candidates_and_facets(query, Filters(), 40, stats=stats)
        return candidates, sorted(counts)

    looked_up, kept, grouped = run(0, 0), run(1e9, 0), run(1e9, 1e9)
    assert grouped[0]
    assert looked_up == kept == grouped
