"""The organisation: areas, the unit tree, people, and each unit's visitkort."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

KEY_MAX_LENGTH = 100


class Organisation(models.Model):
    """The municipality itself; there is one row."""

    name = models.CharField(_("navn"), max_length=200)
    municipality_code = models.CharField(_("kommunekode"), max_length=10, blank=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisation")

    def __str__(self) -> str:
        return self.name

    @classmethod
    def current(cls) -> Organisation | None:
        return cls.objects.order_by("pk").first()


class Area(models.Model):
    """A top-level functional area (fagområde), e.g. Børn og Unge."""

    key = models.CharField(_("nøgle"), max_length=KEY_MAX_LENGTH, unique=True)
    name = models.CharField(_("navn"), max_length=200)

    class Meta:
        ordering = ["name"]
        verbose_name = _("fagområde")
        verbose_name_plural = _("fagområder")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("directory:area-detail", args=[self.key])


class UnitKind(models.TextChoices):
    FORVALTNING = "forvaltning", _("Forvaltning")
    CENTER = "center", _("Center")
    AFDELING = "afdeling", _("Afdeling")
    INSTITUTION = "institution", _("Institution")
    TEAM = "team", _("Team")
    STAB = "stab", _("Stab")


class UnitQuerySet(models.QuerySet):
    def stale(self, *, now: datetime.datetime | None = None):
        """Visitkort not updated for TRAADE_STALE_MONTHS months."""
        return self.filter(profile_updated_at__lt=stale_cutoff(now))

    def with_completeness(self, today: datetime.date | None = None):
        """Annotate `has_current_tasks` and `has_leader`, used by `Unit.missing`."""
        today = today or timezone.localdate()
        current = Task.objects.filter(unit=models.OuterRef("pk")).filter(
            models.Q(until__isnull=True) | models.Q(until__gte=today)
        )
        leaders = Person.objects.filter(unit=models.OuterRef("pk"), is_leader=True)
        return self.annotate(
            has_current_tasks=models.Exists(current), has_leader=models.Exists(leaders)
        )

    def without_keeper(self):
        """Units nobody but the process leaders can edit: no leader with a log-in and no
        named editor. Suggestions to them go to the process leaders."""
        keepers = Person.objects.filter(
            unit=models.OuterRef("pk"), is_leader=True, user__isnull=False
        )
        editors = Unit.editors.through.objects.filter(unit=models.OuterRef("pk"))
        return self.exclude(models.Exists(keepers)).exclude(models.Exists(editors))

    def incomplete(self, today: datetime.date | None = None):
        """Visitkort that lack at least one of COMPLETENESS_ITEMS."""
        return self.with_completeness(today).filter(
            models.Q(description="")
            | models.Q(knowledge=[])
            | models.Q(has_current_tasks=False)
            | models.Q(offers=[])
            | (models.Q(email="") & models.Q(phone=""))
            | models.Q(has_leader=False)
        )


def stale_cutoff(now: datetime.datetime | None = None) -> datetime.datetime:
    now = now or timezone.now()
    return now - datetime.timedelta(days=round(30.44 * settings.TRAADE_STALE_MONTHS))


class Unit(models.Model):
    """An organisational unit and its visitkort (what it knows, works on and offers)."""

    key = models.CharField(_("nøgle"), max_length=KEY_MAX_LENGTH, unique=True)
    name = models.CharField(_("navn"), max_length=200)
    kind = models.CharField(
        _("type"), max_length=20, choices=UnitKind.choices, default=UnitKind.AFDELING
    )
    area = models.ForeignKey(
        Area, on_delete=models.PROTECT, related_name="units", verbose_name=_("fagområde")
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("overordnet enhed"),
    )
    description = models.TextField(_("beskrivelse"), blank=True)
    address = models.CharField(_("adresse"), max_length=300, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telefon"), max_length=50, blank=True)
    knowledge = models.JSONField(_("særlig viden"), default=list, blank=True)
    offers = models.JSONField(_("tilbud"), default=list, blank=True)
    kle = models.JSONField(_("KLE-numre"), default=list, blank=True)
    editors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="edited_units",
        verbose_name=_("redaktører"),
    )
    profile_updated_at = models.DateTimeField(_("visitkort opdateret"), default=timezone.now)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["updated_at", "created_at"])
    objects = UnitQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("enhed")
        verbose_name_plural = _("enheder")
        indexes = [models.Index(fields=["profile_updated_at"])]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("directory:unit-detail", args=[self.key])

    def current_tasks(self, today: datetime.date | None = None):
        """Tasks that have not passed their end date; a task without one stays current."""
        today = today or timezone.localdate()
        return self.tasks.filter(models.Q(until__isnull=True) | models.Q(until__gte=today))

    def is_stale(self, now: datetime.datetime | None = None) -> bool:
        return self.profile_updated_at < stale_cutoff(now)

    @property
    def missing(self) -> list[str]:
        """What the visitkort lacks (Danish labels); uses `with_completeness()` if annotated."""
        has_tasks = getattr(self, "has_current_tasks", None)
        if has_tasks is None:
            has_tasks = self.current_tasks().exists()
        has_leader = getattr(self, "has_leader", None)
        if has_leader is None:
            has_leader = self.people.filter(is_leader=True).exists()
        return missing_items(self, has_current_tasks=has_tasks, has_leader=has_leader)

    @property
    def completeness(self) -> int:
        return completeness_percent(self.missing)

    def ancestors(self) -> list[Unit]:
        """Parents from the top of the tree down to the direct parent."""
        chain: list[Unit] = []
        seen = {self.pk}
        node = self.parent
        while node is not None and node.pk not in seen:
            chain.append(node)
            seen.add(node.pk)
            node = node.parent
        return list(reversed(chain))


class Task(models.Model):
    """Something the unit works on now (aktuel opgave), optionally with an end date."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="tasks")
    title = models.CharField(_("titel"), max_length=300)
    description = models.TextField(_("beskrivelse"), blank=True)
    until = models.DateField(_("slutdato"), null=True, blank=True)
    # The editor's order on the visitkort (1 first); 0 for tasks nobody placed, which
    # then follow by end date.
    position = models.PositiveIntegerField(_("placering"), default=0)

    history = HistoricalRecords()

    class Meta:
        # Tasks without an end date last, on SQLite and PostgreSQL alike.
        ordering = ["position", models.F("until").asc(nulls_last=True), "title"]
        verbose_name = _("aktuel opgave")
        verbose_name_plural = _("aktuelle opgaver")

    def __str__(self) -> str:
        return self.title

    def is_current(self, today: datetime.date | None = None) -> bool:
        return self.until is None or self.until >= (today or timezone.localdate())


class Person(models.Model):
    """A colleague in the directory. Personal data: shown to logged-in users only."""

    key = models.CharField(_("nøgle"), max_length=KEY_MAX_LENGTH, unique=True)
    name = models.CharField(_("navn"), max_length=200)
    title = models.CharField(_("stilling"), max_length=200, blank=True)
    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="people", verbose_name=_("enhed")
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telefon"), max_length=50, blank=True)
    is_leader = models.BooleanField(_("leder"), default=False)
    expertise = models.JSONField(_("særlig viden"), default=list, blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="person",
        verbose_name=_("bruger"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["updated_at", "created_at"])

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("personer")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("directory:person-detail", args=[self.key])


class SuggestionKind(models.TextChoices):
    KNOWLEDGE = "knowledge", _("Særlig viden")
    TASK = "task", _("Aktuel opgave")
    OFFER = "offer", _("Tilbud")
    DESCRIPTION = "description", _("Ny beskrivelse")
    CORRECTION = "correction", _("Anden rettelse")


class SuggestionStatus(models.TextChoices):
    PENDING = "pending", _("Afventer")
    ACCEPTED = "accepted", _("Godkendt")
    DECLINED = "declined", _("Afvist")


class Suggestion(models.Model):
    """A colleague's suggested addition or correction to a unit's visitkort."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="suggestions")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="suggestions"
    )
    kind = models.CharField(_("hvad"), max_length=20, choices=SuggestionKind.choices)
    text = models.TextField(_("forslag"))
    task_description = models.TextField(_("beskrivelse af opgaven"), blank=True)
    task_until = models.DateField(_("slutdato for opgaven"), null=True, blank=True)
    comment = models.TextField(_("begrundelse"), blank=True)
    status = models.CharField(
        max_length=20, choices=SuggestionStatus.choices, default=SuggestionStatus.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="decided_suggestions",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decline_reason = models.TextField(_("begrundelse for afvisning"), blank=True)
    accepted_text = models.TextField(
        _("tekst på visitkortet"),
        blank=True,
        help_text=_("Ordlyden, redaktøren godkendte, hvis den afviger fra forslaget."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("forslag")
        verbose_name_plural = _("forslag")
        indexes = [models.Index(fields=["unit", "status"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text[:60]}"

    @property
    def is_pending(self) -> bool:
        return self.status == SuggestionStatus.PENDING


# Completeness: what a useful visitkort has. Each item: (code, Danish label).
COMPLETENESS_ITEMS = (
    ("description", _("en beskrivelse")),
    ("knowledge", _("særlig viden")),
    ("tasks", _("aktuelle opgaver")),
    ("offers", _("tilbud til andre")),
    ("contact", _("kontaktoplysninger")),
    ("leader", _("en leder")),
)


def missing_items(unit: Unit, *, has_current_tasks: bool, has_leader: bool) -> list[str]:
    """The Danish labels of what the visitkort lacks, in a fixed order."""
    present = {
        "description": bool(unit.description.strip()),
        "knowledge": bool(unit.knowledge),
        "tasks": has_current_tasks,
        "offers": bool(unit.offers),
        "contact": bool(unit.email or unit.phone),
        "leader": has_leader,
    }
    return [str(label) for code, label in COMPLETENESS_ITEMS if not present[code]]


def completeness_percent(missing: list[str]) -> int:
    total = len(COMPLETENESS_ITEMS)
    return round(100 * (total - len(missing)) / total)


class Reminder(models.Model):
    """A process leader reminded a unit's leaders by e-mail to look at the visitkort.

    One a day per unit at most (the constraint on `sent_on`), so that a leader is not
    reminded twice when two process leaders work through the list the same day."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="reminders")
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    sent_at = models.DateTimeField(default=timezone.now)
    sent_on = models.DateField()
    recipients = models.JSONField(default=list)

    class Meta:
        ordering = ["-sent_at"]
        verbose_name = _("påmindelse")
        verbose_name_plural = _("påmindelser")
        constraints = [
            models.UniqueConstraint(fields=["unit", "sent_on"], name="one_reminder_a_day")
        ]

    def __str__(self) -> str:
        return f"{self.unit} {self.sent_on}"
