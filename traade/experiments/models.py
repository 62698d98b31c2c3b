"""Trial actions (prøvehandlinger), their learning, and where they spread."""

import datetime
from decimal import Decimal

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from traade.directory.models import KEY_MAX_LENGTH, Person, Unit


class ExperimentStatus(models.TextChoices):
    IDEA = "idea", _("Idé")
    RUNNING = "running", _("I gang")
    DONE = "done", _("Afsluttet")
    STOPPED = "stopped", _("Stoppet")


class ExperimentResult(models.TextChoices):
    WORKED = "worked", _("Det virkede")
    PARTLY = "partly", _("Det virkede delvist")
    DID_NOT_WORK = "did_not_work", _("Det virkede ikke")
    UNKNOWN = "unknown", _("For tidligt at sige")


CLOSED = (ExperimentStatus.DONE, ExperimentStatus.STOPPED)


class Phase(models.TextChoices):
    """KL's model for user- and employee-driven innovation."""

    FOCUS = "focus", _("Fokusér")
    DISCOVER = "discover", _("Opdag")
    THEMATISE = "thematise", _("Tematisér")
    IDEATE = "ideate", _("Idéudvikl")
    PRIORITISE = "prioritise", _("Prioritér")
    TEST = "test", _("Test")
    REALISE = "realise", _("Realisér")


class InnovationKind(models.TextChoices):
    """The innovation barometer's kinds of innovation."""

    SERVICE = "service", _("Ny service")
    PROCESS = "process", _("Ny proces")
    ORGANISATION = "organisation", _("Ny organisering")
    COMMUNICATION = "communication", _("Ny kommunikation")


class Effect(models.TextChoices):
    """The innovation barometer's effects."""

    QUALITY = "quality", _("Kvalitet")
    EFFICIENCY = "efficiency", _("Effektivitet")
    CITIZENS = "citizens", _("Borgertilfredshed")
    STAFF = "staff", _("Medarbejdertilfredshed")


RESULT_NEEDED = _("Vælg, hvordan det gik – også »for tidligt at sige« er et svar.")
LEARNING_NEEDED = _(
    "Skriv, hvad I har lært. Det er det, kollegaerne kan bruge – også når det ikke virkede."
)


def closing_problems(*, status: str, result: str, learning: str) -> dict[str, str]:
    """Why an experiment cannot have this status (field -> Danish message); empty if it can.

    An experiment that is afsluttet or stoppet carries its result and its learning: that
    is what others come to read, whether it worked or not.
    """
    if status not in CLOSED:
        return {}
    problems = {}
    if result not in ExperimentResult.values:
        problems["result"] = str(RESULT_NEEDED)
    if not (learning or "").strip():
        problems["learning"] = str(LEARNING_NEEDED)
    return problems


class Experiment(models.Model):
    key = models.CharField(_("nøgle"), max_length=KEY_MAX_LENGTH, unique=True)
    title = models.CharField(_("titel"), max_length=300)
    why = models.TextField(_("hvorfor"), blank=True)
    what = models.TextField(_("hvad gjorde vi"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ExperimentStatus.choices, default=ExperimentStatus.IDEA
    )
    result = models.CharField(
        _("resultat"),
        max_length=20,
        choices=ExperimentResult.choices,
        default=ExperimentResult.UNKNOWN,
    )
    learning = models.TextField(_("læring"), blank=True)
    units = models.ManyToManyField(Unit, related_name="experiments", verbose_name=_("enheder"))
    contact = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="experiments",
        verbose_name=_("kontaktperson"),
    )
    phase = models.CharField(_("fase"), max_length=20, choices=Phase.choices, blank=True)
    started = models.DateField(_("startet"), null=True, blank=True)
    ended = models.DateField(_("afsluttet"), null=True, blank=True)
    tags = models.JSONField(_("emner"), default=list, blank=True)
    partners = models.JSONField(_("samarbejdspartnere"), default=list, blank=True)
    innovation_kind = models.CharField(
        _("slags innovation"), max_length=20, choices=InnovationKind.choices, blank=True
    )
    idea_source = models.CharField(_("hvor kom idéen fra"), max_length=300, blank=True)
    effects = models.JSONField(_("effekter"), default=list, blank=True)
    spread_from = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="spread_copies",
        verbose_name=_("inspireret af"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["updated_at", "created_at"])

    class Meta:
        ordering = ["-started", "title"]
        verbose_name = _("prøvehandling")
        verbose_name_plural = _("prøvehandlinger")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("experiments:experiment-detail", args=[self.key])

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED

    def closing_problems(self) -> dict[str, str]:
        return closing_problems(status=self.status, result=self.result, learning=self.learning)

    def get_effects_display(self) -> list[str]:
        labels = dict(Effect.choices)
        return [str(labels.get(effect, effect)) for effect in self.effects]


class TriedToo(models.Model):
    """Another unit says "vi har også prøvet det", with a short note and its result."""

    experiment = models.ForeignKey(Experiment, on_delete=models.CASCADE, related_name="tried_too")
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="tried_too")
    author = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    note = models.TextField(_("kort note"), max_length=2000)
    result = models.CharField(_("resultat"), max_length=20, choices=ExperimentResult.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["experiment", "unit"], name="tried_too_once_per_unit")
        ]

    def __str__(self) -> str:
        return f"{self.unit} → {self.experiment}"


class Indicator(models.Model):
    """Something the experiment measures, with its nulpunkt (the first measurement)."""

    experiment = models.ForeignKey(Experiment, on_delete=models.CASCADE, related_name="indicators")
    name = models.CharField(_("indikator"), max_length=200)
    measure = models.CharField(_("måleenhed"), max_length=50, blank=True)
    baseline_value = models.DecimalField(_("nulpunkt"), max_digits=14, decimal_places=2)
    baseline_date = models.DateField(_("nulpunktets dato"))

    history = HistoricalRecords()

    class Meta:
        ordering = ["pk"]
        verbose_name = _("indikator")
        verbose_name_plural = _("indikatorer")

    def __str__(self) -> str:
        return self.name

    def series(self) -> list[tuple[datetime.date, Decimal, str]]:
        """The nulpunkt and the snapshots, by date: (date, value, note)."""
        points = [(self.baseline_date, self.baseline_value, str(_("Nulpunkt")))]
        points += [(s.date, s.value, s.note) for s in self.snapshots.all()]
        return sorted(points, key=lambda point: point[0])


class Snapshot(models.Model):
    """An øjebliksbillede: a later measurement of an indicator."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="snapshots")
    date = models.DateField(_("dato"))
    value = models.DecimalField(_("værdi"), max_digits=14, decimal_places=2)
    note = models.CharField(_("note"), max_length=300, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["date"]
        verbose_name = _("øjebliksbillede")
        verbose_name_plural = _("øjebliksbilleder")
        constraints = [
            models.UniqueConstraint(fields=["indicator", "date"], name="one_snapshot_a_day")
        ]

    def __str__(self) -> str:
        return f"{self.indicator}: {self.value} ({self.date})"
