import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command


def test_serve_refuses_to_start_without_a_secret_key_outside_the_demo(settings):
    settings.DEMO = False
    settings.SECRET_KEY = settings.INSECURE_DEV_KEY
    with pytest.raises(CommandError, match="TRAADE_SECRET_KEY is not set"):
        call_command("serve", "--no-collectstatic")


def test_serve_refuses_debug_mode(settings):
    settings.DEBUG = True
    with pytest.raises(CommandError, match="TRAADE_DEBUG"):
        call_command("serve", "--no-collectstatic")


def test_serve_rejects_a_bad_port(settings):
    settings.DEMO = True
    with pytest.raises(CommandError, match="--port"):
        call_command("serve", "--port", "70000", "--no-collectstatic")


def test_traade_command_runs_django_management_commands():
    result = subprocess.run(
        [sys.executable, "-m", "traade.cli", "help"], capture_output=True, text=True, check=True
    )
    for command in ("migrate", "serve"):
        assert command in result.stdout


def test_serve_refuses_a_short_secret_key(settings):
    settings.DEMO = False
    settings.SECRET_KEY = "abc"
    with pytest.raises(CommandError, match="too short"):
        call_command("serve", "--no-collectstatic")


def test_each_server_gets_its_own_control_socket(settings, tmp_path):
    from traade.accounts.management.commands.serve import control_socket_args

    settings.VAR_DIR = tmp_path
    first = control_socket_args("127.0.0.1", 8000)
    second = control_socket_args("127.0.0.1", 8001)
    assert first[0] == second[0] == "--control-socket"
    assert first[1] != second[1]
    assert first[1].startswith(str(tmp_path))
    assert control_socket_args("::1", 8000)[1] != first[1]
    assert control_socket_args("127.0.0.1", 8000, disabled=True) == ["--no-control-socket"]
    settings.VAR_DIR = tmp_path / ("x" * 120)
    assert control_socket_args("127.0.0.1", 8000) == ["--no-control-socket"]


def test_two_servers_on_one_machine_answer_on_their_own_control_sockets(tmp_path):
    """Two `traade serve` side by side: each gunicorn has its own control socket."""
    import json
    import os
    import signal
    import socket
    import time
    from pathlib import Path

    def free_port():
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return sock.getsockname()[1]

    env = {
        **os.environ,
        "TRAADE_VAR_DIR": str(tmp_path),
        "TRAADE_DEMO": "1",
        "TRAADE_SEMANTIC": "0",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'serve.sqlite3'}",
    }
    env.pop("TRAADE_TESTING", None)
    traade = Path(sys.executable).with_name("traade")
    ports = [free_port(), free_port()]
    servers = [
        subprocess.Popen(
            [str(traade), "serve", "--port", str(port), "--workers", "1", "--no-collectstatic"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        for port in ports
    ]
    try:
        sockets = [tmp_path / "run" / f"gunicorn-127.0.0.1-{port}.ctl" for port in ports]
        deadline = time.monotonic() + 30
        while not all(path.exists() for path in sockets) and time.monotonic() < deadline:
            time.sleep(0.2)
        pids = []
        for path in sockets:
            result = subprocess.run(
                [str(traade.with_name("gunicornc")), "-s", str(path), "-c", "show stats", "-j"],
                capture_output=True,
                text=True,
                timeout=20,
            )
            pids.append(json.loads(result.stdout)["pid"])
        assert pids == [server.pid for server in servers]
    finally:
        for server in servers:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=20)
