"""The threads app imports no capability that feeds it: they plug in (registry.py)."""

import ast
from pathlib import Path

from traade import threads
from traade.threads import registry

THREADS = Path(threads.__file__).parent
# What the threads app may import from the project: itself, the helpers, and the parts
# every capability stands on (units, users, the search module's public API, notifications).
ALLOWED = (
    "traade.threads",
    "traade.lib",
    "traade.directory",
    "traade.accounts",
    "traade.notifications",
    "traade.search",
)


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = "traade." + ".".join(path.relative_to(THREADS.parent).with_suffix("").parts[:-1])
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                module = f"{base}.{module}" if module else base
            for alias in node.names:
                yield node.lineno, f"{module}.{alias.name}"


def _modules():
    return [p for p in THREADS.rglob("*.py") if "tests" not in p.relative_to(THREADS).parts[:1]]


def test_threads_app_imports_no_capability_that_feeds_it():
    offending = [
        f"{path.relative_to(THREADS.parent.parent)}:{line} imports {name}"
        for path in _modules()
        for line, name in _imports(path)
        if (name == "traade" or name.startswith("traade.")) and not name.startswith(ALLOWED)
    ]
    assert offending == []


def test_the_walk_sees_imports():
    names = [name for _, name in _imports(THREADS / "services.py")]
    assert "traade.directory.models.Unit" in names
    assert "traade.threads.syncing.sync" in names


def test_the_capabilities_register_their_kinds():
    names = [kind.name for kind in registry.kinds()]
    assert names[:3] == ["collaboration", "challenge", "experiment"]
    for kind in registry.kinds():
        assert str(kind.label)
