"""Threads between units: their reasons, declared collaborations, and measurements."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from traade.directory.models import Unit


class Reason(models.Model):
    """One reason for a thread between two units, kept up to date by `sync` from the
    capability that made it. A thread is a pair of units with one or more reasons."""

    unit_a = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="+")
    unit_b = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("slags"), max_length=40)
    source = models.CharField(max_length=300)
    date = models.DateField(_("dato"))
    label = models.CharField(_("hvorfor"), max_length=500)
    url = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["date", "pk"]
        verbose_name = _("grund til en tråd")
        verbose_name_plural = _("grunde til tråde")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(unit_a__lt=models.F("unit_b")), name="reason_units_in_order"
            ),
            models.UniqueConstraint(
                fields=["kind", "source", "unit_a", "unit_b"], name="reason_once"
            ),
        ]
        indexes = [models.Index(fields=["date"], name="reason_date")]

    def __str__(self) -> str:
        return f"{self.unit_a_id}–{self.unit_b_id}: {self.label}"


class CollaborationStatus(models.TextChoices):
    PENDING = "pending", _("Venter på svar")
    CONFIRMED = "confirmed", _("Bekræftet")
    DECLINED = "declined", _("Afvist")


class Collaboration(models.Model):
    """A unit says on its visitkort that it works with another; the other unit confirms
    (then it is a thread) or declines."""

    unit = models.ForeignKey(
        Unit, on_delete=models.CASCADE, related_name="+", verbose_name=_("enhed")
    )
    partner = models.ForeignKey(
        Unit, on_delete=models.CASCADE, related_name="+", verbose_name=_("samarbejder med")
    )
    about = models.CharField(_("hvad arbejder I sammen om?"), max_length=300)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=CollaborationStatus.choices,
        default=CollaborationStatus.PENDING,
    )
    declared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    declared_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-declared_at", "pk"]
        verbose_name = _("samarbejde")
        verbose_name_plural = _("samarbejder")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(unit=models.F("partner")), name="collaboration_two_units"
            ),
            models.UniqueConstraint(fields=["unit", "partner"], name="collaboration_once"),
        ]

    def __str__(self) -> str:
        return f"{self.unit} ↔ {self.partner}"

    @property
    def is_pending(self) -> bool:
        return self.status == CollaborationStatus.PENDING


class CohesionSnapshot(models.Model):
    """A measurement of the cohesion figures: the nulpunkt, or a later øjebliksbillede."""

    taken_at = models.DateTimeField(_("målt"), default=timezone.now)
    taken_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    is_baseline = models.BooleanField(_("nulpunkt"), default=False)
    figures = models.JSONField(default=dict)

    class Meta:
        ordering = ["taken_at", "pk"]
        verbose_name = _("måling af sammenhængskraft")
        verbose_name_plural = _("målinger af sammenhængskraft")

    def __str__(self) -> str:
        return f"{'Nulpunkt' if self.is_baseline else 'Øjebliksbillede'} {self.taken_at:%Y-%m-%d}"
