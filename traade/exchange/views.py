from django.core.exceptions import PermissionDenied
from django.shortcuts import render


def import_page(request):
    if not request.user.can_administer:
        raise PermissionDenied
    return render(request, "exchange/import.html", {"nav": "exchange"})
