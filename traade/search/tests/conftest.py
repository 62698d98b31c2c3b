import pytest

from traade import search
from traade.builders import make_area, make_unit


@pytest.fixture
def indexed(db):
    """Call after building records: rebuilds the index and returns a search function."""

    def rebuild():
        search.rebuild()

    return rebuild


@pytest.fixture
def find(employee):
    """`find("query", **options)` → list of keys, best first, as the employee."""

    def run(query, **options):
        options.setdefault("limit", 20)
        return [h.key for h in search.search(query, user=employee, **options).hits]

    return run


@pytest.fixture
def indexed_unit(unit):
    unit.knowledge = ["demens"]
    unit.save()
    search.rebuild()
    return unit


@pytest.fixture
def care(db):
    return make_area(key="omsorg", name="Sundhed og Omsorg")


@pytest.fixture
def make(care):
    """`make(name, **fields)`: a unit in the care area."""

    def build(name, **fields):
        fields.setdefault("area", care)
        return make_unit(name=name, **fields)

    return build
