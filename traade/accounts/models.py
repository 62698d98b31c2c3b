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
