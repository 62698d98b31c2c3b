"""Notifications: shown in the app (the bell) and sent by e-mail, at once or daily."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Frequency(models.TextChoices):
    IMMEDIATE = "immediate", _("Med det samme")
    DAILY = "daily", _("Én samlet e-mail om dagen")
    NONE = "none", _("Ingen e-mails")


class EmailState(models.TextChoices):
    PENDING = "pending", _("venter")
    SENDING = "sending", _("sendes")  # claimed by one run of send-digests
    SENT = "sent", _("sendt")
    SKIPPED = "skipped", _("ikke sendt")  # the person wants no e-mail, or has no address


class Notification(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    text = models.CharField(_("besked"), max_length=500)
    url = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(_("tidspunkt"), default=timezone.now)
    read_at = models.DateTimeField(_("læst"), null=True, blank=True)
    email_state = models.CharField(
        max_length=10, choices=EmailState.choices, default=EmailState.PENDING
    )
    emailed_at = models.DateTimeField(null=True, blank=True)
    claim = models.CharField(max_length=32, blank=True)  # the run that is sending it
    claimed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["user", "read_at"], name="notification_unread"),
            models.Index(fields=["email_state", "user"], name="notification_email"),
        ]
        verbose_name = _("notifikation")
        verbose_name_plural = _("notifikationer")

    def __str__(self) -> str:
        return self.text


class EmailPreference(models.Model):
    """How a person wants notifications by e-mail; without a row: daily."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="email_preference",
    )
    frequency = models.CharField(
        _("e-mails om nyt"), max_length=10, choices=Frequency.choices, default=Frequency.DAILY
    )
    last_digest_on = models.DateField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.user}: {self.frequency}"
