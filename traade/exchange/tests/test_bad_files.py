"""Bad files: each is refused with a clear message and a bounded amount of work.

The files are made here, small; the limits for "huge" files are tested with a lowered
setting.
"""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from openpyxl import Workbook

from traade.builders import make_area, make_unit
from traade.directory.models import Unit
from traade.exchange.danish import in_danish, location_in_danish
from traade.exchange.importer import ImportFailed, import_file
from traade.exchange.schema import MAX_PROBLEMS

IMPORT_URL = reverse("exchange:import")


def failed(nothing_written, source, **kwargs) -> ImportFailed:
    with nothing_written(), pytest.raises(ImportFailed) as failure:
        import_file(source, **kwargs)
    return failure.value


def messages(failure: ImportFailed) -> list[str]:
    return [str(problem) for problem in failure.problems]


def write_xlsx(path, rows, *, more_sheets=()):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Enheder"
    for row in rows:
        sheet.append(row)
    for title in more_sheets:
        workbook.create_sheet(title).append(["noter"])
    workbook.save(path)
    return path


def write_json(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


UNITS_HEADER = ["key", "name", "area", "area_name", "description"]


# -- spreadsheets: size of cells, rows and the list of problems ------------------------


def test_a_cell_over_the_limit_is_refused_with_its_row_and_column(
    tmp_path, nothing_written, settings
):
    settings.TRAADE_MAX_CELL_CHARS = 50
    path = write_xlsx(
        tmp_path / "enheder.xlsx",
        [UNITS_HEADER, ["u-1", "Enhed", "sundhed", "Sundhed", "x" * 51]],
    )
    assert messages(failed(nothing_written, path, kind="units")) == [
        'row 2, column "description": the cell holds 51 characters; at most 50 are allowed '
        "(the setting TRAADE_MAX_CELL_CHARS)"
    ]


def test_a_workbook_that_unpacks_to_more_than_the_limit_is_refused_before_it_is_read(
    tmp_path, nothing_written, settings
):
    settings.TRAADE_MAX_UPLOAD_MB = 1
    # (Excel and openpyxl keep a cell to 32,767 characters; a forged file need not.)
    path = write_xlsx(
        tmp_path / "enheder.xlsx",
        [UNITS_HEADER]
        + [[f"u-{n}", "Enhed", "sundhed", "Sundhed", "x" * 30_000] for n in range(40)],
    )
    assert path.stat().st_size < 100_000  # small to upload, big when unpacked
    (message,) = messages(failed(nothing_written, path, kind="units"))
    assert message.startswith("the workbook unpacks to 1 MB; workbooks that unpack to more")
    assert in_danish(message).startswith("Projektmappen fylder 1 MB, når den er pakket ud.")


@pytest.mark.parametrize("extension", [".csv", ".xlsx"])
def test_a_sheet_over_the_row_limit_is_refused_at_the_first_row_too_many(
    tmp_path, nothing_written, settings, extension
):
    settings.TRAADE_MAX_SHEET_ROWS = 5
    rows = [UNITS_HEADER] + [[f"u-{n}", "Enhed", "nowhere", "", ""] for n in range(20)]
    path = tmp_path / f"enheder{extension}"
    if extension == ".csv":
        path.write_text("\n".join(",".join(row) for row in rows), encoding="utf-8")
    else:
        write_xlsx(path, rows)
    failure = failed(nothing_written, path, kind="units")
    # Reading stops at the first row too many, before the records are checked.
    assert messages(failure) == [
        "row 6: the sheet has more than 5 rows; larger sheets are refused (the setting "
        "TRAADE_MAX_SHEET_ROWS)"
    ]
    assert in_danish(failure.problems[-1].message).startswith("Regnearket har mere end 5 rækker.")


def test_only_the_first_hundred_problems_are_kept_and_all_are_counted(tmp_path, nothing_written):
    rows = ["key,name,area"] + [f"u-{n},Enhed,nowhere" for n in range(MAX_PROBLEMS + 50)]
    path = tmp_path / "enheder.csv"
    path.write_text("\n".join(rows), encoding="utf-8")
    failure = failed(nothing_written, path, kind="units")
    assert (len(failure.problems), failure.total, failure.not_shown) == (100, 150, 50)
    assert messages(failure)[0] == "row 2, column \"area\": unknown area key 'nowhere'"
    assert failure.lines()[-1] == "… and 50 more problems (only the first 100 are shown)"


def test_the_command_prints_the_first_hundred_problems_and_the_count(tmp_path, db, nothing_written):
    rows = ["key,name,area"] + [f"u-{n},Enhed,nowhere" for n in range(MAX_PROBLEMS + 50)]
    path = tmp_path / "enheder.csv"
    path.write_text("\n".join(rows), encoding="utf-8")
    err = io.StringIO()
    with nothing_written(), pytest.raises(CommandError) as error:
        call_command("import", str(path), "--units", stderr=err)
    assert error.value.returncode == 2
    assert "(150 problems)" in str(error.value)
    lines = err.getvalue().splitlines()
    assert len(lines) == 101
    assert lines[-1] == "… and 50 more problems (only the first 100 are shown)"


def test_an_unclosed_quote_in_a_csv_is_reported_at_its_row_not_as_an_empty_column(
    tmp_path, nothing_written
):
    path = tmp_path / "enheder.csv"
    path.write_text(
        'key,name,area\nu-1,Enhed,sundhed\nu-2,"Enhed uden slut,sundhed\nu-3,Enhed,sundhed\n',
        encoding="utf-8",
    )
    (problem,) = failed(nothing_written, path, kind="units").problems
    assert str(problem) == (
        "row 3: the file is not valid CSV: a quoted cell that begins in this row is never "
        'closed (a " is missing)'
    )
    assert in_danish(problem.message) == (
        "Filen er ikke en gyldig CSV-fil: en celle i anførselstegn, der begynder i denne "
        'række, bliver aldrig lukket (der mangler et ").'
    )


def test_a_formula_without_a_calculated_value_is_not_called_empty(tmp_path, nothing_written):
    # openpyxl writes formulas without their values, as some export programs do.
    path = write_xlsx(
        tmp_path / "enheder.xlsx",
        [UNITS_HEADER, ["u-1", '=CONCAT("Pleje", "hjem")', "sundhed", "Sundhed", ""]],
    )
    (message,) = messages(failed(nothing_written, path, kind="units"))
    assert message.startswith(
        'row 2, column "name": the cell holds the formula \'=CONCAT("Pleje", "hjem")\' but '
        "no calculated value"
    )
    assert in_danish(message.split(": ", 1)[1]).startswith(
        'Cellen indeholder formlen \'=CONCAT("Pleje", "hjem")\', men ingen beregnet værdi.'
    )


def test_a_workbook_with_several_sheets_says_that_only_the_first_is_read(tmp_path, search_calls):
    path = write_xlsx(
        tmp_path / "enheder.xlsx",
        [UNITS_HEADER, ["u-1", "Enhed", "sundhed", "Sundhed", ""]],
        more_sheets=["Noter", "Gammelt"],
    )
    out = io.StringIO()
    call_command("import", str(path), "--units", stdout=out)
    assert Unit.objects.filter(key="u-1").exists()
    note = "only the first sheet, 'Enheder', was read; the workbook has 3 sheets"
    assert f"Note: {note}" in out.getvalue().splitlines()
    assert in_danish(note) == "Kun det første ark, 'Enheder', er læst. Projektmappen har 3 ark."


def test_the_sheet_note_also_comes_with_problems(tmp_path, nothing_written):
    path = write_xlsx(
        tmp_path / "enheder.xlsx", [["key", "name"], ["u-1", "Enhed"]], more_sheets=["Ark2"]
    )
    failure = failed(nothing_written, path, kind="units")
    assert failure.notes == ["only the first sheet, 'Enheder', was read; the workbook has 2 sheets"]


def test_a_duplicate_key_in_a_sheet_names_the_other_row_in_danish(tmp_path, nothing_written):
    make_area(key="sundhed")
    path = tmp_path / "enheder.csv"
    path.write_text("key,name,area\nu-1,A,sundhed\nu-1,B,sundhed\n", encoding="utf-8")
    (problem,) = failed(nothing_written, path, kind="units").problems
    assert str(problem) == "row 3, column \"key\": duplicate key 'u-1' (also at row 2)"
    assert in_danish(problem.message) == "Nøglen 'u-1' er brugt to gange (også i række 2)."


def test_long_values_are_shortened_in_messages(tmp_path, nothing_written):
    path = tmp_path / "enheder.csv"
    path.write_text(f"key,name,area,kind\nu-1,A,sundhed,{'9' * 400}\n", encoding="utf-8")
    problems = messages(failed(nothing_written, path, kind="units"))
    kind = next(message for message in problems if 'column "kind"' in message)
    assert kind.endswith("not '999999999999999999999999999999…'")
    assert all(len(message) < 200 for message in problems)


# -- JSON --------------------------------------------------------------------------------


def test_a_json_number_of_more_than_4300_digits_is_a_problem_not_a_crash(tmp_path, nothing_written):
    path = write_json(
        tmp_path / "egeby.json",
        '{"format": "traade/1", "organisation": {"name": "Egeby", "municipality_code": '
        + "7" * 5000
        + "}}",
    )
    assert messages(failed(nothing_written, path)) == [
        "organisation.municipality_code: must be text, not a number"
    ]


def test_the_command_refuses_a_json_number_of_5000_digits_with_status_2(tmp_path, nothing_written):
    path = write_json(
        tmp_path / "egeby.json", '{"format": "traade/1", "areas": [' + "1" * 5000 + "]}"
    )
    err = io.StringIO()
    with nothing_written(), pytest.raises(CommandError) as error:
        call_command("import", str(path), stderr=err)
    assert error.value.returncode == 2
    assert err.getvalue() == "areas[0]: must be an object, not a number\n"


def test_the_upload_page_shows_the_long_number_in_danish(
    client_for, process_leader, nothing_written
):
    content = '{"format": "traade/1", "organisation": {"name": ' + "1" * 5000 + "}}"
    with nothing_written():
        response = client_for(process_leader).post(
            IMPORT_URL, {"file": SimpleUploadedFile("egeby.json", content.encode())}
        )
    assert response.status_code == 200
    assert response.context["problems"] == [("organisation.name", "Skal være tekst, ikke et tal.")]


def test_a_field_twice_in_one_json_object_is_refused(tmp_path, nothing_written):
    make_unit(key="u-1")
    path = write_json(
        tmp_path / "egeby.json",
        '{"format": "traade/1", "units": [{"key": "u-1", "name": "A", "area": "x"}], "units": []}',
    )
    (message,) = messages(failed(nothing_written, path))
    assert message == (
        "the field 'units' appears twice in the same object; each field may appear only once"
    )
    assert in_danish(message) == (
        "Feltet 'units' står to gange i det samme objekt. Hvert felt må kun stå én gang."
    )


def test_the_command_refuses_a_duplicate_field_with_status_2(tmp_path, nothing_written):
    path = write_json(tmp_path / "egeby.json", '{"format": "traade/1", "format": "traade/1"}')
    with nothing_written(), pytest.raises(CommandError) as error:
        call_command("import", str(path), stderr=io.StringIO())
    assert error.value.returncode == 2


@pytest.mark.parametrize("character", ["\u202e", "\u2066", "\u200f", "\x07"])
def test_keys_with_control_characters_are_refused(character, sample, nothing_written, tmp_path):
    sample["units"][2]["key"] = f"u-{character}nelokS"
    path = write_json(tmp_path / "egeby.json", json.dumps(sample))
    problems = messages(failed(nothing_written, path))
    code = f"U+{ord(character):04X}"
    assert any(
        message.startswith("units[2].key: key ")
        and f"contains the invisible control character {code}" in message
        for message in problems
    ), problems


def test_an_invalid_control_character_in_json_reads_well_in_both_languages(
    tmp_path, nothing_written
):
    path = write_json(tmp_path / "egeby.json", '{"format": "traade/1\tx"}')
    (message,) = messages(failed(nothing_written, path))
    assert message == ("the file is not valid JSON: Invalid control character at line 1, column 21")
    assert in_danish(message) == (
        "Filen er ikke gyldig JSON. I linje 1, tegn 21 står et styretegn (fx et linjeskift "
        "eller en tabulator) direkte i en tekst."
    )


def test_spreadsheet_locations_inside_messages_are_danish():
    assert location_in_danish("row 2") == "Række 2"
    assert in_danish("duplicate key 'p-1' (also at people[3])") == (
        "Nøglen 'p-1' er brugt to gange (også i people[3])."
    )


# -- the request body --------------------------------------------------------------------


def test_an_upload_over_the_limit_is_refused_on_its_content_length(
    client_for, process_leader, settings, nothing_written
):
    settings.TRAADE_MAX_UPLOAD_MB = 1
    client = client_for(process_leader)
    with nothing_written():
        # The header announces 300 MB: the answer comes before the body would be read.
        response = client.post(
            IMPORT_URL,
            {"file": SimpleUploadedFile("egeby.json", b"{}")},
            CONTENT_LENGTH=str(300 * 1024 * 1024),
        )
    assert response.status_code == 413
    html = response.content.decode()
    assert "Du prøvede at sende 300 MB. En fil må højst fylde 1 MB" in html


def test_an_upload_just_under_the_limit_reaches_the_page(client_for, process_leader, settings):
    settings.TRAADE_MAX_UPLOAD_MB = 1
    response = client_for(process_leader).post(
        IMPORT_URL, {"file": SimpleUploadedFile("egeby.json", b"x" * 1000)}
    )
    assert response.status_code == 200
    assert response.context["problems"]
