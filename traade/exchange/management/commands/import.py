"""`traade import FILE`: read the exchange format, or a spreadsheet of units or people."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from traade.exchange.importer import ImportFailed, import_file

# Above this many records to embed (some 5-10 minutes on two cores), the import leaves
# them to the worker that `traade serve` starts.
EMBED_NOW_MAX = 5000


class Command(BaseCommand):
    help = (
        "Import FILE.json in the Tråde exchange format, or FILE.csv / FILE.xlsx with "
        "--units or --people (columns in docs/exchange.md). Upserts by key; all or "
        "nothing. Exits with status 2 when the file is invalid."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a .json, .csv or .xlsx file")
        kind = parser.add_mutually_exclusive_group()
        kind.add_argument(
            "--units", dest="kind", action="store_const", const="units", help="a sheet of units"
        )
        kind.add_argument(
            "--people", dest="kind", action="store_const", const="people", help="a sheet of people"
        )
        parser.add_argument(
            "--no-index",
            action="store_true",
            help="do not rebuild the search index (run `traade reindex` afterwards)",
        )
        parser.add_argument(
            "--no-embed",
            action="store_true",
            help="leave the semantic signal's embeddings to `traade serve` or `traade embed`",
        )

    def handle(self, *args, file, kind=None, no_index=False, no_embed=False, **options):
        try:
            result = import_file(file, kind=kind, index=not no_index)
        except FileNotFoundError:
            raise CommandError(f"{file}: no such file", returncode=2) from None
        except IsADirectoryError:
            raise CommandError(f"{file} is a directory, not a file", returncode=2) from None
        except ImportFailed as failed:
            for line in failed.lines():
                self.stderr.write(line)
            raise CommandError(
                f"{file} was not imported; nothing was changed ({failed}).", returncode=2
            ) from None
        self.stdout.write(f"Imported {file}:")
        for line in result.summary_lines() or ["nothing to import"]:
            self.stdout.write(f"  {line}")
        for note in result.notes:
            self.stdout.write(f"Note: {note}")
        if not result.indexed:
            self.stdout.write("The search index was not updated: run `traade reindex`.")
        elif settings.TRAADE_SEMANTIC and not no_embed:
            self._embed()

    def _embed(self):
        """Search finds records by meaning as soon as the import is done: the records whose
        embedding is missing or stale are embedded now (an interrupted run keeps what it
        did; `traade serve` finishes the rest)."""
        from traade.search import semantic
        from traade.search.management.commands.reindex import ProgressBar

        todo, _orphans, records = semantic.stale()
        if len(todo) > EMBED_NOW_MAX:
            self.stdout.write(
                f"Note: {len(todo)} records need their embedding for search by meaning, too "
                f"many to compute now (more than {EMBED_NOW_MAX}); `traade serve` computes "
                "them in the background, or run `traade embed`. Search by words works now."
            )
            return
        bar = None
        if todo:
            self.stderr.write(f"Computing the semantic search signal for {len(todo)} records…")
            bar = ProgressBar(len(todo), stream=self.stderr._out)
        done = semantic.catch_up(progress=bar)
        if bar:
            bar.close()
        self.stdout.write(f"Embedded {done.computed} of {records} records for search by meaning.")
