"""Trial actions (prøvehandlinger) and their learning. Pages come with their own issue."""

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
    UNKNOWN = "unknown", _("Ikke afklaret")


class Phase(models.TextChoices):
    """KL's model for user- and employee-driven innovation."""

    FOCUS = "focus", _("Fokusér")
    DISCOVER = "discover", _("Opdag")
    THEMATISE = "thematise", _("Tematisér")
    IDEATE = "ideate", _("Idéudvikl")
    PRIORITISE = "prioritise", _("Prioritér")
    TEST = "test", _("Test")
    REALISE = "realise", _("Realisér")


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
