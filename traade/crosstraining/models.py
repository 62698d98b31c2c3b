"""Cross-training rounds (krydstræning): groups of leaders, their visits and learning."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from traade.directory.models import KEY_MAX_LENGTH, Person, Unit


class RoundStatus(models.TextChoices):
    DRAFT = "draft", _("Kladde")
    PUBLISHED = "published", _("Offentliggjort")


class Round(models.Model):
    key = models.CharField(_("nøgle"), max_length=KEY_MAX_LENGTH, unique=True)
    title = models.CharField(_("titel"), max_length=200)
    group_size = models.PositiveSmallIntegerField(_("gruppestørrelse"), default=4)
    seed = models.IntegerField(_("lodtrækning"), default=1)
    status = models.CharField(
        _("status"), max_length=20, choices=RoundStatus.choices, default=RoundStatus.DRAFT
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(_("offentliggjort"), null=True, blank=True)
    # The optimiser's proven upper bound on new pairs at the last drawing (None: none
    # proven), and how long it took.
    bound = models.IntegerField(_("øvre grænse for nye par"), null=True, blank=True)
    solve_seconds = models.FloatField(_("sekunder"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("krydstræningsrunde")
        verbose_name_plural = _("krydstræningsrunder")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("crosstraining:round-detail", args=[self.key])

    @property
    def is_published(self) -> bool:
        return self.status == RoundStatus.PUBLISHED


class Pair(models.Model):
    """A pair the process leader forbids together or requires together."""

    class Kind(models.TextChoices):
        FORBID = "forbid", _("må ikke være sammen")
        REQUIRE = "require", _("skal være sammen")

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="pairs")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    first = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")

    def __str__(self) -> str:
        return f"{self.first} / {self.second}: {self.get_kind_display()}"


class Group(models.Model):
    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="groups")
    number = models.PositiveSmallIntegerField(_("nummer"))

    class Meta:
        ordering = ["round", "number"]
        constraints = [
            models.UniqueConstraint(fields=["round", "number"], name="group_number_once")
        ]

    def __str__(self) -> str:
        return f"{self.round}: gruppe {self.number}"


class Membership(models.Model):
    """A participant of a round, and their group once the groups are drawn."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="memberships")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    group = models.ForeignKey(
        Group, on_delete=models.SET_NULL, null=True, blank=True, related_name="memberships"
    )

    class Meta:
        ordering = ["round", "group__number", "person__name"]
        constraints = [models.UniqueConstraint(fields=["round", "person"], name="membership_once")]

    def __str__(self) -> str:
        return f"{self.person} i {self.round}"


class Visit(models.Model):
    """One visit of a group to a member's unit, with its date."""

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="visits")
    host = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="+")
    date = models.DateField(_("dato"), null=True, blank=True)

    class Meta:
        ordering = ["group", "date", "pk"]
        constraints = [models.UniqueConstraint(fields=["group", "host"], name="visit_once")]

    def __str__(self) -> str:
        return f"{self.group}: besøg hos {self.host}"

    def is_done(self, today) -> bool:
        """A visit is done once its date has come."""
        return self.date is not None and self.date <= today


class Learning(models.Model):
    """What a member saw on a visit and will take home."""

    visit = models.ForeignKey(Visit, on_delete=models.CASCADE, related_name="learnings")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    saw = models.TextField(_("det så vi"), max_length=3000)
    take_home = models.TextField(_("det tager vi med hjem"), max_length=3000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["visit", "person"], name="learning_once")]

    def __str__(self) -> str:
        return f"{self.person}: {self.visit}"
