"""`traade demo`: load Skovlund Kommune, the fictional demo municipality."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from traade.demo import generator, loader


class Command(BaseCommand):
    help = "Load the demo municipality Skovlund Kommune (fictional units, people, trial actions)."

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group()
        group.add_argument(
            "--if-empty",
            action="store_true",
            help="Load only when the database has no units yet (keeps existing data).",
        )
        group.add_argument(
            "--reset",
            action="store_true",
            help="Delete all units, people, experiments, challenges and demo users first.",
        )
        parser.add_argument(
            "--seed",
            type=int,
            default=generator.DEFAULT_SEED,
            help=f"Random seed (default {generator.DEFAULT_SEED}).",
        )

    def handle(self, *args, if_empty=False, reset=False, seed=generator.DEFAULT_SEED, **options):
        started = time.monotonic()
        if loader.has_data() and not reset:
            if if_empty:
                self.stdout.write("The database already has data; nothing was changed.")
                self._print_logins()
                return
            raise CommandError(
                "The database already has units. Use --reset to delete them and load the "
                "demo again, or --if-empty to keep them."
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
        self.stdout.write(self.style.SUCCESS(f"Loaded {name} in {seconds:.1f} s:"))
        lines = [
            f"{summary.areas} areas, {summary.units} units "
            f"({summary.stale_units} with a visitkort older than six months), "
            f"{summary.tasks} tasks",
            f"{summary.people} people, {summary.leaders} of them leaders",
            f"{summary.experiments} experiments, {summary.challenges} challenges "
            f"with {summary.responses} responses, {summary.suggestions} suggestions",
        ]
        for line in lines:
            self.stdout.write(f"  {line}")
        self._print_logins()

    def _print_logins(self):
        self.stdout.write("")
        self.stdout.write(f"Demo log-ins (password: {loader.DEMO_PASSWORD}):")
        for username, role in DEMO_LOGINS:
            self.stdout.write(f"  {username:<12} {role}")


DEMO_LOGINS = [
    (generator.EMPLOYEE_USERNAME, "an employee in Hjemmeplejen Skovlund By"),
    (generator.LEADER_USERNAME, "the leader of Plejecenter Lindegården"),
    (generator.PROCESS_LEADER_USERNAME, "a process leader in Innovation og Samskabelse"),
    (generator.SCHOOL_LEADER_USERNAME, "the leader of Skovlund Østre Skole (Børn og Unge)"),
]
