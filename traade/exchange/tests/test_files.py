"""Reading files: JSON, CSV and Excel sheets, size and encoding checks."""

import io

import pytest
from openpyxl import Workbook

from traade.builders import make_area, make_unit, make_user
from traade.directory.models import Area, Person, Task, Unit
from traade.exchange.files import read_file
from traade.exchange.importer import ImportFailed, import_document, import_file


def failure(nothing_written, source, **kwargs) -> list[str]:
    with nothing_written(), pytest.raises(ImportFailed) as failed:
        import_file(source, **kwargs)
    return [str(problem) for problem in failed.value.problems]


def write_xlsx(path, rows):
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


UNITS_CSV = (
    "key;name;area;area_name;kind;parent;email;knowledge\n"
    "u-aeldre;Ældreområdet;sundhed;Sundhed og Omsorg;Center;;aeldre@egeby.dk;\n"
    'u-solgaarden;Plejecenter Solgården;sundhed;Sundhed og Omsorg;institution;u-aeldre;;"demens; VR"\n'
)


def test_units_csv_creates_units_and_areas(tmp_path, search_calls):
    path = tmp_path / "enheder.csv"
    path.write_text(UNITS_CSV, encoding="utf-8")
    result = import_file(path, kind="units")
    assert (result.counts["areas"].created, result.counts["units"].created) == (1, 2)
    unit = Unit.objects.get(key="u-solgaarden")
    assert (unit.parent.key, unit.kind, unit.knowledge) == (
        "u-aeldre",
        "institution",
        ["demens", "VR"],
    )
    assert Unit.objects.get(key="u-aeldre").kind == "center"
    assert Area.objects.get(key="sundhed").name == "Sundhed og Omsorg"


def test_spreadsheet_leaves_fields_without_a_column_alone(tmp_path, search_calls):
    area = make_area(key="sundhed", name="Sundhed og Omsorg")
    unit = make_unit(key="u-aeldre", name="Ældre", area=area, description="Vi hjælper.")
    Task.objects.create(unit=unit, title="Ny strategi")
    path = tmp_path / "enheder.csv"
    path.write_text("key,name,area\nu-aeldre,Ældreområdet,sundhed\n", encoding="utf-8-sig")
    result = import_file(path, kind="units")
    assert result.counts["units"].updated == 1
    unit.refresh_from_db()
    assert (unit.name, unit.description) == ("Ældreområdet", "Vi hjælper.")
    assert unit.tasks.count() == 1
    result = import_file(path, kind="units")
    assert result.counts["units"].unchanged == 1


def test_people_csv_with_danish_yes_and_no(tmp_path, search_calls, db):
    make_unit(key="u-skolen")
    user = make_user("ole")
    path = tmp_path / "personer.csv"
    path.write_text(
        "Key,Name,Title,Unit,Email,Is_leader,Expertise\n"
        "p-1,Ole Berg,Skoleleder,u-skolen,ole@egeby.dk,ja,læsning;trivsel\n"
        "p-2,Eva Lund,Lærer,u-skolen,,nej,\n",
        encoding="utf-8",
    )
    import_file(path, kind="people")
    Person.objects.filter(key="p-1").update(user=user)
    import_file(path, kind="people")
    ole = Person.objects.get(key="p-1")
    assert (ole.is_leader, ole.expertise, ole.user) == (True, ["læsning", "trivsel"], user)
    assert Person.objects.get(key="p-2").is_leader is False


def test_csv_problems_name_row_and_column(tmp_path, nothing_written, search_calls):
    path = tmp_path / "enheder.csv"
    path.write_text(
        "key,name,area,parent,email\n"
        "u-1,Et,sundhed,,\n"
        "\n"
        "u-2,To,sundhed,u-9,ikke-en-mail\n"
        "u-1,Tre,,u-1,\n",
        encoding="utf-8",
    )
    make_area(key="sundhed")
    assert failure(nothing_written, path, kind="units") == [
        "row 5, column \"key\": duplicate key 'u-1' (also at row 2)",
        "row 4, column \"parent\": unknown unit key 'u-9'",
        "row 4, column \"email\": 'ikke-en-mail' is not a valid e-mail address",
        'row 5, column "area": must not be empty',
        'row 2, column "parent": the parents form a cycle: u-1 → u-1',
    ]


def test_csv_with_unknown_or_missing_columns_is_refused(tmp_path, nothing_written):
    path = tmp_path / "personer.csv"
    path.write_text("key,fornavn,unit,mobil\np-1,Ole,u-1,123\n", encoding="utf-8")
    problems = failure(nothing_written, path, kind="people")
    assert problems[0].startswith(
        'row 1, column "fornavn": unknown column; the columns for people are: key (nøgle)'
    )
    assert problems[1].startswith('row 1, column "mobil": unknown column')
    assert problems[2] == 'row 1: the column "name" is missing'


def test_csv_with_danish_column_names_is_imported(tmp_path, db):
    from traade.directory.models import Person, Unit

    units = tmp_path / "enheder.csv"
    units.write_text(
        "Nøgle,Navn,Fagområde,Fagområdets navn,Særlig viden\n"
        'u-1,Plejecenter Birkely,omsorg,Sundhed og Omsorg,"demens; musik"\n',
        encoding="utf-8",
    )
    people = tmp_path / "personer.csv"
    people.write_text("nøgle,navn,enhed,Leder\np-1,Ole Holm,u-1,ja\n", encoding="utf-8")
    import_file(units, kind="units")
    import_file(people, kind="people")
    unit = Unit.objects.get(key="u-1")
    assert (unit.name, unit.area.name) == ("Plejecenter Birkely", "Sundhed og Omsorg")
    assert unit.knowledge == ["demens", "musik"]
    person = Person.objects.get(key="p-1")
    assert (person.name, person.unit, person.is_leader) == ("Ole Holm", unit, True)


def test_csv_with_conflicting_area_names_is_refused(tmp_path, nothing_written):
    path = tmp_path / "enheder.csv"
    path.write_text(
        "key,name,area,area_name\nu-1,Et,sundhed,Sundhed\nu-2,To,sundhed,Omsorg\n",
        encoding="utf-8",
    )
    assert failure(nothing_written, path, kind="units") == [
        "row 3, column \"area_name\": the area 'sundhed' is called 'Sundhed' in row 2"
    ]


def test_csv_that_is_not_utf8_is_refused_with_the_line(tmp_path, nothing_written):
    path = tmp_path / "enheder.csv"
    path.write_bytes("key,name,area\nu-1,Plejecenter Solgården,sundhed\n".encode("cp1252"))
    assert failure(nothing_written, path, kind="units") == [
        "the file is not UTF-8 text: the byte 0xe5 at offset 34 (line 2, column 21) is not "
        "valid UTF-8; save the file as UTF-8 and try again"
    ]


def test_json_that_is_not_utf8_is_refused(tmp_path, nothing_written):
    path = tmp_path / "egeby.json"
    path.write_bytes(b'{"format": "traade/1",\n "organisation": {"name": "K\xf8ge"}}')
    (problem,) = failure(nothing_written, path)
    assert "byte 0xf8 at offset 51 (line 2, column 29)" in problem


def test_invalid_json_is_reported_with_line_and_column(tmp_path, nothing_written):
    path = tmp_path / "egeby.json"
    path.write_text('{"format": "traade/1",\n  "areas": [}\n', encoding="utf-8")
    assert failure(nothing_written, path) == [
        "the file is not valid JSON: Expecting value at line 2, column 13"
    ]


def test_a_file_over_the_size_limit_is_refused_before_reading(
    tmp_path, nothing_written, settings, monkeypatch
):
    settings.TRAADE_MAX_UPLOAD_MB = 20
    path = tmp_path / "stor.json"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB (sparse, so cheap to make)
    monkeypatch.setattr("json.loads", lambda *a, **k: pytest.fail("the file was parsed"))
    assert failure(nothing_written, path) == [
        "the file is 50.0 MB; files larger than 20 MB are refused (the limit is the setting "
        "TRAADE_MAX_UPLOAD_MB)"
    ]


def test_unknown_file_types_are_refused(tmp_path, nothing_written):
    path = tmp_path / "egeby.xml"
    path.write_text("<kommune/>", encoding="utf-8")
    assert failure(nothing_written, path) == [
        "the file must end in .json, .csv or .xlsx, not '.xml'"
    ]


def test_json_with_units_or_people_is_refused(tmp_path, nothing_written):
    path = tmp_path / "egeby.json"
    path.write_text("{}", encoding="utf-8")
    assert "for CSV and Excel files" in failure(nothing_written, path, kind="units")[0]


def test_xlsx_of_people_is_imported(tmp_path, search_calls, db):
    make_unit(key="u-skolen")
    path = write_xlsx(
        tmp_path / "personer.xlsx",
        [
            ["key", "name", "unit", "phone", "is_leader", "expertise"],
            ["p-1", "Ole Berg", "u-skolen", 56203040, True, "læsning\ntrivsel"],
            [None, None, None, None, None, None],
            ["p-2", "Eva Lund", "u-skolen", "56 20 30 41", False, None],
        ],
    )
    result = import_file(path, kind="people")
    assert result.counts["people"].created == 2
    ole = Person.objects.get(key="p-1")
    assert (ole.phone, ole.is_leader, ole.expertise) == ("56203040", True, ["læsning", "trivsel"])


def test_xlsx_problems_name_row_and_column(tmp_path, nothing_written, db):
    make_area(key="sundhed")
    path = write_xlsx(
        tmp_path / "enheder.xlsx",
        [["key", "name", "area", "kind", "kle"], ["u-1", "Et", "sundhed", "kontor", 27.12]],
    )
    assert failure(nothing_written, path, kind="units") == [
        'row 2, column "kind": must be one of forvaltning, center, afdeling, institution, '
        "team, stab, not 'kontor'"
    ]


def test_a_broken_xlsx_is_refused(tmp_path, nothing_written):
    path = tmp_path / "enheder.xlsx"
    path.write_bytes(b"not a zip file")
    assert failure(nothing_written, path, kind="units") == [
        "the file is not an Excel workbook (.xlsx) that can be read"
    ]


def test_read_file_accepts_file_objects_with_a_name(search_calls):
    upload = io.BytesIO(b'{"format": "traade/1", "areas": [{"key": "a", "name": "A"}]}')
    document = read_file(upload, name="egeby.json")
    assert import_document(document).counts["areas"].created == 1


def test_deeply_nested_json_is_refused_not_crashed(tmp_path, nothing_written):
    path = tmp_path / "dyb.json"
    path.write_text('{"format": "traade/1", "units": ' + "[" * 100_000 + "]" * 100_000 + "}")
    assert failure(nothing_written, path) == ["the file is not valid JSON: it is nested too deeply"]


def test_an_empty_file_is_called_empty(tmp_path, nothing_written):
    path = tmp_path / "tom.json"
    path.write_text("  \n")
    assert failure(nothing_written, path) == ["the file is empty"]


def test_nul_characters_are_refused_with_their_location(tmp_path, nothing_written, sample):
    import json

    sample["units"][0]["description"] = "nul\u0000tegn"
    sample["units"][0]["knowledge"] = ["ok", "nul\u0000"]
    path = tmp_path / "nul.json"
    path.write_text(json.dumps(sample))
    problems = failure(nothing_written, path)
    assert any("units[0].description: must not contain the NUL character" in p for p in problems)
    assert any("units[0].knowledge[1]: must not contain the NUL character" in p for p in problems)


def test_nul_characters_in_a_csv_are_refused(tmp_path, nothing_written):
    path = tmp_path / "enheder.csv"
    path.write_text("key;name;area;area_name\nu-1;Nul\x00;sundhed;Sundhed\n", encoding="utf-8")
    (problem,) = failure(nothing_written, path, kind="units")
    assert problem.startswith('row 2, column "name": must not contain the NUL character')
