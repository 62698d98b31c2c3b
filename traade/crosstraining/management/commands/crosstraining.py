"""`traade crosstraining solve INPUT.json [--json]`: form cross-training groups offline."""

import json

from django.core.management.base import BaseCommand, CommandError

from traade.crosstraining import solver
from traade.lib.commandinput import read_file

MAX_BYTES = 50 * 1024 * 1024


class Command(BaseCommand):
    help = (
        "Form cross-training groups for a round described in a JSON file, with the same "
        "optimiser as the web page (see docs/crosstraining.md for the format)."
    )

    def add_arguments(self, parser):
        commands = parser.add_subparsers(dest="action", required=True)
        solve = commands.add_parser("solve", help="form the groups of one round")
        solve.add_argument("input", help="the round as JSON")
        solve.add_argument(
            "--json",
            action="store_true",
            help='print {"groups", "new_pairs", "rule_breaks", "bound", "seconds"}',
        )

    def handle(self, *args, **options):
        problem = self.read(options["input"])
        result = solver.solve(problem)
        if options["json"]:
            self.stdout.write(json.dumps(result.as_json(), ensure_ascii=False))
            return
        for number, group in enumerate(result.groups, 1):
            self.stdout.write(f"group {number}: {', '.join(group)}")
        bound = "none proven" if result.bound is None else result.bound
        self.stdout.write(
            f"{result.new_pairs} new pairs, {result.rule_breaks} rule breaks, "
            f"bound {bound}, {result.seconds:.2f} s"
        )

    def read(self, path: str) -> solver.Problem:
        data = read_file(path, MAX_BYTES, kind="a JSON file")
        if len(data) > MAX_BYTES:
            raise CommandError(f"{path} is larger than 50 MB", returncode=2)
        try:
            parsed = json.loads(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise CommandError(f"{path} is not UTF-8 text", returncode=2) from None
        except json.JSONDecodeError as error:
            raise CommandError(
                f"{path} is not valid JSON (line {error.lineno}, column {error.colno}: "
                f"{error.msg})",
                returncode=2,
            ) from None
        try:
            return solver.parse_problem(parsed)
        except solver.ProblemError as error:
            raise CommandError(f"{path}: {error}", returncode=2) from None
