"""Threads made by an import: an answer to another unit's challenge and an experiment run
by two units, as the exchange format (`traade/1`) carries them."""

import copy
import datetime

import pytest

from traade.directory.models import Unit
from traade.exchange.importer import import_document
from traade.exchange.tests.conftest import SAMPLE
from traade.threads.models import Reason

pytestmark = pytest.mark.django_db

DOCUMENT = {
    # The organisation as in the exchange tests' sample; three areas of its own.
    **{key: SAMPLE[key] for key in ("format", "organisation")},
    "areas": [
        {"key": key, "name": name}
        for key, name in [("sundhed", "Sundhed"), ("kultur", "Kultur"), ("boern", "Børn og Unge")]
    ],
    "units": [
        {
            "key": "u-solgaarden",
            "name": "Plejecenter Solgården",
            "kind": "institution",
            "area": "sundhed",
        },
        {
            "key": "u-biblioteket",
            "name": "Egeby Bibliotek",
            "kind": "institution",
            "area": "kultur",
        },
        {"key": "u-skolen", "name": "Egeby Skole", "kind": "institution", "area": "boern"},
        {"key": "u-hallen", "name": "Egeby Hallen", "kind": "institution", "area": "kultur"},
    ],
    "experiments": [
        {
            "key": "e-sang",
            "title": "Fællessang med skolens 4. klasse",
            "units": ["u-solgaarden", "u-skolen"],
            "started": "2025-03-01",
        },
        {"key": "e-alene", "title": "Åben hal om søndagen", "units": ["u-hallen"]},
    ],
    "challenges": [
        {
            "key": "c-ensomhed",
            "title": "Beboere der sidder alene om eftermiddagen",
            "description": "Hvordan får flere lyst til at være med?",
            "unit": "u-solgaarden",
            "posted": "2025-09-01",
            "responses": [
                {"unit": "u-biblioteket", "text": "Vi kommer med højtlæsning."},
                {"unit": "u-biblioteket", "text": "Og lydbøger."},  # the same unit again
                {"unit": "u-solgaarden", "text": "Vi prøver selv en sangeftermiddag."},
            ],
        }
    ],
}


def _threads() -> set[tuple[str, str, str, datetime.date]]:
    return {
        (kind, a, b, date)
        for kind, a, b, date in Reason.objects.values_list(
            "kind", "unit_a__key", "unit_b__key", "date"
        )
    }


def _pair(one: str, other: str) -> tuple[str, str]:
    """Two unit keys in the order a reason stores them (by id)."""
    units = Unit.objects.in_bulk([one, other], field_name="key")
    return tuple(sorted([one, other], key=lambda key: units[key].pk))


def test_an_imported_answer_and_a_shared_experiment_make_threads():
    import_document(copy.deepcopy(DOCUMENT), index=False)
    answered = _pair("u-solgaarden", "u-biblioteket")
    together = _pair("u-solgaarden", "u-skolen")
    # One challenge thread however many answers the library gave, dated by the posting;
    # the plejecenter's own answer and the hall's experiment alone make none.
    assert _threads() == {
        ("challenge", *answered, datetime.date(2025, 9, 1)),
        ("experiment", *together, datetime.date(2025, 3, 1)),
    }
    reason = Reason.objects.get(kind="challenge")
    assert reason.label == (
        "Egeby Bibliotek svarede på udfordringen »Beboere der sidder alene om eftermiddagen«"
    )
    assert reason.url == "/udfordringer/c-ensomhed/"


def test_importing_again_keeps_the_threads_and_a_removed_answer_removes_its_thread():
    import_document(copy.deepcopy(DOCUMENT), index=False)
    before = set(Reason.objects.values_list("pk", "kind"))
    import_document(copy.deepcopy(DOCUMENT), index=False)
    assert set(Reason.objects.values_list("pk", "kind")) == before  # nothing rewritten

    later = copy.deepcopy(DOCUMENT)
    later["challenges"][0]["responses"] = [
        r for r in later["challenges"][0]["responses"] if r["unit"] != "u-biblioteket"
    ]
    import_document(later, index=False)
    assert {kind for _pk, kind in Reason.objects.values_list("pk", "kind")} == {"experiment"}


def test_an_imported_answer_that_names_only_a_person_makes_a_thread_to_their_unit():
    document = copy.deepcopy(DOCUMENT)
    document["people"] = [
        {"key": "p-hal", "name": "Hans Hal", "unit": "u-hallen"},
        {"key": "p-sol", "name": "Sofie Sol", "unit": "u-solgaarden"},
    ]
    document["challenges"][0]["responses"] = [
        {"person": "p-hal", "text": "Kom og spil bordtennis."},
        {"person": "p-sol", "text": "Vi spørger selv beboerne."},  # the poster's own unit
    ]
    import_document(document, index=False)
    answered = _pair("u-solgaarden", "u-hallen")
    assert {t for t in _threads() if t[0] == "challenge"} == {
        ("challenge", *answered, datetime.date(2025, 9, 1))
    }
    assert Reason.objects.get(kind="challenge").label.startswith("Egeby Hallen svarede")
