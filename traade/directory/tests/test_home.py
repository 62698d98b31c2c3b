import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from traade.builders import make_unit
from traade.directory.models import Suggestion


def test_leader_sees_pending_suggestions_on_the_front_page(client_for, leader, employee, unit):
    Suggestion.objects.create(unit=unit, author=employee, kind="knowledge", text="sansehaver")
    response = client_for(leader).get(reverse("directory:home"))
    assert response.status_code == 200
    assert "Forslag til dine visitkort" in response.text
    assert "sansehaver" in response.text
    assert (
        reverse("directory:suggestion-accept", args=[Suggestion.objects.get().pk]) in response.text
    )


def test_employee_sees_no_suggestion_box(client_for, employee, unit, leader):
    Suggestion.objects.create(unit=unit, author=leader, kind="knowledge", text="sansehaver")
    response = client_for(employee).get(reverse("directory:home"))
    assert "sansehaver" not in response.text
    assert "Dine visitkort" not in response.text


def test_editor_is_told_that_a_visitkort_is_stale(client_for, leader, unit):
    unit.profile_updated_at = timezone.now() - datetime.timedelta(days=365)
    unit.save()
    response = client_for(leader).get(reverse("directory:home"))
    assert "ikke opdateret i over et halvt år" in response.text


def test_front_page_lists_recently_updated_visitkort_newest_first(client_for, employee, area):
    now = timezone.now()
    make_unit(name="Gammel Enhed", area=area, profile_updated_at=now - datetime.timedelta(days=90))
    make_unit(name="Frisk Enhed", area=area, profile_updated_at=now)
    text = client_for(employee).get(reverse("directory:home")).text
    assert "Nyt i Tråde" in text
    assert text.index("Frisk Enhed") < text.index("Gammel Enhed")


def test_process_leader_sees_maintenance_counts(client_for, process_leader, unit):
    text = client_for(process_leader).get(reverse("directory:home")).text
    assert reverse("directory:maintenance") in text
    assert "mangler noget" in text


@pytest.mark.django_db
def test_anonymous_visitor_is_sent_to_login(client):
    response = client.get(reverse("directory:home"))
    assert response.status_code == 302
    assert response["Location"].startswith("/log-ind/")


def test_employee_sees_their_own_unit_with_freshness_and_what_is_missing(client_for, employee):
    unit = employee.person.unit
    unit.profile_updated_at = timezone.now() - datetime.timedelta(days=2)
    unit.save()
    text = client_for(employee).get(reverse("directory:home")).text
    mine = text.split('id="mine-title"')[1].split("</section>")[0].replace("\xa0", " ")
    assert "Din enhed" in mine and unit.name in mine
    assert "opdateret for 2 dage siden" in mine
    assert "Mangler: en beskrivelse" in mine
    # They cannot edit it, so they are offered to suggest, not to edit.
    assert reverse("directory:suggestion-create", args=[unit.key]) in mine
    assert reverse("directory:unit-edit", args=[unit.key]) not in mine


def test_employee_sees_what_became_of_their_suggestions(client_for, employee, unit):
    Suggestion.objects.create(
        unit=unit,
        author=employee,
        kind="knowledge",
        text="sansehaver",
        status="declined",
        decline_reason="Den er lukket",
    )
    text = client_for(employee).get(reverse("directory:home")).text
    mine = text.split('id="my-suggestions-title"')[1].split("</section>")[0]
    assert "sansehaver" in mine and "Afvist" in mine and "Den er lukket" in mine


def test_leader_sees_their_unit_as_editable(client_for, leader, unit):
    text = client_for(leader).get(reverse("directory:home")).text
    mine = text.split('id="mine-title"')[1].split("</section>")[0]
    assert "Dine visitkort" in mine and unit.name in mine


def test_other_capabilities_add_panels_to_the_front_page(client_for, employee, monkeypatch):
    from traade.directory import homepage

    def panel(request, *, unit):
        return "directory/_pager.html", {"seen_unit": unit.name}

    monkeypatch.setattr(homepage, "_panels", [])
    homepage.register(panel)
    seen = {}

    def spy(request, *, unit):
        seen["unit"] = unit
        return None

    homepage.register(spy)
    assert client_for(employee).get(reverse("directory:home")).status_code == 200
    assert seen["unit"] == employee.person.unit


def test_relative_times_read_as_danish():
    from traade.accounts.templatetags.ui import ago_da

    now = timezone.now()
    assert ago_da(now - datetime.timedelta(days=2, hours=1)) == "for 2\xa0dage siden"
    assert ago_da(now - datetime.timedelta(days=400)) == "for 1\xa0år siden"
    assert ago_da(now) == "lige nu"


def test_the_header_has_the_municipalitys_logo_and_a_phone_menu(client_for, employee, settings):
    settings.TRAADE_LOGO = "traade/skovlund.svg"
    text = client_for(employee).get(reverse("directory:home")).text
    assert 'class="brand-logo" src="/static/traade/skovlund' in text
    assert 'class="menu-button" aria-expanded="false" aria-controls="main-menu"' in text
    assert 'id="main-menu"' in text


def test_a_logo_that_is_not_an_image_file_stops_the_server_with_a_clear_error(tmp_path):
    import subprocess
    import sys

    bad = tmp_path / "logo.txt"
    bad.write_text("x")
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "traade.settings",
            "TRAADE_LOGO_FILE": str(bad),
            "TRAADE_DEMO": "1",
        },
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "TRAADE_LOGO_FILE must be an .svg or .png file" in result.stderr
