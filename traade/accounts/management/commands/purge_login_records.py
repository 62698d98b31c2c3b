"""`traade purge_login_records`: delete log-in records older than the retention period."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from traade.accounts.services import purge_login_records


class Command(BaseCommand):
    help = (
        "Delete records of log-ins and failed log-in attempts (with address and browser) "
        "older than TRAADE_LOGIN_RECORD_DAYS days (default 90), and expired sessions. "
        "Run it daily, e.g. from a systemd timer or cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="keep this many days instead of TRAADE_LOGIN_RECORD_DAYS",
        )

    def handle(self, *args, days, verbosity, **options):
        days = settings.TRAADE_LOGIN_RECORD_DAYS if days is None else days
        if days < 1:
            raise CommandError("--days must be at least 1")
        counts = purge_login_records(days=days)
        if verbosity:
            self.stdout.write(
                f"Deleted log-in records older than {days} days: {counts['logins']} log-ins, "
                f"{counts['failed_attempts'] + counts['failure_log']} failed attempts; "
                f"{counts['expired_sessions']} expired sessions."
            )
