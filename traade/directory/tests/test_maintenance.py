import datetime

from django.urls import reverse
from django.utils import timezone

from traade.builders import make_area, make_person, make_task, make_unit
from traade.directory.models import Reminder


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


def _row(text: str, name: str) -> str:
    """The rest of the table row of the unit named `name`."""
    return text.split(f">{name}</a>")[1].split("</tr>")[0]


def _stale(area, name, *, days=400, **overrides):
    return make_unit(
        area=area,
        name=name,
        profile_updated_at=timezone.now() - datetime.timedelta(days=days),
        **overrides,
    )


def test_maintenance_names_each_stale_visitkorts_leader(client_for, process_leader, area):
    unit = _stale(area, "Støvet Enhed")
    make_person(unit=unit, name="Hanne Leder", is_leader=True, email="hanne@kommune.dk")
    text = client_for(process_leader).get(reverse("directory:maintenance")).text
    row = _row(text, "Støvet Enhed")
    assert "Hanne Leder" in row
    assert "ingen e-mailadresse" not in row


def test_a_team_without_its_own_leader_shows_the_leader_above(client_for, process_leader, area):
    centre = make_unit(area=area, name="Center for Pleje")
    make_person(unit=centre, name="Centerlederen", is_leader=True, email="c@kommune.dk")
    _stale(area, "Nattevagten", parent=centre)
    text = client_for(process_leader).get(reverse("directory:maintenance")).text
    row = _row(text, "Nattevagten")
    assert "Centerlederen" in row and "leder af Center for Pleje" in row


def test_maintenance_sorts_and_filters_by_age(client_for, process_leader, area):
    _stale(area, "Syv Måneder", days=215)
    _stale(area, "To År", days=800)
    client = client_for(process_leader)
    text = client.get(reverse("directory:maintenance"), {"order": "nyest"}).text
    assert text.index("Syv Måneder") < text.index("To År")
    text = client.get(reverse("directory:maintenance"), {"order": "aeldst"}).text
    assert text.index("To År") < text.index("Syv Måneder")
    text = client.get(reverse("directory:maintenance"), {"age": "12"}).text
    stale_section = text.split('id="stale-title"')[1].split('id="incomplete-title"')[0]
    assert "To År" in stale_section and "Syv Måneder" not in stale_section


def test_the_pages_of_the_list_keep_the_filter(client_for, process_leader, area):
    for n in range(51):
        _stale(area, f"Enhed {n:02}")
    text = client_for(process_leader).get(reverse("directory:maintenance"), {"order": "navn"}).text
    assert "?order=navn&amp;side_gammel=2" in text


def _remind(client, **data):
    return client.post(reverse("directory:maintenance-remind"), data)


def test_process_leader_reminds_the_chosen_leaders_by_email(
    client_for, process_leader, area, mailoutbox
):
    first, second, third = (_stale(area, n) for n in ("Første", "Anden", "Tredje"))
    for unit, email in ((first, "a@kommune.dk"), (second, "b@kommune.dk"), (third, "c@k.dk")):
        make_person(unit=unit, name=f"Leder af {unit.name}", is_leader=True, email=email)
    process_leader.first_name = "Pia"
    process_leader.save()
    response = _remind(client_for(process_leader), unit=[first.key, second.key])
    assert response.status_code == 302
    assert sorted(m.to[0] for m in mailoutbox) == ["a@kommune.dk", "b@kommune.dk"]
    mail = next(m for m in mailoutbox if m.to == ["a@kommune.dk"])
    assert "Første" in mail.subject
    assert f"http://testserver/enheder/{first.key}/rediger/" in mail.body
    assert "Kære Leder af Første" in mail.body
    reminder = Reminder.objects.get(unit=first)
    assert (reminder.sent_by, reminder.recipients) == (process_leader, ["a@kommune.dk"])
    assert not Reminder.objects.filter(unit=third).exists()


def test_a_leader_is_not_reminded_twice_the_same_day(client_for, process_leader, area, mailoutbox):
    unit = _stale(area, "Støvet Enhed")
    make_person(unit=unit, is_leader=True, email="a@kommune.dk")
    client = client_for(process_leader)
    _remind(client, unit=[unit.key])
    response = _remind(client, all="1")
    assert len(mailoutbox) == 1
    assert Reminder.objects.count() == 1
    text = client.get(response["Location"]).text
    assert "Fik allerede en påmindelse i dag" in text
    assert "i dag" in _row(text, "Støvet Enhed")


def test_remind_all_sends_to_every_unit_on_the_filtered_list(
    client_for, process_leader, area, mailoutbox
):
    other = make_area(key="by", name="By og Land")
    here, there = _stale(area, "Her"), _stale(other, "Der")
    for unit in (here, there):
        make_person(unit=unit, is_leader=True, email=f"{unit.key}@kommune.dk")
    _remind(client_for(process_leader), all="1", area="by", filter_query="area=by")
    assert [m.to for m in mailoutbox] == [[f"{there.key}@kommune.dk"]]


def test_a_unit_without_a_leader_address_is_reported_not_sent(
    client_for, process_leader, area, mailoutbox
):
    unit = _stale(area, "Adresseløs")
    make_person(unit=unit, is_leader=True)
    client = client_for(process_leader)
    response = _remind(client, unit=[unit.key])
    assert not mailoutbox
    assert "Ingen leder med en e-mailadresse" in client.get(response["Location"]).text


def test_a_failing_mail_server_records_no_reminder(
    client_for, process_leader, area, settings, monkeypatch
):
    unit = _stale(area, "Støvet Enhed")
    make_person(unit=unit, is_leader=True, email="a@kommune.dk")

    def refuse(self, *args, **kwargs):
        raise ConnectionRefusedError("no mail server")

    monkeypatch.setattr("django.core.mail.message.EmailMessage.send", refuse)
    client = client_for(process_leader)
    response = _remind(client, unit=[unit.key])
    assert not Reminder.objects.exists()
    assert "kunne ikke sendes" in client.get(response["Location"]).text


def test_choosing_nothing_asks_to_choose(client_for, process_leader, area):
    _stale(area, "Støvet Enhed")
    client = client_for(process_leader)
    response = _remind(client)
    assert "Vælg de visitkort" in client.get(response["Location"]).text


def test_only_process_leaders_may_remind(client_for, leader, area, mailoutbox):
    unit = _stale(area, "Støvet Enhed")
    make_person(unit=unit, is_leader=True, email="a@kommune.dk")
    assert _remind(client_for(leader), all="1").status_code == 403
    assert not mailoutbox


def test_an_employee_is_told_what_vedligehold_is_for(client_for, employee):
    response = client_for(employee).get(reverse("directory:maintenance"))
    assert response.status_code == 403
    assert "Vedligehold er for procesledere" in response.text
    # Not the text about a unit's leaders, which fits the visitkort's pages.
    assert "enhedens ledere og redaktører" not in response.text
