"""`traade threads [--json] [--snapshot [--baseline]] [--sync]`: the cohesion figures."""

import json

from django.core.management.base import BaseCommand, CommandError

from traade.threads import figures, services
from traade.threads.syncing import sync


class Command(BaseCommand):
    help = (
        "Print the cohesion figures of the threads between units: units, threads (pairs of "
        "units with at least one reason), the share of units with a thread to another area, "
        "isolated units, the ten best bridges (betweenness) and the threads between areas."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--json",
            action="store_true",
            help='print {"units": int, "threads": int, "cross_area_share": float, "isolated": '
            '[unit keys], "bridges": [unit keys], "area_matrix": {area: {area: int}}}',
        )
        parser.add_argument(
            "--snapshot", action="store_true", help="also keep the figures as an øjebliksbillede"
        )
        parser.add_argument(
            "--baseline", action="store_true", help="with --snapshot: keep them as the nulpunkt"
        )
        parser.add_argument(
            "--sync",
            action="store_true",
            help="first recompute every thread from the capabilities' data",
        )

    def handle(self, *args, **options):
        if options["baseline"] and not options["snapshot"]:
            raise CommandError("--baseline goes with --snapshot", returncode=2)
        if options["sync"]:
            done = sync()
            self.stderr.write(
                f"threads synced: {done.created} added, {done.updated} changed, "
                f"{done.deleted} removed"
            )
        measured = figures.current()
        if options["snapshot"]:
            services.take_snapshot(actor=None, baseline=options["baseline"])
            self.stderr.write("nulpunkt taken" if options["baseline"] else "snapshot taken")
        if options["json"]:
            self.stdout.write(json.dumps(measured.as_json(), ensure_ascii=False))
            return
        self.stdout.write(
            f"{measured.units} units, {measured.threads} threads; "
            f"{measured.cross_area_units} units ({measured.cross_area_share:.1%}) have a thread "
            f"to another area; {len(measured.isolated)} have none"
        )
        if measured.bridges:
            sample = (
                f" (estimated from {measured.betweenness_sample} units)"
                if measured.betweenness_sample
                else ""
            )
            self.stdout.write(f"bridges{sample}: " + ", ".join(measured.bridges))
