"""Every kind of invalid input is reported with its location, and nothing is written."""

from traade.builders import make_unit
from traade.exchange.importer import import_document


def test_valid_sample_is_accepted(sample, search_calls):
    result = import_document(sample)
    assert result.counts["units"].created == 3


def test_import_reports_dangling_area_with_path(sample, rejected):
    sample["units"][2]["area"] = "boernx"
    assert rejected(sample) == ["units[2].area: unknown area key 'boernx'"]


def test_import_reports_dangling_parent_with_path(sample, rejected):
    sample["units"][1]["parent"] = "u-nowhere"
    assert rejected(sample) == ["units[1].parent: unknown unit key 'u-nowhere'"]


def test_import_reports_dangling_person_unit(sample, rejected):
    sample["people"][1]["unit"] = "u-gone"
    assert rejected(sample) == ["people[1].unit: unknown unit key 'u-gone'"]


def test_import_reports_dangling_experiment_units_and_contact(sample, rejected):
    sample["experiments"][0]["units"] = ["u-solgaarden", "u-gone"]
    sample["experiments"][0]["contact"] = "p-gone"
    assert rejected(sample) == [
        "experiments[0].units[1]: unknown unit key 'u-gone'",
        "experiments[0].contact: unknown person key 'p-gone'",
    ]


def test_import_reports_dangling_challenge_unit(sample, rejected):
    sample["challenges"][0]["unit"] = "u-gone"
    assert rejected(sample) == ["challenges[0].unit: unknown unit key 'u-gone'"]


def test_import_reports_dangling_response_unit_and_person(sample, rejected):
    sample["challenges"][0]["responses"][0]["unit"] = "u-gone"
    sample["challenges"][0]["responses"][1]["person"] = "p-gone"
    assert rejected(sample) == [
        "challenges[0].responses[0].unit: unknown unit key 'u-gone'",
        "challenges[0].responses[1].person: unknown person key 'p-gone'",
    ]


def test_import_requires_unit_or_person_on_a_response(sample, rejected):
    sample["challenges"][0]["responses"][1] = {"text": "Anonymt svar"}
    assert rejected(sample) == ["challenges[0].responses[1]: needs a unit or a person (or both)"]


def test_import_accepts_references_to_records_already_in_the_database(sample, search_calls):
    make_unit(key="u-existing")
    sample["people"][1]["unit"] = "u-existing"
    sample["units"][0]["parent"] = "u-existing"
    import_document(sample)
    from traade.directory.models import Person, Unit

    assert Person.objects.get(key="p-0107").unit.key == "u-existing"
    assert Unit.objects.get(key="u-aeldre").parent.key == "u-existing"


def test_import_reports_parent_cycles_in_the_file(sample, rejected):
    sample["units"][0]["parent"] = "u-solgaarden"
    assert rejected(sample) == [
        "units[0].parent: the parents form a cycle: u-aeldre → u-solgaarden → u-aeldre"
    ]


def test_import_reports_a_unit_that_is_its_own_parent(sample, rejected):
    sample["units"][2]["parent"] = "u-skolen"
    assert rejected(sample) == ["units[2].parent: the parents form a cycle: u-skolen → u-skolen"]


def test_import_reports_cycles_through_units_in_the_database(sample, rejected, db):
    top = make_unit(key="u-top")
    make_unit(key="u-middle", parent=top, area=top.area)
    sample["units"].append({"key": "u-top", "name": "Top", "area": "sundhed", "parent": "u-middle"})
    assert rejected(sample) == [
        "units[3].parent: the parents form a cycle: u-top → u-middle → u-top"
    ]


def test_import_reports_duplicate_keys(sample, rejected):
    sample["people"].append({"key": "p-0042", "name": "Mette Holm", "unit": "u-skolen"})
    assert rejected(sample) == ["people[2].key: duplicate key 'p-0042' (also at people[0])"]


def test_import_reports_missing_required_fields(sample, rejected):
    del sample["units"][0]["name"]
    del sample["challenges"][0]["description"]
    assert rejected(sample) == [
        "units[0].name: is required",
        "challenges[0].description: is required",
    ]


def test_import_reports_empty_required_text(sample, rejected):
    sample["areas"][0]["name"] = "   "
    assert rejected(sample) == ["areas[0].name: must not be empty"]


def test_import_reports_wrong_types(sample, rejected):
    sample["units"][0]["name"] = 42
    sample["units"][1]["knowledge"] = "demens"
    sample["people"][0]["is_leader"] = "ja"
    sample["experiments"][0]["units"] = "u-aeldre"
    sample["challenges"][0]["responses"] = [["not", "an", "object"]]
    assert rejected(sample) == [
        "units[0].name: must be text, not a number",
        "units[1].knowledge: must be a list of text, not text",
        "people[0].is_leader: must be true or false (in a spreadsheet also ja or nej), not 'ja'",
        "experiments[0].units: must be a list of unit keys, not text",
        "challenges[0].responses[0]: must be an object, not a list",
    ]


def test_import_reports_records_that_are_not_objects(sample, rejected):
    sample["areas"].append("skole")
    sample["people"] = {"p-1": {}}
    problems = rejected(sample)
    assert problems[:2] == [
        "areas[2]: must be an object, not text",
        "people: must be a list, not an object",
    ]
    # The people are missing, so references to them are reported too.
    assert "experiments[0].contact: unknown person key 'p-0042'" in problems


def test_import_reports_unknown_fields(sample, rejected):
    sample["colour"] = "blå"
    sample["units"][1]["tasks"][0]["owner"] = "Mette"
    sample["people"][0]["mobile"] = "12345678"
    assert rejected(sample) == [
        "colour: unknown top-level field 'colour'",
        "units[1].tasks[0].owner: unknown field 'owner'",
        "people[0].mobile: unknown field 'mobile'",
    ]


def test_import_requires_the_format_marker(sample, rejected):
    del sample["format"]
    assert rejected(sample) == ['format: is required (write "format": "traade/1")']
    sample["format"] = "traade/2"
    assert rejected(sample) == ["format: must be 'traade/1', not 'traade/2'"]


def test_import_reports_bad_enum_values(sample, rejected):
    sample["units"][0]["kind"] = "kontor"
    sample["experiments"][0]["status"] = "finished"
    sample["experiments"][0]["phase"] = "test-it"
    sample["challenges"][0]["status"] = "Open"
    assert rejected(sample) == [
        "units[0].kind: must be one of forvaltning, center, afdeling, institution, team, stab, "
        "not 'kontor'",
        "experiments[0].status: must be one of idea, running, done, stopped, not 'finished'",
        "experiments[0].phase: must be one of focus, discover, thematise, ideate, prioritise, "
        "test, realise, not 'test-it'",
        "challenges[0].status: must be one of open, solved, closed, not 'Open'",
    ]


def test_import_reports_bad_dates(sample, rejected):
    sample["units"][1]["tasks"][0]["until"] = "2027-02-30"
    sample["experiments"][0]["started"] = "1/9/2018"
    sample["challenges"][0]["posted"] = 2019
    assert rejected(sample) == [
        "units[1].tasks[0].until: '2027-02-30' is not a real date",
        "experiments[0].started: must be a date written YYYY-MM-DD, not '1/9/2018'",
        "challenges[0].posted: must be a date written YYYY-MM-DD, not 2019",
    ]


def test_import_reports_an_experiment_that_ends_before_it_starts(sample, rejected):
    sample["experiments"][0]["ended"] = "2018-01-01"
    assert rejected(sample) == ["experiments[0].ended: is before started (2018-09-01)"]


def test_import_reports_bad_email(sample, rejected):
    sample["people"][0]["email"] = "meho@"
    assert rejected(sample) == ["people[0].email: 'meho@' is not a valid e-mail address"]


def test_import_reports_bad_kle_numbers_and_keys(sample, rejected):
    sample["units"][1]["kle"] = ["27.12", "27,12"]
    sample["areas"][1]["key"] = "børn og unge"
    sample["units"][2]["area"] = "børn og unge"
    assert rejected(sample) == [
        "areas[1].key: key 'børn og unge' must not contain spaces or '/'",
        "units[1].kle[1]: '27,12' is not a KLE number (such as 27.12 or 27.12.04)",
    ]


def test_import_reports_text_that_is_too_long(sample, rejected):
    sample["units"][0]["name"] = "x" * 201
    assert rejected(sample) == ["units[0].name: is too long (201 characters, at most 200)"]


def test_import_of_something_else_than_an_object_fails(rejected):
    assert rejected([1, 2]) == ["the file must hold a JSON object, not a list"]


def test_import_reports_every_problem_and_changes_nothing_already_there(
    sample, rejected, search_calls
):
    import_document(sample)
    sample["units"][0]["name"] = "Omdøbt"
    sample["people"][1]["email"] = "ikke en adresse"
    sample["people"].append({"key": "p-ny", "name": "Ny", "unit": "u-aeldre"})
    sample["experiments"][0]["result"] = "great"
    assert rejected(sample) == [
        "people[1].email: 'ikke en adresse' is not a valid e-mail address",
        "experiments[0].result: must be one of worked, partly, did_not_work, unknown, not 'great'",
    ]
