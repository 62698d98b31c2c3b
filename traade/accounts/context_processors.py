from django.conf import settings

from traade.directory.models import Organisation


def traade(request):
    """Site-wide template context: the organisation's name and whether this is the demo."""
    org = Organisation.current() if request.user.is_authenticated else None
    return {
        "organisation_name": (org.name if org else "") or settings.TRAADE_ORGANISATION_NAME,
        "demo_mode": settings.DEMO,
        "logo": settings.TRAADE_LOGO,
    }
