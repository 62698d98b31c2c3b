"""`traade export [FILE]`: write everything in the exchange format (stdout without FILE)."""

from django.core.management.base import BaseCommand, CommandError

from traade.exchange.exporter import export_document, to_json


class Command(BaseCommand):
    help = (
        "Export the organisation, areas, units, people, experiments and challenges in the "
        "Tråde exchange format (JSON), to FILE or to standard output."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "file", nargs="?", help="where to write (default, or '-': standard output)"
        )

    def handle(self, *args, file=None, **options):
        document = export_document()
        text = to_json(document)
        if not file or file == "-":
            self.stdout.write(text, ending="")
            return
        try:
            with open(file, "w", encoding="utf-8") as handle:
                handle.write(text)
        except OSError as error:
            raise CommandError(f"could not write {file}: {error.strerror}") from None
        counts = ", ".join(
            f"{len(document[section])} {section}"
            for section in ("areas", "units", "people", "experiments", "challenges")
        )
        self.stdout.write(f"Exported {counts} to {file}.")
