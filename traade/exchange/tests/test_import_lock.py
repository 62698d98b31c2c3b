"""One import at a time: a second import alongside is refused, not crashed."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from traade.exchange.locking import ImportRunning, import_lock


@pytest.fixture
def another_import_runs(held_in_another_thread):
    return lambda: held_in_another_thread(import_lock)


def test_a_second_import_is_refused_with_status_2(
    sample, tmp_path, nothing_written, another_import_runs
):
    path = tmp_path / "egeby.json"
    path.write_text(json.dumps(sample), encoding="utf-8")
    err = io.StringIO()
    with nothing_written(), another_import_runs(), pytest.raises(CommandError) as error:
        call_command("import", str(path), stderr=err)
    assert error.value.returncode == 2
    assert err.getvalue().startswith("another import is running")
    assert "try again when it has finished" in err.getvalue()


def test_the_lock_is_free_again_after_an_import(
    sample, tmp_path, search_calls, another_import_runs
):
    path = tmp_path / "egeby.json"
    path.write_text(json.dumps(sample), encoding="utf-8")
    with another_import_runs():
        pass
    call_command("import", str(path), stdout=io.StringIO())
    with import_lock():  # and after this one
        pass


def test_the_lock_refuses_a_second_holder_while_held(db, another_import_runs):
    with another_import_runs(), pytest.raises(ImportRunning), import_lock():
        pass


def test_the_upload_page_says_in_danish_that_another_import_runs(
    client_for, process_leader, sample, nothing_written, another_import_runs
):
    client = client_for(process_leader)
    with nothing_written(), another_import_runs():
        response = client.post(
            reverse("exchange:import"),
            {"file": SimpleUploadedFile("egeby.json", json.dumps(sample).encode())},
        )
    assert response.status_code == 200
    assert response.context["problems"] == [
        (
            "",
            "Der er allerede en anden indlæsning i gang, så filen er ikke indlæst. Prøv "
            "igen, når den er færdig.",
        )
    ]
