"""The challenge fields Tråde adds to the exchange format (docs/exchange.md): "Hvad nu
hvis …?", deadline, the summary of what helped and useful answers. Old files, without
them, still import."""

import copy
import datetime
import json

import pytest

from traade.challenges.models import Challenge, Response
from traade.exchange.exporter import export_document, to_json
from traade.exchange.importer import ImportFailed, import_document


@pytest.fixture
def extended(sample):
    document = copy.deepcopy(sample)
    challenge = document["challenges"][0]
    challenge.update(
        {
            "status": "solved",
            "what_if": "Hvad nu hvis de unge selv planlagde det?",
            "deadline": "2019-03-01",
            "summary": "Den stille café hjalp.",
        }
    )
    challenge["responses"][0]["useful"] = True
    return document


def test_the_extension_round_trips(extended, search_calls):
    import_document(extended)
    challenge = Challenge.objects.get()
    assert challenge.what_if == "Hvad nu hvis de unge selv planlagde det?"
    assert challenge.deadline == datetime.date(2019, 3, 1)
    assert challenge.summary == "Den stille café hjalp."
    assert list(Response.objects.order_by("position").values_list("useful", flat=True)) == [
        True,
        False,
    ]
    exported = export_document()["challenges"][0]
    assert exported["what_if"] == "Hvad nu hvis de unge selv planlagde det?"
    assert exported["deadline"] == "2019-03-01" and exported["summary"] == "Den stille café hjalp."
    assert exported["responses"] == extended["challenges"][0]["responses"]  # no "useful": false
    result = import_document(json.loads(to_json(export_document())))
    assert all(c.created == c.updated == 0 for c in result.counts.values())


def test_an_old_file_without_the_extension_imports(sample, search_calls):
    assert "what_if" not in json.dumps(sample)
    import_document(sample)
    challenge = Challenge.objects.get()
    assert (challenge.what_if, challenge.deadline, challenge.summary) == ("", None, "")
    assert not Response.objects.filter(useful=True).exists()
    exported = export_document()["challenges"][0]
    assert not {"what_if", "deadline", "summary"} & set(exported)


def test_marking_useful_is_an_update_not_lost_on_reimport(extended, sample, search_calls):
    import_document(extended)
    result = import_document(extended)
    assert result.counts["challenges"].updated == 0
    assert Response.objects.filter(useful=True).count() == 1


@pytest.mark.parametrize(
    "change, message",
    [
        ({"deadline": "snart"}, "deadline"),
        ({"responses": [{"unit": "u-skolen", "text": "x", "useful": "ja"}]}, "useful"),
    ],
)
def test_bad_extension_values_are_errors(sample, search_calls, change, message):
    document = copy.deepcopy(sample)
    document["challenges"][0].update(change)
    with pytest.raises(ImportFailed) as failed:
        import_document(document)
    assert message in str(failed.value) or any(message in str(p) for p in failed.value.problems)
    assert not Challenge.objects.exists()
