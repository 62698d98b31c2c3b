"""`traade lix [FILE] [--json]`: the LIX score and band of a Danish text."""

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from traade.lib.commandinput import read_file
from traade.lib.lix import NoWords, lix

MAX_BYTES = 10 * 1024 * 1024


class Command(BaseCommand):
    help = (
        "Print the LIX readability score and its Danish band for a text in FILE "
        "(standard input without FILE). Abbreviations, numbers and dates do not end "
        "sentences; a long word has more than six letters."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="a UTF-8 text file (default: standard input)")
        parser.add_argument(
            "--json",
            action="store_true",
            help='print {"lix": float, "words": int, "sentences": int, "long_words": int, '
            '"band": str}',
        )

    def handle(self, *args, **options):
        text = self.read(options["file"])
        try:
            result = lix(text)
        except NoWords:
            name = options["file"] or "standard input"
            raise CommandError(f"{name} has no words to score", returncode=2) from None
        if options["json"]:
            self.stdout.write(json.dumps(result.as_json(), ensure_ascii=False))
            return
        self.stdout.write(
            f"LIX {result.lix} ({result.band}): {result.words} words, "
            f"{result.sentences} sentences, {result.long_words} long words"
        )

    def read(self, path: str | None) -> str:
        if path is None or path == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
            name = "standard input"
        else:
            name = path
            data = read_file(path, MAX_BYTES, kind="a text file")
        if len(data) > MAX_BYTES:
            raise CommandError(f"{name} is larger than 10 MB; give a shorter text", returncode=2)
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise CommandError(
                f"{name} is not UTF-8 text (byte {error.start}); save it as UTF-8", returncode=2
            ) from None
