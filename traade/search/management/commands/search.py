"""`traade search QUERY [--kind …] [--area KEY] [--limit N] [--json]`."""

import argparse
import json

from django.core.management.base import BaseCommand, CommandError

from traade.search import registry
from traade.search.engine import run


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, not {value!r}") from None
    if not 1 <= number <= 1000:
        raise argparse.ArgumentTypeError("must be between 1 and 1000")
    return number


class Command(BaseCommand):
    help = "Search units, people, experiments and challenges, best match first."

    def add_arguments(self, parser):
        parser.add_argument("query", nargs="+", help="what to look for, in everyday Danish")
        parser.add_argument(
            "--kind",
            action="append",
            choices=registry.kind_names(),
            help="only this kind (repeatable); without it, every kind but the units' tasks "
            "(--kind task)",
        )
        parser.add_argument("--area", help="only records in the area with this key")
        parser.add_argument("--limit", type=positive_int, default=20, help="results (1-1000)")
        parser.add_argument("--json", action="store_true", help="print JSON")

    def handle(self, *args, **options):
        query = " ".join(options["query"]).strip()
        if not query:
            raise CommandError("the query is empty; give a word to search for", returncode=2)
        if options["area"]:
            keys = sorted(key for key, _name in registry.areas())
            if options["area"] not in keys:
                raise CommandError(
                    f"unknown area {options['area']!r}; use one of {', '.join(keys) or '(none)'}",
                    returncode=2,
                )
        found = run(query, kinds=options["kind"], area=options["area"], limit=options["limit"])
        if options["json"]:
            self.stdout.write(json.dumps(found.as_json(), ensure_ascii=False, indent=2))
            return
        if found.corrected_query:
            self.stdout.write(f"(also searched: {found.corrected_query})")
        self.stdout.write(f"{found.total} results for {query!r}")
        for hit in found.hits:
            self.stdout.write(f"{hit.score:9.3f}  {hit.kind:<10} {hit.key:<24} {hit.title}")
