"""Who may import and export: process leaders and administrators (`user.can_administer`)."""

from django.core.exceptions import PermissionDenied


def can_exchange(user) -> bool:
    return bool(user.is_authenticated and user.can_administer)


def require_exchange(user) -> None:
    if not can_exchange(user):
        raise PermissionDenied
