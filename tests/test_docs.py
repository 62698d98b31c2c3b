"""The operator's documentation keeps up with the code."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_setting_read_from_the_environment_is_documented():
    settings = (ROOT / "traade" / "settings.py").read_text()
    names = set(re.findall(r'"(TRAADE_[A-Z_]+|DATABASE_URL)"', settings))
    documented = (ROOT / ".env.example").read_text()
    missing = sorted(n for n in names if n not in documented and n != "TRAADE_TESTING")
    assert not missing, f"settings missing from .env.example: {missing}"


def test_every_project_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    commands = [
        p.stem for p in ROOT.glob("traade/*/management/commands/*.py") if not p.stem.startswith("_")
    ]
    missing = sorted(c for c in commands if f"traade {c}" not in readme)
    assert not missing, f"commands missing from README.md: {missing}"
