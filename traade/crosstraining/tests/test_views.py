"""The krydstræning pages: who may see and change what, creating, adjusting and
publishing a round, planning visits, the calendar file, learning and the export."""

import datetime
import io

import icalendar
import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from traade.builders import make_area, make_person, make_unit, make_user
from traade.crosstraining import services
from traade.crosstraining.models import Group, Learning, Membership, Pair, Round, Visit
from traade.threads.models import Reason

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


@pytest.fixture
def six(process_leader):
    """Six leaders with logins in three areas (p-<area><i>), each in a unit of their own
    under the area's forvaltning."""
    people = []
    for a in range(3):
        area = make_area(key=f"omr-{a}", name=f"Område {a}")
        top = make_unit(key=f"top-{a}", area=area, kind="forvaltning")
        for i in range(2):
            unit = make_unit(key=f"u-{a}{i}", name=f"Enhed {a}{i}", area=area, parent=top)
            people.append(
                make_person(
                    key=f"p-{a}{i}",
                    name=f"Leder {a}{i}",
                    unit=unit,
                    is_leader=True,
                    user=make_user(f"l{a}{i}"),
                )
            )
    return people


@pytest.fixture
def draft(process_leader, six):
    round = services.create_round(actor=process_leader, title="Forår", people=six, group_size=3)
    services.draw_round(actor=process_leader, round=round)
    return round


@pytest.fixture
def published(process_leader, draft):
    services.publish_round(actor=process_leader, round=draft)
    draft.refresh_from_db()
    return draft


def url(name, round, *args):
    return reverse(f"crosstraining:{name}", args=[round.key, *args])


def group_of(person) -> Group:
    return Membership.objects.get(person=person).group


def visit_of(person, host=None) -> Visit:
    return Visit.objects.get(group=group_of(person), host=(host or person).unit)


# --- Who may do what -----------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_the_login(client, published):
    for target in (reverse("crosstraining:round-list"), url("round-detail", published)):
        response = client.get(target)
        assert response.status_code == 302 and "/log-ind/" in response["Location"]


def test_a_draft_is_for_process_leaders_only(client, draft, six, employee, process_leader):
    for user, status in ((six[0].user, 403), (employee, 403), (process_leader, 200)):
        client.force_login(user)
        assert client.get(url("round-detail", draft)).status_code == status
    client.force_login(six[0].user)
    assert "Forår" not in client.get(reverse("crosstraining:round-list")).content.decode()


@pytest.mark.parametrize(
    "name, args",
    [
        ("round-draw", ()),
        ("round-move", ()),
        ("pair-add", ()),
        ("member-remove", ()),
        ("round-publish", ()),
        ("round-delete", ()),
    ],
)
def test_members_do_not_change_a_round(client, draft, six, name, args):
    client.force_login(six[0].user)
    assert client.post(url(name, draft, *args), {"person": "p-00"}).status_code == 403
    assert Round.objects.get(pk=draft.pk).seed == draft.seed


def test_a_member_sees_their_own_group_of_a_published_round_and_not_the_others(
    client, published, six
):
    client.force_login(six[0].user)
    page = client.get(url("round-detail", published)).content.decode()
    mates = {m.person.name for m in group_of(six[0]).memberships.all()}
    others = {p.name for p in six} - mates
    assert all(name in page for name in mates)
    assert not any(name in page for name in others)
    assert "Overblik over runden" not in page
    assert "Forår" in client.get(reverse("crosstraining:round-list")).content.decode()


def test_an_employee_outside_the_round_cannot_open_it(client, published, employee):
    client.force_login(employee)
    assert client.get(url("round-detail", published)).status_code == 403
    assert client.get(url("round-calendar", published)).status_code == 403


# --- Creating and adjusting a round --------------------------------------------------


def test_creating_a_round_takes_the_chosen_leaders_and_draws_the_groups(
    client, process_leader, six
):
    client.force_login(process_leader)
    form = client.get(reverse("crosstraining:round-new")).content.decode()
    assert "Niveau 2 (fx" in form  # the leaders sit one level below the forvaltninger
    areas = [p.unit.area_id for p in six[:4]]  # areas 0 and 1
    response = client.post(
        reverse("crosstraining:round-new"),
        {"title": "  Efterår   2027 ", "group_size": "2", "areas": sorted(set(areas))},
    )
    round = Round.objects.get()
    assert response.status_code == 302 and response["Location"] == round.get_absolute_url()
    assert round.title == "Efterår 2027" and round.group_size == 2
    assert set(round.memberships.values_list("person__key", flat=True)) == {
        "p-00",
        "p-01",
        "p-10",
        "p-11",
    }
    groups = services.current_groups(round)
    assert len(groups) == 2 and all(len({k[2] for k in g}) == 2 for g in groups)
    assert round.bound == 2  # both pairs can be new, and are


@pytest.mark.parametrize(
    "data, message",
    [
        ({"title": "", "group_size": "4"}, "Giv runden et navn."),
        ({"title": "R", "group_size": "1"}, "En gruppe skal have mindst 2 personer."),
        ({"title": "R", "group_size": "9"}, "En gruppe kan højst have 8 personer."),
        ({"title": "R", "group_size": "fire"}, "Skriv et helt tal."),
        ({"title": "R", "group_size": "4", "levels": ["0"]}, "Der er kun 1 leder med"),
        ({"title": "R", "group_size": "4", "areas": ["999999"]}, "Vælg fagområderne på listen."),
        ({"title": "R", "group_size": "4", "levels": ["7"]}, "Vælg niveauerne på listen."),
    ],
)
def test_a_bad_new_round_is_refused_with_a_danish_message(
    client, process_leader, six, data, message
):
    make_person(unit=six[0].unit.parent, is_leader=True)  # the only leader at the top
    client.force_login(process_leader)
    response = client.post(reverse("crosstraining:round-new"), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Round.objects.exists()


def test_the_draft_page_shows_the_quality_and_the_rule_breaks(client, process_leader, draft, six):
    # Move p-01 into p-00's group: two leaders of one area together.
    target = group_of(six[0])
    services.move_member(actor=process_leader, round=draft, person=six[1], group=target)
    client.force_login(process_leader)
    page = client.get(url("round-detail", draft)).content.decode()
    assert "Leder 00 og Leder 01: samme fagområde" in page
    assert "Grupperne er ikke lige store efter flytningerne (4, 2 personer)" in page
    # The bound holds for even groups only: no claim to be the best any more.
    assert "Bedst mulige" not in page and "mangler højst" not in page
    services.move_member(actor=process_leader, round=draft, person=six[0], group=group_of(six[2]))
    page = client.get(url("round-detail", draft)).content.decode()
    assert "Disse grupper mangler højst" in page or "Bedst mulige" in page


def test_a_new_draw_uses_the_next_seed_and_gives_even_groups_again(
    client, process_leader, draft, six
):
    services.move_member(actor=process_leader, round=draft, person=six[1], group=group_of(six[0]))
    client.force_login(process_leader)
    assert client.post(url("round-draw", draft)).status_code == 302
    draft.refresh_from_db()
    assert draft.seed == 2
    assert services.quality(draft).rule_breaks == 0 and services.quality(draft).even


def test_the_move_preview_shows_the_breaks_before_anything_is_saved(
    client, process_leader, draft, six
):
    client.force_login(process_leader)
    target = group_of(six[1])
    before = services.current_groups(draft)
    response = client.get(
        url("round-move", draft), {"person": "p-00", "group": target.number}, HTTP_HX_REQUEST="true"
    )
    assert "Leder 00 og Leder 01: samme fagområde" in response.content.decode()
    assert services.current_groups(draft) == before
    plain = client.get(url("round-move", draft), {"person": "p-00", "group": target.number})
    assert plain.status_code == 302 and plain["Location"] == draft.get_absolute_url()
    response = client.post(url("round-move", draft), {"person": "p-00", "group": target.number})
    assert response.status_code == 302
    assert group_of(six[0]) == target


def test_moving_to_a_group_of_another_round_or_nobody_is_refused(
    client, process_leader, draft, six
):
    other = services.create_round(actor=process_leader, title="Anden", people=six, group_size=3)
    services.draw_round(actor=process_leader, round=other)
    client.force_login(process_leader)
    bad = [{"person": "p-00", "group": "99"}, {"person": "nobody", "group": "1"}, {}]
    for data in bad:
        before = services.current_groups(draft)
        response = client.post(url("round-move", draft), data, follow=True)
        assert "Vælg en person og en gruppe i runden." in response.content.decode()
        assert services.current_groups(draft) == before


def test_a_forbidden_pair_is_kept_and_applied_at_the_next_draw(client, process_leader, draft):
    client.force_login(process_leader)
    groups = services.current_groups(draft)
    a, b = groups[0][0], groups[0][1]
    response = client.post(url("pair-add", draft), {"first": a, "second": b, "kind": "forbid"})
    assert response.status_code == 302
    pair = Pair.objects.get(round=draft)
    assert pair.kind == "forbid"
    # Requiring the same pair replaces the rule instead of adding a contradiction.
    client.post(url("pair-add", draft), {"first": b, "second": a, "kind": "require"})
    assert list(Pair.objects.filter(round=draft).values_list("kind", flat=True)) == ["require"]
    client.post(url("pair-add", draft), {"first": a, "second": b, "kind": "forbid"})
    client.post(url("round-draw", draft))
    assert not any({a, b} <= set(g) for g in services.current_groups(draft))
    pair = Pair.objects.get(round=draft)
    client.post(url("pair-remove", draft, pair.pk))
    assert not Pair.objects.filter(round=draft).exists()


def test_a_pair_of_one_person_is_refused(client, process_leader, draft):
    client.force_login(process_leader)
    response = client.post(url("pair-add", draft), {"first": "p-00", "second": "p-00"})
    assert response.status_code == 400
    assert "Vælg to forskellige personer." in response.content.decode()
    assert not Pair.objects.exists()


def test_taking_a_participant_out_and_deleting_the_draft(client, process_leader, draft):
    client.force_login(process_leader)
    client.post(url("member-remove", draft), {"person": "p-00"})
    assert not Membership.objects.filter(round=draft, person__key="p-00").exists()
    response = client.post(url("round-delete", draft))
    assert response["Location"] == reverse("crosstraining:round-list")
    assert not Round.objects.filter(pk=draft.pk).exists()


def test_publishing_notifies_and_freezes_the_groups(client, process_leader, draft, six):
    client.force_login(process_leader)
    response = client.post(url("round-publish", draft), follow=True)
    assert "Runden er offentliggjort" in response.content.decode()
    draft.refresh_from_db()
    assert draft.is_published and Visit.objects.filter(group__round=draft).count() == 6
    before = services.current_groups(draft)
    for name, data in (("round-draw", {}), ("round-move", {"person": "p-00", "group": "2"})):
        response = client.post(url(name, draft), data, follow=True)
        assert "ændres ikke mere" in response.content.decode()
    assert client.post(url("round-delete", draft)).status_code == 302
    assert Round.objects.filter(pk=draft.pk).exists()
    assert services.current_groups(draft) == before


# --- Visits, the calendar and learning -----------------------------------------------


def test_a_member_sets_a_visit_date_and_gets_it_in_the_calendar_file(client, published, six):
    client.force_login(six[0].user)
    assert "kalender.ics" not in client.get(url("round-detail", published)).content.decode()
    visit = visit_of(six[0])
    day = TODAY + datetime.timedelta(days=14)
    response = client.post(url("visit-date", published, visit.pk), {"date": day.isoformat()})
    assert response.status_code == 302
    visit.refresh_from_db()
    assert visit.date == day
    assert "kalender.ics" in client.get(url("round-detail", published)).content.decode()
    response = client.get(url("round-calendar", published))
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert len(events) == 1  # the other visits have no date yet
    assert events[0].decoded("dtstart") == day
    assert str(events[0]["summary"]) == f"Krydstræning: besøg hos {six[0].unit.name}"


def test_a_bad_date_is_refused_and_a_member_of_another_group_cannot_plan(client, published, six):
    client.force_login(six[0].user)
    visit = visit_of(six[0])
    response = client.post(
        url("visit-date", published, visit.pk), {"date": "31-02-2027"}, follow=True
    )
    assert "Skriv datoen som dd-mm-åååå" in response.content.decode()
    visit.refresh_from_db()
    assert visit.date is None
    stranger = next(p for p in six if group_of(p) != group_of(six[0]))
    client.force_login(stranger.user)
    assert (
        client.post(url("visit-date", published, visit.pk), {"date": "2027-03-01"}).status_code
        == 403
    )


def test_learning_is_written_after_the_visit_and_shows_on_the_hosts_visitkort(
    client, published, six
):
    client.force_login(six[0].user)
    mate = next(m.person for m in group_of(six[0]).memberships.all() if m.person != six[0])
    visit = visit_of(six[0], host=mate)
    learning_url = url("learning-edit", published, visit.pk)
    # No date yet: too early.
    assert "Sæt først en dato" in client.get(learning_url).content.decode()
    response = client.post(learning_url, {"saw": "Morgenmøder", "take_home": "Tavlen"}, follow=True)
    assert "når besøget har fundet sted" in response.content.decode()
    assert not Learning.objects.exists()
    # The visit took place yesterday.
    services.set_visit_date(actor=None, visit=visit, date=TODAY - datetime.timedelta(days=1))
    response = client.post(learning_url, {"saw": "", "take_home": ""})
    assert response.status_code == 400 and "Skriv, hvad I så." in response.content.decode()
    response = client.post(
        learning_url, {"saw": "Korte morgenmøder ved tavlen", "take_home": "Vi prøver tavlen"}
    )
    assert response.status_code == 302
    # Rewriting updates the same learning.
    client.post(learning_url, {"saw": "Korte morgenmøder ved tavlen", "take_home": "Tavlen"})
    assert Learning.objects.get().take_home == "Tavlen"
    card = client.get(mate.unit.get_absolute_url()).content.decode()
    assert "Det så ledere på besøg hos os" in card and "Korte morgenmøder ved tavlen" in card
    assert Reason.objects.filter(kind="crosstraining", source__contains="besoeg").exists()


def test_only_members_of_the_visiting_group_write_learning(client, published, six, process_leader):
    visit = visit_of(six[0])
    services.set_visit_date(actor=None, visit=visit, date=TODAY)
    stranger = next(p for p in six if group_of(p) != group_of(six[0]))
    for user in (stranger.user, process_leader):
        client.force_login(user)
        assert client.get(url("learning-edit", published, visit.pk)).status_code == 403


# --- The overview and its export -----------------------------------------------------


def test_the_overview_counts_visits_done_planned_and_without_a_date(
    client, published, six, process_leader
):
    services.set_visit_date(
        actor=None, visit=visit_of(six[0]), date=TODAY - datetime.timedelta(days=3)
    )
    services.set_visit_date(
        actor=None, visit=visit_of(six[1]), date=TODAY + datetime.timedelta(days=3)
    )
    client.force_login(process_leader)
    page = client.get(url("round-detail", published)).content.decode()
    assert "<dt>Besøg gennemført</dt><dd>1 af 6</dd>" in page
    assert "<dt>Planlagt</dt><dd>1</dd>" in page
    assert "<dt>Uden dato endnu</dt><dd>4</dd>" in page


def test_the_export_has_a_row_per_visit_in_csv_and_excel(client, published, six, process_leader):
    visit = visit_of(six[0])
    services.set_visit_date(actor=None, visit=visit, date=datetime.date(2026, 3, 2))
    Learning.objects.create(visit=visit, person=six[0], saw="Tavlen", take_home="Møder")
    six[1].unit.__class__.objects.filter(pk=six[1].unit_id).update(name="=HYPERLINK(1)")
    client.force_login(process_leader)
    csv = client.get(url("round-export", published), {"format": "csv"})
    assert csv["Content-Disposition"] == f'attachment; filename="krydstraening-{published.key}.csv"'
    text = csv.content.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Gruppe;Medlemmer;Besøg hos")
    assert "2026-03-02;Gennemført;Leder 00" in text
    assert ";'=HYPERLINK(1);" in text  # not run as a formula by a spreadsheet
    xlsx = client.get(url("round-export", published), {"format": "xlsx"})
    rows = list(load_workbook(io.BytesIO(xlsx.content)).active.values)
    assert len(rows) == 1 + 6 and rows[0][2] == "Besøg hos"
    assert client.get(url("round-export", published), {"format": "pdf"}).status_code == 400
    client.force_login(six[0].user)
    assert client.get(url("round-export", published), {"format": "csv"}).status_code == 403


def test_a_groups_visits_come_in_date_order_those_without_a_date_last(published, six):
    from traade.crosstraining.overview import overview

    group = group_of(six[0])
    first, second, third = sorted(group.visits.all(), key=lambda v: v.host.key)
    services.set_visit_date(actor=None, visit=third, date=TODAY)
    services.set_visit_date(actor=None, visit=first, date=TODAY + datetime.timedelta(days=9))
    visits = overview(published, TODAY, only=group).groups[0].visits
    assert [v.pk for v in visits] == [third.pk, first.pk, second.pk]
    assert [v.status for v in visits] == ["done", "planned", "not_planned"]


def test_a_process_leader_in_the_round_sees_each_visit_once_per_section_without_id_clashes(
    client, published, six
):
    import re

    six[0].user.is_process_leader = True
    six[0].user.save()
    client.force_login(six[0].user)
    page = client.get(url("round-detail", published)).content.decode()
    assert "Din gruppe" in page and "Overblik over runden" in page
    ids = re.findall(r'id="([^"]+)"', page)
    assert len(ids) == len(set(ids))
