"""`traade send-digests`: e-mail the notifications that are due (see services.py)."""

from django.core.management.base import BaseCommand, CommandError

from traade.notifications.services import send_due


class Command(BaseCommand):
    help = (
        "E-mail notifications that are due: at once for people who chose immediate, one "
        "digest a day (after TRAADE_DIGEST_HOUR) for daily. Safe to run twice or "
        "concurrently; what cannot be sent stays pending for the next run. Run it every "
        "few minutes."
    )

    def handle(self, *args, **options):
        report = send_due()
        self.stdout.write(
            f"sent {len(report.sent)} e-mails; {report.waiting} daily digests not due yet; "
            f"{report.skipped} notifications not e-mailed (no e-mail wanted or no address)"
        )
        if report.failed:
            raise CommandError(
                f"{len(report.failed)} e-mails could not be sent (see the log); "
                "they stay pending and are retried on the next run",
                returncode=1,
            )
