"""Shared personas for the tests.

The cast: Mette is an employee (medarbejder) in Hjemmeplejen; Lars leads Solgården;
Olga leads another unit (Skolen); Pia is a process leader (procesleder); anonymous
visitors have no log-in.
"""

import pytest

from traade.builders import make_area, make_person, make_unit, make_user


@pytest.fixture(autouse=True)
def _no_login_throttling(settings):
    # Tests log in many times; the throttling itself is tested with it switched on.
    settings.AXES_ENABLED = False


@pytest.fixture
def area(db):
    return make_area(key="sundhed", name="Sundhed og Omsorg")


@pytest.fixture
def unit(area):
    return make_unit(
        key="u-solgaarden", name="Plejecenter Solgården", area=area, kind="institution"
    )


@pytest.fixture
def other_unit(db):
    return make_unit(
        key="u-skolen", name="Egeby Skole", area=make_area(key="laering", name="Børn og Læring")
    )


@pytest.fixture
def employee(area):
    user = make_user("mette", first_name="Mette")
    make_person(
        key="p-mette",
        name="Mette Hansen",
        unit=make_unit(area=area, name="Hjemmeplejen"),
        user=user,
    )
    return user


@pytest.fixture
def leader(unit):
    user = make_user("lars")
    make_person(
        key="p-lars", name="Lars Holm", title="Centerleder", unit=unit, is_leader=True, user=user
    )
    return user


@pytest.fixture
def other_leader(other_unit):
    user = make_user("olga")
    make_person(
        key="p-olga",
        name="Olga Berg",
        title="Skoleleder",
        unit=other_unit,
        is_leader=True,
        user=user,
    )
    return user


@pytest.fixture
def process_leader(db):
    return make_user("pia", is_process_leader=True)


@pytest.fixture
def client_for(client):
    """`client_for(user)` logs `user` in and returns the client."""

    def login(user):
        client.force_login(user)
        return client

    return login


@pytest.fixture
def held_in_another_thread():
    """`with held_in_another_thread(make_context): …`: a thread, with its own database
    connection, enters `make_context()` and stays inside it until the block ends (a
    write transaction, the import lock: what another process would hold meanwhile)."""
    import contextlib
    import threading

    from django.db import connection

    @contextlib.contextmanager
    def hold(make_context):
        holding, release = threading.Event(), threading.Event()

        def run():
            try:
                with make_context():
                    holding.set()
                    release.wait(30)
            finally:
                connection.close()

        thread = threading.Thread(target=run)
        thread.start()
        assert holding.wait(10)
        try:
            yield
        finally:
            release.set()
            thread.join()

    return hold
