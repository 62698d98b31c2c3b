"""`traade restore FILE`: replace the whole database (SQLite) by a backup."""

from django.core.management.base import BaseCommand, CommandError

from traade.exchange.backup import BackupError, check_backup, restore_database


class Command(BaseCommand):
    help = (
        "Replace the whole SQLite database by the backup FILE made with `traade backup`. "
        "Everything made since the backup is lost. On PostgreSQL, use pg_restore (the "
        "command says how)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a backup made with `traade backup`")
        parser.add_argument(
            "--no-input",
            "--noinput",
            action="store_false",
            dest="interactive",
            help="do not ask for confirmation",
        )

    def handle(self, *args, file, interactive=True, **options):
        try:
            if interactive:
                check_backup(file)
                answer = input(
                    f"This replaces everything in the database by {file}; all changes since "
                    "the backup are lost. Type 'yes' to continue: "
                )
                if answer.strip().lower() != "yes":
                    raise CommandError("Nothing was restored.", returncode=2)
            missing = restore_database(file)
        except BackupError as error:
            raise CommandError(str(error), returncode=2) from None
        self.stdout.write(f"Restored the database from {file}.")
        if missing:
            self.stdout.write(
                f"The backup is from an older version of Tråde: run `traade migrate` now "
                f"({len(missing)} migrations to apply)."
            )
