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
