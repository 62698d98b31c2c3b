"""`traade demo`: load Skovlund Kommune, the fictional demo municipality."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from traade.demo import generator, loader


class Command(BaseCommand):
    help = "Indlæser demokommunen Skovlund Kommune (fiktive enheder, personer og prøvehandlinger)."

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group()
        group.add_argument(
            "--if-empty",
            action="store_true",
            help="Indlæs kun, hvis der ikke er nogen enheder i forvejen.",
        )
        group.add_argument(
            "--reset",
            action="store_true",
            help="Slet alle enheder, personer, prøvehandlinger, udfordringer og demobrugere først.",
        )
        parser.add_argument(
            "--seed",
            type=int,
            default=generator.DEFAULT_SEED,
            help=f"Startværdi for tilfældighederne (standard {generator.DEFAULT_SEED}).",
        )

    def handle(self, *args, if_empty=False, reset=False, seed=generator.DEFAULT_SEED, **options):
        started = time.monotonic()
        if loader.has_data() and not reset:
            if if_empty:
                self.stdout.write("Demodata er allerede indlæst; intet ændret.")
                return
            raise CommandError(
                "Der er allerede enheder i databasen. Brug --reset for at slette dem og "
                "indlæse demokommunen igen, eller --if-empty for at beholde dem."
            )

        data = generator.generate(seed=seed)
        with transaction.atomic():
            if reset:
                loader.clear()
            summary = loader.load(data)
            from traade import search

            search.rebuild()

        seconds = time.monotonic() - started
        name = data.organisation["name"]
        self.stdout.write(self.style.SUCCESS(f"{name} er indlæst på {seconds:.1f} sekunder:"))
        lines = [
            f"{summary.areas} fagområder, {summary.units} enheder "
            f"({summary.stale_units} med visitkort ældre end seks måneder), "
            f"{summary.tasks} opgaver",
            f"{summary.people} personer, heraf {summary.leaders} ledere",
            f"{summary.experiments} prøvehandlinger, {summary.challenges} udfordringer "
            f"med {summary.responses} svar, {summary.suggestions} forslag til visitkort",
        ]
        for line in lines:
            self.stdout.write(f"  {line}")
        self.stdout.write("")
        self.stdout.write(f"Log ind med en af disse brugere (adgangskode: {loader.DEMO_PASSWORD}):")
        for username, role in DEMO_LOGINS:
            self.stdout.write(f"  {username:<12} {role}")


DEMO_LOGINS = [
    (generator.EMPLOYEE_USERNAME, "medarbejder i Hjemmeplejen Skovlund By"),
    (generator.LEADER_USERNAME, "leder af Plejecenter Lindegården"),
    (generator.PROCESS_LEADER_USERNAME, "procesleder i Innovation og Samskabelse"),
]
