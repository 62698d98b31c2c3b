import datetime

import pytest

from traade.builders import make_challenge, make_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def challenge(unit, other_unit):
    teacher = make_person(key="p-tove", name="Tove Bak", title="Lærer", unit=other_unit)
    return make_challenge(
        key="c-spiser",
        title="Beboere der spiser for lidt",
        description="Flere beboere taber sig. Hvad har hjulpet hos jer?",
        unit=unit,
        status="solved",
        posted=datetime.date(2026, 3, 2),
        responses=[
            {"unit": other_unit, "person": teacher, "text": "Lad dem lave maden selv."},
            {"unit": other_unit, "text": "Spis sammen med dem."},
        ],
    )


def test_employee_sees_the_challenge_and_its_responses(client_for, employee, challenge):
    response = client_for(employee).get("/udfordringer/c-spiser/")
    assert response.status_code == 200
    html = response.content.decode()
    for text in [
        "<h1>Beboere der spiser for lidt</h1>",
        "Flere beboere taber sig.",
        "Løst",
        "2. marts 2026",
        "Plejecenter Solgården",
        "Sundhed og Omsorg",
        "Lad dem lave maden selv.",
        "Spis sammen med dem.",
        "Tove Bak</a>, lærer",
        'Svar og forslag <span class="meta">(2)</span>',
    ]:
        assert text in html, text


def test_units_and_people_link_to_their_pages(client_for, employee, challenge, unit, other_unit):
    html = client_for(employee).get(challenge.get_absolute_url()).content.decode()
    assert f'href="{unit.get_absolute_url()}"' in html
    assert f'href="{other_unit.get_absolute_url()}"' in html
    assert 'href="/personer/p-tove/"' in html


def test_a_challenge_without_responses_says_so(client_for, employee, unit):
    make_challenge(key="c-alone", unit=unit)
    response = client_for(employee).get("/udfordringer/c-alone/")
    assert "Ingen har svaret endnu." in response.content.decode()


def test_anonymous_is_sent_to_log_in(client, challenge):
    response = client.get("/udfordringer/c-spiser/")
    assert response.status_code == 302
    assert response["Location"].startswith("/log-ind/")


def test_unknown_key_is_404(client_for, employee):
    assert client_for(employee).get("/udfordringer/c-findes-ikke/").status_code == 404
