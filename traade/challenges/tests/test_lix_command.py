"""`traade lix [FILE] [--json]`: the contract and bad input."""

import json
import subprocess
import sys

import pytest

from traade.lib.tests.test_lix import MEETING


def traade_lix(*args, stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "traade.cli", "lix", *args],
        input=stdin,
        capture_output=True,
        timeout=60,
    )


def test_json_from_a_file_keeps_the_contract(tmp_path):
    path = tmp_path / "tekst.txt"
    path.write_text(MEETING, encoding="utf-8")
    result = traade_lix(str(path), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data == {"lix": 16.4, "words": 22, "sentences": 3, "long_words": 2, "band": "meget let"}
    assert [type(data[k]) for k in ("lix", "words", "sentences", "long_words", "band")] == [
        float,
        int,
        int,
        int,
        str,
    ]


def test_reads_standard_input_without_a_file():
    result = traade_lix(stdin=MEETING.encode())
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().strip() == (
        "LIX 16.4 (meget let): 22 words, 3 sentences, 2 long words"
    )


def test_a_whole_number_score_is_still_a_float_in_json():
    result = traade_lix("--json", stdin=b"Hej med dig.")
    assert json.loads(result.stdout)["lix"] == 3.0
    assert '"lix": 3.0' in result.stdout.decode()


@pytest.mark.parametrize(
    "make_args, stdin, message",
    [
        (lambda tmp: [str(tmp / "missing.txt")], b"", "missing.txt: no such file"),
        (lambda tmp: [str(tmp)], b"", "is a directory, not a text file"),
        (lambda tmp: [], b"\xff\xfeVi", "standard input is not UTF-8 text"),
        (lambda tmp: [], b"  \n ... ", "standard input has no words to score"),
    ],
)
def test_bad_input_exits_2_with_an_english_message(tmp_path, make_args, stdin, message):
    result = traade_lix(*make_args(tmp_path), "--json", stdin=stdin)
    assert result.returncode == 2
    assert message in result.stderr.decode()
    assert result.stdout == b""
