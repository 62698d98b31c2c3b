"""LIX for Danish: texts counted by hand, and the rules one at a time."""

import pytest

from traade.lib.lix import NoWords, band, lix, split

# Counted by hand. Words: Vi mødes den 1 maj 2026 kl 14 på biblioteket (10) | Kom (1) |
# Der er bl.a kaffe og f.eks kage til ca 30 personer (11) = 22 words, 3 sentences;
# long: biblioteket, personer = 2. LIX = 22/3 + 100·2/22 = 7.33 + 9.09 = 16.4.
MEETING = (
    "Vi mødes den 1. maj 2026 kl. 14 på biblioteket. Kom! "
    "Der er bl.a. kaffe og f.eks. kage til ca. 30 personer."
)

# Kommunens … pårørende (9 words, 7 long) | Det tager i gennemsnit 3.5 timer om ugen
# (8, 1 long: gennemsnit) | Hvorfor (1, 1 long: seven letters) | Borgerne … fra 2025
# (10, 5 long: Borgerne, oplever, indsatsen, fragmenteret, tilfredshedsundersøgelsen)
# | Nej (1) = 29 words, 5 sentences, 14 long. LIX = 29/5 + 100·14/29 = 5.8 + 48.28 = 54.1.
JARGON = (
    "Kommunens sundhedsfaglige medarbejdere koordinerer rehabiliteringsindsatsen i "
    "samarbejde med pårørende. Det tager i gennemsnit 3.5 timer om ugen. Hvorfor? "
    "Borgerne oplever, at indsatsen er fragmenteret, jf. tilfredshedsundersøgelsen "
    "fra 2025. Nej."
)

# Hvad nu hvis vi spurgte de unge selv (8, 1 long: spurgte) | Vi har prøvet møder
# kurser osv (6, none: "prøvet" has six letters) | Intet virkede (2, 1 long) |
# Det er for svært siger en elev på 9 klasse (10, none) = 26 words, 4 sentences,
# 2 long. LIX = 26/4 + 100·2/26 = 6.5 + 7.69 = 14.2.
WHAT_IF = (
    "Hvad nu hvis vi spurgte de unge selv …?\n"
    "Vi har prøvet møder, kurser osv. Intet virkede.\n"
    '"Det er for svært," siger en elev på 9. klasse.'
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (MEETING, {"lix": 16.4, "words": 22, "sentences": 3, "long_words": 2, "band": "meget let"}),
        (JARGON, {"lix": 54.1, "words": 29, "sentences": 5, "long_words": 14, "band": "svær"}),
        (WHAT_IF, {"lix": 14.2, "words": 26, "sentences": 4, "long_words": 2, "band": "meget let"}),
    ],
)
def test_hand_counted_texts(text, expected):
    assert lix(text).as_json() == expected


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("Vi ses bl.a. til mødet. Tak.", 2),
        ("Det er f.eks. Faxe og Dragør.", 1),  # a name after f.eks. does not start a sentence
        ("Ring kl. 9 eller ca. kl. 10.", 1),
        ("Vi mødes 1. maj og 5. juni.", 1),
        ("Vi startede i 2025. Det gik godt.", 2),
        ("Prisen steg 3.5 procent.", 1),
        ("Vi har kaffe, te osv. Kom bare.", 2),
        ("Vi har kaffe, te osv. og kage.", 1),
        ("Spørg Anne B. Hansen.", 1),
        ("Ja. Nej. Måske.", 3),
        ("Vi har tre mål: ro, tryghed og tid.", 2),
        ("Overskrift uden punktum\nOg så en sætning.", 2),
        ("Ingen punktum til sidst", 1),
    ],
)
def test_sentence_ends(text, sentences):
    assert len(split(text)) == sentences


def test_a_long_word_has_more_than_six_letters_not_counting_digits_or_hyphens():
    words = [w for s in split("skolen plejehjem it-system 20252026 huset.") for w in s.words]
    assert [w.text for w in words] == ["skolen", "plejehjem", "it-system", "20252026", "huset"]
    assert [w.long for w in words] == [False, True, True, False, False]


def test_word_offsets_point_into_the_text():
    text = "«Hvorfor?» spurgte (hun)."
    words = [w for s in split(text) for w in s.words]
    assert [text[w.start : w.end] for w in words] == ["Hvorfor", "spurgte", "hun"]


@pytest.mark.parametrize(
    "score, name",
    [
        (0, "meget let"),
        (24.9, "meget let"),
        (25, "let"),
        (34.9, "let"),
        (35, "middel"),
        (44.9, "middel"),
        (45, "svær"),
        (54.9, "svær"),
        (55, "meget svær"),
        (80, "meget svær"),
    ],
)
def test_bands(score, name):
    assert band(score) == name


@pytest.mark.parametrize("text", ["", "   \n", "– … !?"])
def test_a_text_without_words_has_no_lix(text):
    with pytest.raises(NoWords):
        lix(text)
