"""The bell, the notifications page, and the e-mail choice on "Mine oplysninger"."""

import pytest
from django.urls import reverse

from traade.builders import make_challenge, make_person, make_unit, make_user
from traade.challenges import services as challenges
from traade.notifications.models import EmailPreference, Notification
from traade.notifications.services import notify

pytestmark = pytest.mark.django_db


def test_the_bell_says_how_many_are_unread(client_for, employee):
    client = client_for(employee)
    assert "Notifikationer: ingen ulæste" in client.get("/").text
    notify(users=[employee], text="Et", url="/udfordringer/")
    notify(users=[employee], text="To")
    page = client.get("/").text
    assert 'id="notification-bell"' in page
    assert '<span class="bell-count" aria-hidden="true">2</span>' in page
    assert "Notifikationer: 2 ulæste" in page


def test_opening_a_notification_marks_it_read_and_follows_its_link(client_for, employee):
    notify(users=[employee], text="Nyt svar", url="/udfordringer/")
    note = Notification.objects.get()
    client = client_for(employee)
    assert "Nyt svar" in client.get(reverse("notifications:list")).text
    response = client.get(reverse("notifications:open", args=[note.pk]))
    assert response.status_code == 302 and response.url == "/udfordringer/"
    note.refresh_from_db()
    assert note.read_at is not None


def test_a_notification_never_redirects_off_site(client_for, employee):
    notify(users=[employee], text="x", url="https://evil.example/")
    note = Notification.objects.get()
    response = client_for(employee).get(reverse("notifications:open", args=[note.pk]))
    assert response.url == reverse("notifications:list")


def test_someone_elses_notification_is_not_found(client_for, employee, leader):
    notify(users=[leader], text="Lars' egen")
    note = Notification.objects.get()
    client = client_for(employee)
    assert client.get(reverse("notifications:open", args=[note.pk])).status_code == 404
    assert "Lars' egen" not in client.get(reverse("notifications:list")).text
    note.refresh_from_db()
    assert note.read_at is None


def test_mark_all_read(client_for, employee, leader):
    notify(users=[employee, leader], text="Hej")
    client_for(employee).post(reverse("notifications:list"))
    assert list(
        Notification.objects.filter(read_at__isnull=True).values_list("user", flat=True)
    ) == [leader.pk]


def test_anonymous_is_sent_to_log_in(client):
    response = client.get(reverse("notifications:list"))
    assert response.status_code == 302 and "/log-ind/" in response.url


def test_the_email_choice_on_mine_oplysninger(client_for, employee):
    client = client_for(employee)
    page = client.get("/mig/").text
    assert "E-mails om nyt" in page
    assert (
        '<input type="radio" name="frequency" value="daily" id="id_frequency_1" required checked>'
        in page
    )
    response = client.post(reverse("notifications:frequency"), {"frequency": "none"})
    assert response.status_code == 302 and response.url == "/mig/#email-choice"
    assert EmailPreference.objects.get(user=employee).frequency == "none"
    response = client.post(reverse("notifications:frequency"), {"frequency": "hourly"}, follow=True)
    assert "Vælg, hvor tit du vil have e-mails." in response.text
    assert EmailPreference.objects.get(user=employee).frequency == "none"


# What the challenge exchange tells whom ------------------------------------------------


def test_posting_notifies_the_leaders_of_the_other_areas_only(leader, other_leader, unit):
    neighbour_leader = make_user("nabo")
    make_person(key="p-nabo", unit=make_unit(area=unit.area), is_leader=True, user=neighbour_leader)
    challenges.post_challenge(actor=leader, unit=unit, title="Larm", description="Det larmer.")
    assert list(Notification.objects.values_list("user__username", "text")) == [
        ("olga", "Ny udfordring fra Plejecenter Solgården: Larm")
    ]


def test_an_answer_notifies_the_poster_side_and_useful_notifies_the_answerer(
    leader, other_leader, unit
):
    challenge = make_challenge(key="c-x", unit=unit, title="Larm", posted_by=leader)
    answer = challenges.respond_to_challenge(actor=other_leader, challenge=challenge, text="Musik")
    assert list(Notification.objects.values_list("user__username", flat=True)) == ["lars"]
    Notification.objects.all().delete()
    challenges.mark_response_useful(actor=leader, response=answer)
    challenges.mark_response_useful(actor=leader, response=answer)  # already: no second note
    assert list(Notification.objects.values_list("user__username", "text")) == [
        ("olga", "Jeres svar på »Larm« er markeret som brugbart")
    ]


def test_an_invitation_notifies_the_unit_leaders_and_the_person(
    leader, other_leader, unit, other_unit
):
    challenge = make_challenge(key="c-x", unit=unit, title="Larm")
    tove = make_user("tove")
    person = make_person(key="p-tove", unit=other_unit, user=tove)
    challenges.invite_helpers(
        actor=leader, challenge=challenge, units=[other_unit], people=[person]
    )
    assert sorted(Notification.objects.values_list("user__username", flat=True)) == ["olga", "tove"]


def test_the_copy_on_mine_oplysninger_holds_notifications_and_the_choice(client_for, employee):
    notify(users=[employee], text="Ny udfordring", url="/udfordringer/")
    client = client_for(employee)
    client.post(reverse("notifications:frequency"), {"frequency": "immediate"})
    data = client.get(reverse("accounts:me"), {"format": "json"}).json()
    assert data["email_frequency"] == "immediate"
    assert [(n["text"], n["url"], n["read_at"]) for n in data["notifications"]] == [
        ("Ny udfordring", "/udfordringer/", None)
    ]
