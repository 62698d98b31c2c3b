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
