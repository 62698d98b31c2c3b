"""The search module imports no other app: apps plug into it (see registry.py)."""

import ast
from pathlib import Path

import pytest

from traade import search
from traade.search import registry

SEARCH = Path(search.__file__).parent
# What the search module may import from the project: itself and the model-free helpers.
ALLOWED = ("traade.search", "traade.lib")


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = "traade." + ".".join(path.relative_to(SEARCH.parent).with_suffix("").parts[:-1])
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:  # relative: resolve against the module's package
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                module = f"{base}.{module}" if module else base
            for alias in node.names:  # "from traade import directory" imports an app
                yield node.lineno, f"{module}.{alias.name}"


def _modules():
    return [p for p in SEARCH.rglob("*.py") if "tests" not in p.relative_to(SEARCH).parts[:1]]


def test_search_module_imports_no_other_app():
    offending = [
        f"{path.relative_to(SEARCH.parent.parent)}:{line} imports {name}"
        for path in _modules()
        for line, name in _imports(path)
        if (name == "traade" or name.startswith("traade.")) and not name.startswith(ALLOWED)
    ]
    assert offending == []


def test_the_walk_sees_imports_of_other_apps(tmp_path, monkeypatch):
    # The check itself must catch an import, or it could pass by seeing nothing.
    module = SEARCH / "documents.py"
    names = [name for _, name in _imports(module)]
    assert "traade.search.analysis.analyse" in names
    fake = ast.parse("from traade.directory.models import Unit\nimport traade.experiments")
    found = [n.module if isinstance(n, ast.ImportFrom) else n.names[0].name for n in fake.body]
    assert all(not f.startswith(ALLOWED) for f in found)


def test_every_app_with_records_registers_its_kinds():
    assert registry.kind_names()[:4] == ("unit", "person", "experiment", "challenge")
    for kind in registry.kinds():
        assert kind.model_class() is not None
        assert str(kind.label) and str(kind.singular)


@pytest.mark.django_db
def test_a_task_reindexes_its_unit_through_its_registered_part(unit):
    from traade.directory.models import Task

    task = Task.objects.create(unit=unit, title="Skærmbesøg for pårørende")
    search.index(task)
    from traade.search.engine import run

    assert [h.key for h in run("skærmbesøg").hits] == [unit.key]


def test_indexing_an_unregistered_model_is_an_error():
    from django.contrib.auth.models import Group

    with pytest.raises(TypeError, match="not a registered search kind"):
        search.index(Group(name="x"))
