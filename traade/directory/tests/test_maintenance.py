import datetime

from django.urls import reverse
from django.utils import timezone

from traade.builders import make_area, make_person, make_task, make_unit


def test_process_leader_sees_stale_and_incomplete_visitkort(client_for, process_leader, area):
    old = timezone.now() - datetime.timedelta(days=400)
    stale = make_unit(area=area, name="Støvet Enhed", profile_updated_at=old)
    complete = make_unit(
        area=area,
        name="Komplet Enhed",
        description="x",
        knowledge=["a"],
        offers=["b"],
        email="a@b.dk",
    )
    make_task(unit=complete)
    make_person(unit=complete, is_leader=True)
    text = client_for(process_leader).get(reverse("directory:maintenance")).text
    stale_section = text.split('id="stale-title"')[1].split('id="incomplete-title"')[0]
    incomplete_section = text.split('id="incomplete-title"')[1]
    assert stale.name in stale_section
    assert complete.name not in stale_section
    assert stale.name in incomplete_section and "særlig viden" in incomplete_section
    assert complete.name not in incomplete_section


def test_maintenance_filters_by_area(client_for, process_leader, area):
    other = make_area(key="by", name="By og Land")
    make_unit(area=area, name="Sundhedsenhed")
    make_unit(area=other, name="Vejenhed")
    text = client_for(process_leader).get(reverse("directory:maintenance"), {"area": "by"}).text
    assert "Vejenhed" in text and "Sundhedsenhed" not in text


def test_maintenance_ignores_an_unknown_area(client_for, process_leader, area):
    make_unit(area=area, name="Sundhedsenhed")
    response = client_for(process_leader).get(reverse("directory:maintenance"), {"area": "nope"})
    assert response.status_code == 200
    assert "Sundhedsenhed" in response.text
