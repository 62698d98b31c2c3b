""" "Hvem kan hjælpe?": units and people ranked for a free-text need."""

from django.urls import reverse

from traade import search
from traade.builders import make_experiment, make_person


def test_units_and_people_that_tried_it_are_suggested(make, indexed, employee):
    tried = make("Solgården", description="Plejecenter.")
    knows = make("Teknologiteamet", knowledge=["robotstøvsugere"])
    person = make_person(key="p-nanna", name="Nanna", expertise=["robotstøvsugere"], unit=tried)
    make_experiment(title="Robotstøvsugere i boligerne", units=[tried], contact=person)
    make("Skolen", description="Undervisning.")
    indexed()
    helpers = search.who_can_help(
        "Vi bruger for meget tid på at støvsuge. Kan en robotstøvsuger hjælpe?", user=employee
    )
    keys = [h.key for h in helpers]
    assert set(keys[:3]) == {tried.key, knows.key, person.key}
    solgaarden = next(h for h in helpers if h.key == tried.key)
    assert solgaarden.experiments == ["Robotstøvsugere i boligerne"]


def test_the_page_works_with_and_without_htmx(client_for, employee, make, indexed):
    make("Teknologiteamet", knowledge=["robotstøvsugere"])
    indexed()
    client = client_for(employee)
    url = reverse("search:who-can-help")
    page = client.get(url, {"need": "robotstøvsuger"}).content.decode()
    assert "<html" in page and "Teknologiteamet" in page
    partial = client.get(url, {"need": "robotstøvsuger"}, headers={"HX-Request": "true"})
    assert "<html" not in partial.content.decode()
    assert "Teknologiteamet" in partial.content.decode()


def test_anonymous_users_get_no_help(make, indexed):
    from django.contrib.auth.models import AnonymousUser

    make("Teknologiteamet", knowledge=["robotstøvsugere"])
    indexed()
    assert search.who_can_help("robotstøvsuger", user=AnonymousUser()) == []


def test_an_empty_need_is_explained(client_for, employee, db):
    client = client_for(employee)
    url = reverse("search:who-can-help")
    assert "need-error" not in client.get(url).content.decode()
    for headers in ({}, {"HX-Request": "true"}):
        html = client.get(url, {"need": "  "}, headers=headers).content.decode()
        assert "Skriv, hvad du har brug for hjælp til" in html


def test_tried_experiments_link_to_the_experiment(client_for, employee, make, indexed):
    unit = make("Solgården", description="Plejecenter.")
    experiment = make_experiment(title="Robotstøvsugere i boligerne", units=[unit])
    indexed()
    html = (
        client_for(employee)
        .get(reverse("search:who-can-help"), {"need": "robotstøvsuger"})
        .content.decode()
    )
    assert f'<a href="{experiment.get_absolute_url()}">Robotstøvsugere i boligerne</a>' in html
