"""Keys for records made in the app."""

import pytest

from traade.builders import make_challenge
from traade.challenges.models import Challenge
from traade.lib.keys import danish_slug, new_key

pytestmark = pytest.mark.django_db


def test_the_danish_letters_stay_readable():
    assert danish_slug("Forår på Ærø: sø og å") == "foraar-paa-aeroe-soe-og-aa"


def test_a_taken_key_is_numbered_and_an_empty_title_falls_back(unit):
    make_challenge(key="c-unge", unit=unit)
    assert new_key(Challenge, "c-", "Unge!", "udfordring") == "c-unge-2"
    assert new_key(Challenge, "c-", "???", "udfordring") == "c-udfordring"
