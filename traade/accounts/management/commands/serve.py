"""`traade serve`: the production web server (gunicorn) with static files by whitenoise."""

import os
import sys
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

# A Unix socket's path must fit in sun_path (108 bytes on Linux, with the final NUL).
MAX_SOCKET_PATH = 100


def control_socket_path(host: str, port: int) -> Path:
    """This server's own gunicorn control socket, in TRAADE_VAR_DIR and named by its
    address, so that two `traade serve` on one machine never share one."""
    name = "".join(c if c.isalnum() or c in ".-" else "_" for c in host)
    return Path(settings.VAR_DIR) / "run" / f"gunicorn-{name}-{port}.ctl"


def control_socket_args(host: str, port: int, *, disabled: bool = False) -> list[str]:
    if disabled:
        return ["--no-control-socket"]
    path = control_socket_path(host, port).resolve()
    if len(str(path)) > MAX_SOCKET_PATH:
        return ["--no-control-socket"]  # too long for a Unix socket: better none than shared
    path.parent.mkdir(parents=True, exist_ok=True)
    return ["--control-socket", str(path)]


class Command(BaseCommand):
    help = "Serve Tråde with gunicorn (DEBUG off, static files served by whitenoise)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
        parser.add_argument("--port", type=int, default=8000, help="port to listen on")
        parser.add_argument(
            "--workers",
            type=int,
            default=min(4, (os.cpu_count() or 1) * 2),
            help="number of worker processes",
        )
        parser.add_argument("--threads", type=int, default=4, help="threads per worker")
        parser.add_argument(
            "--no-collectstatic",
            action="store_true",
            help="skip collecting static files before starting",
        )
        parser.add_argument(
            "--no-control-socket",
            action="store_true",
            help="start gunicorn without its control socket (gunicornc cannot reach it)",
        )

    def handle(
        self, *args, host, port, workers, threads, no_collectstatic, no_control_socket, **options
    ):
        if settings.DEBUG:
            raise CommandError("TRAADE_DEBUG is on; `traade serve` is for production. Unset it.")
        if settings.SECRET_KEY == settings.INSECURE_DEV_KEY and not settings.DEMO:
            raise CommandError(
                "TRAADE_SECRET_KEY is not set. Set it to a long random string, e.g.\n"
                "  export TRAADE_SECRET_KEY=\"$(python3 -c 'import secrets; "
                "print(secrets.token_urlsafe(50))')\"\n"
                "(Only the demo, TRAADE_DEMO=1, runs with the built-in development key.)"
            )
        if settings.SECRET_KEY != settings.INSECURE_DEV_KEY and len(settings.SECRET_KEY) < 32:
            raise CommandError(
                f"TRAADE_SECRET_KEY is too short ({len(settings.SECRET_KEY)} characters); "
                "use at least 32 random characters."
            )
        if not 0 < port < 65536:
            raise CommandError(f"--port must be between 1 and 65535, not {port}")
        if workers < 1 or threads < 1:
            raise CommandError("--workers and --threads must be at least 1")
        if not no_collectstatic:
            settings.STATIC_ROOT.mkdir(parents=True, exist_ok=True)
            call_command("collectstatic", interactive=False, verbosity=0)
        if settings.TRAADE_SEMANTIC:
            self._catch_up_embeddings()
        address = f"[{host}]" if ":" in host else host
        self.stdout.write(f"Tråde is served on http://{address}:{port}/  (stop with Ctrl+C)")
        self.stdout.flush()
        gunicorn = os.path.join(os.path.dirname(sys.executable), "gunicorn")
        argv = [
            gunicorn,
            "traade.wsgi:application",
            "--bind",
            f"{address}:{port}",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--access-logfile",
            "-",
            "--graceful-timeout",
            "5",
            *control_socket_args(host, port, disabled=no_control_socket),
        ]
        os.execv(gunicorn, argv)

    def _catch_up_embeddings(self):
        """Start the one worker that keeps the semantic signal's embeddings up to date
        (`traade embed --watch`): it embeds records whose embedding is missing or stale
        (after an import, a restore or the demo's first start), then the records that
        saves queue, with one CPU thread at a lower priority, so the web workers never
        wait for it. It ends when the server (this process, after exec) ends."""
        import subprocess

        subprocess.Popen(
            [sys.executable, "-m", "traade.cli", "embed", "--watch", "--quiet", "--threads", "1"],
            stdin=subprocess.DEVNULL,
            preexec_fn=lambda: os.nice(10),  # noqa: PLW1509 (no threads yet)
        )
