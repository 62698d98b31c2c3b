"""Every change in the threads app goes through these functions, each in a transaction:
declaring and deciding on collaborations, and measuring the cohesion figures."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from traade.directory.access import can_edit_unit
from traade.directory.models import Person, Unit
from traade.notifications.services import notify

from . import figures
from .collaboration import KIND
from .models import CohesionSnapshot, Collaboration, CollaborationStatus
from .syncing import sync


def _leaders(unit: Unit) -> list:
    return [
        person.user
        for person in Person.objects.filter(unit=unit, is_leader=True, user__isnull=False)
        .select_related("user")
        .order_by("pk")
    ] + list(unit.editors.all())


@transaction.atomic
def declare_collaboration(*, actor, unit: Unit, partner: Unit, about: str) -> Collaboration:
    """`unit` (which the actor edits) says it works with `partner`; the partner's leaders
    and editors are asked to confirm. A declined collaboration may be declared again."""
    if not can_edit_unit(actor, unit):
        raise PermissionDenied(f"{actor} does not edit unit {unit.key}")
    about = " ".join(about.split())
    if not about:
        raise ValidationError({"about": _("Skriv kort, hvad I arbejder sammen om.")})
    if partner.pk == unit.pk:
        raise ValidationError({"partner": _("Vælg en anden enhed end jeres egen.")})
    existing = Collaboration.objects.filter(
        Q(unit=unit, partner=partner) | Q(unit=partner, partner=unit)
    ).exclude(status=CollaborationStatus.DECLINED)
    if existing.exists():
        raise ValidationError(
            {"partner": _("Der er allerede et samarbejde med %(name)s.") % {"name": partner.name}}
        )
    collaboration, _created = Collaboration.objects.update_or_create(
        unit=unit,
        partner=partner,
        defaults={
            "about": about,
            "status": CollaborationStatus.PENDING,
            "declared_by": actor,
            "declared_at": timezone.now(),
            "decided_by": None,
            "decided_at": None,
        },
    )
    notify(
        users=_leaders(partner),
        text=_("%(unit)s siger, at I arbejder sammen: %(about)s. Bekræft det på jeres visitkort.")
        % {"unit": unit.name, "about": about},
        url=partner.get_absolute_url() + "#traade",
        exclude=actor,
    )
    return collaboration


@transaction.atomic
def decide_collaboration(*, actor, collaboration: Collaboration, confirm: bool) -> Collaboration:
    """The partner's leaders or editors confirm (a thread is made) or decline."""
    collaboration = Collaboration.objects.select_for_update().get(pk=collaboration.pk)
    if not can_edit_unit(actor, collaboration.partner):
        raise PermissionDenied(f"{actor} does not edit unit {collaboration.partner.key}")
    if not collaboration.is_pending:
        raise ValidationError(_("Samarbejdet er allerede besvaret."))
    collaboration.status = (
        CollaborationStatus.CONFIRMED if confirm else CollaborationStatus.DECLINED
    )
    collaboration.decided_by = actor
    collaboration.decided_at = timezone.now()
    collaboration.save()
    sync(kind=KIND, units=[collaboration.unit_id, collaboration.partner_id])
    if confirm:
        text = _("%(partner)s har bekræftet jeres samarbejde: %(about)s")
    else:
        text = _("%(partner)s har afvist samarbejdet: %(about)s")
    notify(
        users=[collaboration.declared_by, *_leaders(collaboration.unit)],
        text=text % {"partner": collaboration.partner.name, "about": collaboration.about},
        url=collaboration.unit.get_absolute_url() + "#traade",
        exclude=actor,
    )
    return collaboration


@transaction.atomic
def end_collaboration(*, actor, collaboration: Collaboration) -> None:
    """Either unit's leaders or editors end a collaboration (or withdraw the question)."""
    if not (
        can_edit_unit(actor, collaboration.unit) or can_edit_unit(actor, collaboration.partner)
    ):
        raise PermissionDenied
    units = [collaboration.unit_id, collaboration.partner_id]
    collaboration.delete()
    sync(kind=KIND, units=units)


@transaction.atomic
def take_snapshot(*, actor, baseline: bool = False) -> CohesionSnapshot:
    """Measure the cohesion figures now and keep them: the nulpunkt (`baseline`) or a
    later øjebliksbillede. Process leaders only."""
    if actor is not None and not actor.can_administer:
        raise PermissionDenied
    measured = figures.cohesion(figures.load_graph())
    return CohesionSnapshot.objects.create(
        taken_by=actor, is_baseline=baseline, figures=measured.as_json()
    )
