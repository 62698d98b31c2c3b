from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person who can log in. The directory record is `user.person` (may be absent)."""

    is_process_leader = models.BooleanField(
        _("procesleder"),
        default=False,
        help_text=_("Proceslederen kan redigere alle visitkort, importere og eksportere."),
    )

    class Meta:
        verbose_name = _("bruger")
        verbose_name_plural = _("brugere")

    @property
    def display_name(self) -> str:
        person = getattr(self, "person", None)
        if person is not None:
            return person.name
        return self.get_full_name() or self.username

    @property
    def can_administer(self) -> bool:
        return self.is_active and (self.is_process_leader or self.is_superuser)


class DeletionRequest(models.Model):
    """Someone asks for their personal data in Tråde to be deleted; process leaders see
    the open requests on their front page and get an e-mail."""

    user = models.ForeignKey(
        User,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="deletion_requests",
        verbose_name=_("bruger"),
    )
    # Kept apart from the user, so the request can be followed up after the deletion.
    name = models.CharField(_("navn"), max_length=200)
    username = models.CharField(_("brugernavn"), max_length=150)
    message = models.TextField(_("besked"), blank=True, max_length=2000)
    created_at = models.DateTimeField(_("modtaget"), auto_now_add=True)
    handled_at = models.DateTimeField(_("behandlet"), null=True, blank=True)
    handled_by = models.ForeignKey(
        User,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("behandlet af"),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("anmodning om sletning")
        verbose_name_plural = _("anmodninger om sletning")

    def __str__(self) -> str:
        return f"{self.name} ({self.username})"

    @property
    def is_open(self) -> bool:
        return self.handled_at is None
