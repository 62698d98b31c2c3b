"""`traade import FILE`: read the exchange format, or a spreadsheet of units or people."""

from django.core.management.base import BaseCommand, CommandError

from traade.exchange.importer import ImportFailed, import_file


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

    def handle(self, *args, file, kind=None, no_index=False, **options):
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
