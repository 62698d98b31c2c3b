"""The writing help: jargon from the data file and an installation's own, long sentences."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from traade.challenges import plain


@pytest.fixture(autouse=True)
def _fresh_jargon():
    plain._jargon.cache_clear()
    yield
    plain._jargon.cache_clear()


def test_jargon_is_found_inflected_and_across_spaces():
    found = {
        hit.term: hit.found
        for hit in plain.find_jargon(
            "Indsatsen kræver ressourcer og koordineringen i  forhold til borgerne."
        )
    }
    assert found == {
        "indsats": "Indsatsen",
        "ressourcer": "ressourcer",
        "koordinering": "koordineringen",
        "i forhold til": "i  forhold til",
        "borger": "borgerne",
    }


def test_part_of_another_word_is_not_jargon():
    assert plain.find_jargon("Vi har en god medborger og en indsatsleder.") == []


def test_an_installation_adds_its_own_jargon(tmp_path, settings):
    extra = tmp_path / "jargon.txt"
    extra.write_text("# vores\nsagsbehandling = arbejdet med din sag\nborger = dig\n")
    settings.TRAADE_JARGON_FILE = str(extra)
    hits = {
        hit.term: hit.alternatives
        for hit in plain.find_jargon("Borgeren venter på sagsbehandling.")
    }
    assert hits == {"borger": ["dig"], "sagsbehandling": ["arbejdet med din sag"]}


@pytest.mark.parametrize("content", ["uden lighedstegn\n", "tomt = \n"])
def test_a_bad_jargon_file_names_the_line(tmp_path, settings, content):
    extra = tmp_path / "jargon.txt"
    extra.write_text("god = fin\n" + content)
    settings.TRAADE_JARGON_FILE = str(extra)
    with pytest.raises(ImproperlyConfigured, match=r"jargon.txt, line 2: write 'term = "):
        plain.find_jargon("tekst")


def test_a_missing_jargon_file_is_a_clear_error(tmp_path, settings):
    settings.TRAADE_JARGON_FILE = str(tmp_path / "none.txt")
    with pytest.raises(ImproperlyConfigured, match="TRAADE_JARGON_FILE .* cannot be read"):
        plain.find_jargon("tekst")


def test_only_sentences_over_fifteen_words_are_long_and_the_longest_come_first():
    short = "Vi er få. "
    sixteen = " ".join(["ord"] * 15) + " sidste. "
    twenty = " ".join(["ord"] * 19) + " allersidste."
    help = plain.writing_help(short + sixteen + twenty)
    assert [str(s).split()[-1] for s in help.longest] == ["<mark>allersidste</mark>.", "sidste."]


def test_no_words_no_score():
    assert plain.writing_help("  ").score is None
