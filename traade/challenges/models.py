"""Challenges (udfordringer) and other units' responses."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from traade.directory.models import KEY_MAX_LENGTH, Person, Unit
from traade.experiments.models import Experiment


class ChallengeStatus(models.TextChoices):
    OPEN = "open", _("Åben")
    SOLVED = "solved", _("Løst")
    CLOSED = "closed", _("Lukket")


class Challenge(models.Model):
    key = models.CharField(_("nøgle"), max_length=KEY_MAX_LENGTH, unique=True)
    title = models.CharField(_("titel"), max_length=300)
    description = models.TextField(_("beskrivelse"))
    what_if = models.TextField(_("Hvad nu hvis …?"), blank=True, default="")
    deadline = models.DateField(_("svar gerne senest"), null=True, blank=True)
    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="challenges", verbose_name=_("enhed")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ChallengeStatus.choices, default=ChallengeStatus.OPEN
    )
    posted = models.DateField(_("oprettet"), null=True, blank=True)
    posted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("oprettet af"),
    )
    summary = models.TextField(_("det, der hjalp"), blank=True, default="")
    closed_at = models.DateTimeField(_("afsluttet"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["updated_at", "created_at"])

    class Meta:
        ordering = ["-posted", "title"]
        verbose_name = _("udfordring")
        verbose_name_plural = _("udfordringer")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("challenges:challenge-detail", args=[self.key])

    @property
    def is_open(self) -> bool:
        return self.status == ChallengeStatus.OPEN

    @property
    def plain_text(self) -> str:
        """The text the LIX score is computed from: the description and the framing."""
        return "\n".join(part for part in (self.description, self.what_if) if part.strip())


class Response(models.Model):
    """Another unit's suggestion (svar/forslag) to a challenge."""

    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="responses")
    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, null=True, blank=True, related_name="responses"
    )
    person = models.ForeignKey(
        Person, on_delete=models.PROTECT, null=True, blank=True, related_name="responses"
    )
    text = models.TextField(_("svar"))
    useful = models.BooleanField(_("brugbart"), default=False)
    posted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("skrevet af"),
    )
    position = models.PositiveIntegerField(default=0)
    # The prøvehandling the posting unit made of this answer
    # (services.turn_response_into_experiment); the link lives here so that the
    # experiments app knows nothing of challenges. Not carried by the exchange format.
    experiment = models.OneToOneField(
        Experiment,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="from_response",
        verbose_name=_("blev til prøvehandlingen"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["challenge", "position", "pk"]
        verbose_name = _("svar")
        verbose_name_plural = _("svar")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(unit__isnull=False) | models.Q(person__isnull=False),
                name="response_has_unit_or_person",
            )
        ]

    def __str__(self) -> str:
        return self.text[:60]


class Invitation(models.Model):
    """The poster asked a unit or a person ("Hvem kan hjælpe?") to look at the challenge."""

    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="invitations")
    unit = models.ForeignKey(
        Unit, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(unit__isnull=False, person__isnull=True)
                | models.Q(unit__isnull=True, person__isnull=False),
                name="invitation_unit_or_person",
            ),
            models.UniqueConstraint(fields=["challenge", "unit"], name="invitation_unit_once"),
            models.UniqueConstraint(fields=["challenge", "person"], name="invitation_person_once"),
        ]

    def __str__(self) -> str:
        return f"{self.challenge} → {self.unit or self.person}"
