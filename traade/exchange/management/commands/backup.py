"""`traade backup FILE`: a copy of the whole database (SQLite), consistent while it runs."""

from django.core.management.base import BaseCommand, CommandError

from traade.exchange.backup import BackupError, backup_database


class Command(BaseCommand):
    help = (
        "Copy the whole SQLite database (log-ins, history, suggestions, everything) into "
        "FILE while Tråde runs. Restore it with `traade restore FILE`. On PostgreSQL, use "
        "pg_dump (the command says how)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="where to write the backup (replaced if it exists)")

    def handle(self, *args, file, **options):
        try:
            size = backup_database(file)
        except BackupError as error:
            raise CommandError(str(error), returncode=2) from None
        self.stdout.write(f"Backed up the database to {file} ({size / 1024 / 1024:.1f} MB).")
