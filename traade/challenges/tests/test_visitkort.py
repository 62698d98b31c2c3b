"""Challenges on the visitkort: the posting unit's own, and "Har hjulpet" on the helpers'."""

import pytest

from traade.builders import make_challenge, make_unit
from traade.challenges.models import Response

pytestmark = pytest.mark.django_db


def test_the_posting_units_visitkort_lists_its_challenges(client_for, employee, unit):
    make_challenge(key="c-x", unit=unit, title="Ensomme beboere")
    page = client_for(employee).get(unit.get_absolute_url()).text
    assert "Ensomme beboere" in page


def test_a_unit_whose_answer_was_useful_shows_har_hjulpet(client_for, employee, unit, other_unit):
    challenge = make_challenge(key="c-x", unit=unit, title="Ensomme beboere")
    Response.objects.create(challenge=challenge, unit=other_unit, text="Højtlæsning", useful=True)
    silent = make_unit(name="Tavs")
    Response.objects.create(challenge=challenge, unit=silent, text="Måske?")
    client = client_for(employee)
    page = client.get(other_unit.get_absolute_url()).text
    assert '<h2 id="helped">Har hjulpet</h2>' in page
    assert 'href="/udfordringer/c-x/">Ensomme beboere</a>' in page.split('id="helped"')[1]
    # An answer not (yet) marked useful does not count.
    assert 'id="helped"' not in client.get(silent.get_absolute_url()).text
    assert 'id="helped"' not in client.get(unit.get_absolute_url()).text
