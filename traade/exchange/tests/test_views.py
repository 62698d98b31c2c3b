"""The import page and the export download, for each kind of user."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from traade.directory.models import Organisation, Person, Unit
from traade.exchange.files import COLUMNS

IMPORT_URL = reverse("exchange:import")
EXPORT_URL = reverse("exchange:export")


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


@pytest.mark.parametrize("url", [IMPORT_URL, EXPORT_URL])
def test_anonymous_visitors_are_sent_to_log_in(client, db, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))


@pytest.mark.parametrize("url", [IMPORT_URL, EXPORT_URL])
def test_employees_and_unit_leaders_may_not_import_or_export(client_for, employee, leader, url):
    assert client_for(employee).get(url).status_code == 403
    assert client_for(leader).get(url).status_code == 403


def test_employee_cannot_post_a_file(client_for, employee, sample, nothing_written):
    with nothing_written():
        response = client_for(employee).post(
            IMPORT_URL, {"file": upload("egeby.json", json.dumps(sample).encode())}
        )
    assert response.status_code == 403


def test_process_leader_sees_the_import_page(client_for, process_leader):
    response = client_for(process_leader).get(IMPORT_URL)
    assert response.status_code == 200
    assert response.context["nav"] == "exchange"
    html = response.content.decode()
    assert '<label for="id_file">Fil</label>' in html
    assert '<label for="id_kind">' in html
    assert 'enctype="multipart/form-data"' in html


def test_import_page_explains_every_spreadsheet_column(client_for, process_leader):
    html = client_for(process_leader).get(IMPORT_URL).content.decode()
    for kind, columns in COLUMNS.items():
        for column in columns:
            assert f"<code>{column}</code>" in html, (kind, column)


def test_process_leader_imports_a_json_file(client_for, process_leader, sample, search_calls):
    client = client_for(process_leader)
    response = client.post(
        IMPORT_URL,
        {"file": upload("egeby.json", json.dumps(sample, ensure_ascii=False).encode())},
        follow=True,
    )
    assert response.redirect_chain == [(IMPORT_URL, 302)]
    html = response.content.decode()
    assert "Filen er indlæst." in html
    assert '<th scope="row">Organisationen</th><td>1</td><td>0</td><td>0</td>' in html
    assert '<th scope="row">Enheder</th><td>3</td><td>0</td><td>0</td>' in html
    assert Unit.objects.count() == 3
    record = Unit.history.filter(key="u-solgaarden").get()
    assert record.history_user == process_leader
    assert record.history_change_reason == "Import"
    assert search_calls == ["rebuild"]


def test_failed_import_lists_every_problem_and_changes_nothing(
    client_for, process_leader, sample, nothing_written, search_calls
):
    sample["units"][2]["area"] = "boernx"
    sample["people"][0]["email"] = "meho@"
    with nothing_written():
        response = client_for(process_leader).post(
            IMPORT_URL, {"file": upload("egeby.json", json.dumps(sample).encode())}
        )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Filen blev ikke indlæst. Intet er ændret." in html
    assert "Ret disse fejl" in html
    assert (
        "<li><code>units[2].area</code>: Der findes intet fagområde med nøglen &#x27;boernx&#x27;.</li>"
        in html
    )
    assert "<code>people[0].email</code>" in html
    assert '<ul class="errorlist" id="id_file_errors"><li>Filen har 2 fejl.' in html
    assert search_calls == []


def test_spreadsheet_needs_units_or_people(client_for, process_leader, nothing_written):
    with nothing_written():
        response = client_for(process_leader).post(
            IMPORT_URL, {"file": upload("enheder.csv", b"key,name,area\n")}
        )
    html = response.content.decode()
    assert "Vælg, om regnearket indeholder enheder eller personer." in html
    assert 'aria-describedby="id_kind_helptext id_kind_errors"' in html or "id_kind_errors" in html


def test_process_leader_imports_people_from_excel(
    client_for, process_leader, unit, tmp_path, search_calls
):
    workbook = Workbook()
    workbook.active.append(["key", "name", "unit", "is_leader"])
    workbook.active.append(["p-9", "Bo Ek", unit.key, "ja"])
    path = tmp_path / "personer.xlsx"
    workbook.save(path)
    response = client_for(process_leader).post(
        IMPORT_URL,
        {"file": upload("personer.xlsx", path.read_bytes()), "kind": "people"},
        follow=True,
    )
    assert (
        '<th scope="row">Personer</th><td>1</td><td>0</td><td>0</td>' in response.content.decode()
    )
    assert Person.objects.get(key="p-9").is_leader is True


def test_spreadsheet_problems_show_row_and_column(
    client_for, process_leader, nothing_written, area
):
    with nothing_written():
        response = client_for(process_leader).post(
            IMPORT_URL,
            {
                "file": upload("enheder.csv", b"key;name;area\nu-1;Et;sundhed\nu-2;To;ukendt\n"),
                "kind": "units",
            },
        )
    assert "<code>Række 3, kolonne »area«</code>: Der findes intet fagområde" in (
        response.content.decode()
    )


def test_too_big_file_is_refused(client_for, process_leader, settings, nothing_written):
    settings.TRAADE_MAX_UPLOAD_MB = 1
    # Over the limit, but within the room for the form around it (see RequestSizeMiddleware).
    with nothing_written():
        response = client_for(process_leader).post(
            IMPORT_URL, {"file": upload("egeby.json", b" " * (1536 * 1024))}
        )
    assert "Filen fylder 2 MB. Den må højst fylde 1 MB." in response.content.decode()


def test_wrong_file_type_is_refused(client_for, process_leader):
    response = client_for(process_leader).post(IMPORT_URL, {"file": upload("egeby.pdf", b"%PDF")})
    assert "Filen skal være en .json-, .csv- eller .xlsx-fil." in response.content.decode()


def test_process_leader_downloads_the_export(client_for, process_leader, sample, search_calls):
    from traade.exchange.importer import import_document

    import_document(sample)
    response = client_for(process_leader).get(EXPORT_URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="egeby-kommune-')
    assert disposition.endswith('.json"')
    document = json.loads(response.content.decode("utf-8"))
    assert [u["key"] for u in document["units"]] == ["u-aeldre", "u-skolen", "u-solgaarden"]


def test_export_file_name_spells_out_danish_letters(db):
    import datetime

    from traade.exchange.views import export_filename

    Organisation.objects.create(name="Høje-Taastrup Kommune")
    assert export_filename(datetime.date(2026, 11, 24)) == "hoeje-taastrup-kommune-2026-11-24.json"


def test_the_import_form_marks_no_needed_field_as_optional(client_for, process_leader):
    text = client_for(process_leader).get(IMPORT_URL).text
    label = text.split('for="id_kind"')[1].split("</label>")[0]
    assert "Hvad indeholder regnearket?" in label and "valgfrit" not in label


def test_the_import_page_names_the_columns_in_danish_too(client_for, process_leader):
    text = client_for(process_leader).get(IMPORT_URL).text
    assert "<td><code>area_name</code></td><td><code>fagområdets navn</code></td>" in text
    assert "<td><code>is_leader</code></td><td><code>leder</code></td>" in text


def test_the_import_pages_scrolling_tables_can_be_reached_by_keyboard(client_for, process_leader):
    text = client_for(process_leader).get(IMPORT_URL).text
    assert text.count('class="table-wrap" tabindex="0" role="region"') == 2
