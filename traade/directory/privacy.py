"""Personal data that is removed is removed from the history too.

django-simple-history keeps every version of a person. When a person's e-mail or phone
number is removed or replaced, the older versions' values are replaced by REDACTED, so
the history still says *that* it changed, not what it was. When a person is deleted,
every version loses its personal fields, and change reasons naming them (e.g. "Forslag
fra Karen Sørensen godkendt") no longer name them.
"""

from __future__ import annotations

from django.db.models import F, Value
from django.db.models.functions import Replace

REDACTED = "[fjernet]"
DELETED_NAME = "[slettet person]"
FORMER_COLLEAGUE = "en tidligere medarbejder"
# The fields whose earlier values are removed from the history as soon as they change.
CONTACT_FIELDS = ("email", "phone")


def redact_superseded_contact(person) -> int:
    """Remove e-mail addresses and phone numbers the person no longer has from the
    older versions; returns how many values were removed."""
    from .models import Person

    count = 0
    for field in CONTACT_FIELDS:
        count += (
            Person.history.filter(id=person.pk)
            .exclude(**{field: getattr(person, field)})
            .exclude(**{field: ""})
            .exclude(**{field: REDACTED})
            .update(**{field: REDACTED})
        )
    return count


def redact_deleted_person(pk: int, name: str) -> None:
    """The person is deleted: no version of them keeps their personal data."""
    from .models import Person, Task, Unit

    Person.history.filter(id=pk).update(
        name=DELETED_NAME,
        key=f"slettet-{pk}",
        title="",
        email="",
        phone="",
        expertise=[],
        user=None,
    )
    if name and name.strip():
        for model in (Unit, Task, Person):
            model.history.filter(history_change_reason__contains=name).update(
                history_change_reason=Replace(
                    F("history_change_reason"), Value(name), Value(FORMER_COLLEAGUE)
                )
            )


def _person_deleted(sender, instance, **kwargs):
    redact_deleted_person(instance.pk, instance.name)


def connect() -> None:
    """Called by the app's ready(): after simple-history's own receiver has written the
    "deleted" version, ours removes the personal data from it and the older ones."""
    from django.db.models.signals import post_delete

    from .models import Person

    post_delete.connect(_person_deleted, sender=Person, dispatch_uid="traade-redact-deleted")
