"""`traade reindex`: rebuild the search index from the database, with a progress bar."""

import sys
import time

from django.core.management.base import BaseCommand

from traade import search
from traade.search.indexing import count_records


class ProgressBar:
    """A small text progress bar on stderr (redrawn in place on a terminal)."""

    def __init__(self, total: int, stream=None, width: int = 30):
        self.total = max(total, 1)
        self.done = 0
        self.stream = stream or sys.stderr
        self.width = width
        self.started = time.perf_counter()
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self._last_percent = -1

    def __call__(self, step: int) -> None:
        self.done += step
        percent = min(100, self.done * 100 // self.total)
        if not self.tty and percent // 10 == self._last_percent // 10 and percent != 100:
            return
        self._last_percent = percent
        filled = self.width * percent // 100
        rate = self.done / max(time.perf_counter() - self.started, 1e-9)
        line = (
            f"[{'#' * filled}{'.' * (self.width - filled)}] {percent:3d}% "
            f"{self.done}/{self.total} records, {rate:,.0f}/s"
        )
        self.stream.write(("\r" + line) if self.tty else line + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.tty:
            self.stream.write("\n")


class Command(BaseCommand):
    help = "Rebuild the search index (units, people, experiments, challenges)."

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true", help="no progress bar")

    def handle(self, *args, **options):
        started = time.perf_counter()
        silent = options["verbosity"] == 0  # Django's -v 0: print nothing
        quiet = options["quiet"] or silent
        bar = None if quiet else ProgressBar(count_records(), stream=self.stderr._out)
        count = search.rebuild(progress=bar)
        if bar:
            bar.close()
        seconds = time.perf_counter() - started
        if not silent:
            self.stdout.write(f"Indexed {count} records in {seconds:.1f} s.")
