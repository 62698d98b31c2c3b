from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _

from . import services
from .forms import LoginForm
from .models import DeletionRequest


@method_decorator(login_not_required, name="dispatch")
class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    """POST logs out; GET (a typed or bookmarked address) asks first."""

    http_method_names = ["get", "post", "options"]

    def get(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect("accounts:login")
        return render(request, "accounts/logout_confirm.html")

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.info(request, _("Du er logget ud."))
        return response


logout_view = login_not_required(LogoutView.as_view())


@login_not_required
def csrf_failure(request, reason=""):
    return render(request, "403_csrf.html", status=403)


def me(request):
    """What Tråde stores about the logged-in user (GDPR: see what is stored about you)."""
    from traade.directory import history
    from traade.directory.access import editable_units
    from traade.directory.models import Suggestion

    user = request.user
    if request.GET.get("format") == "json":
        response = JsonResponse(
            services.personal_data(user), json_dumps_params={"indent": 2, "ensure_ascii": False}
        )
        response["Content-Disposition"] = 'attachment; filename="mine-oplysninger.json"'
        return response
    person = getattr(user, "person", None)
    records = services.login_records(user)
    data = {
        "user": user,
        "person": person,
        "units": editable_units(user).order_by("name"),
        "suggestions": Suggestion.objects.filter(author=user).select_related("unit"),
        "person_history": history.person_history(person) if person is not None else [],
        "logins": records["logins"][:LOGINS_SHOWN],
        "login_count": records["logins"].count(),
        "failed_logins": records["failed"][:LOGINS_SHOWN],
        "login_record_days": settings.TRAADE_LOGIN_RECORD_DAYS,
        "deletion_request": services.open_deletion_request(user),
        "nav": "me",
    }
    return render(request, "accounts/me.html", data)


LOGINS_SHOWN = 10


class DeletionRequestForm(forms.Form):
    message = forms.CharField(
        label=_("Besked til procesledere"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Fx hvad du vil have slettet, eller hvorfor. Du behøver ikke skrive noget."),
        error_messages={"max_length": _("Beskeden er for lang: højst %(limit_value)d tegn.")},
    )


def deletion_request(request):
    """Ask the process leaders to delete one's personal data."""
    existing = services.open_deletion_request(request.user)
    if request.method == "POST" and existing is None:
        form = DeletionRequestForm(request.POST)
        if form.is_valid():
            services.request_deletion(
                actor=request.user,
                message=form.cleaned_data["message"],
                list_url=services.deletion_requests_url(request),
            )
            messages.success(
                request,
                _(
                    "Din anmodning er sendt til procesledere. De kontakter dig, når dine "
                    "oplysninger er slettet."
                ),
            )
            return redirect("accounts:me")
    else:
        form = DeletionRequestForm()
    return render(
        request,
        "accounts/deletion_request.html",
        {"form": form, "existing": existing, "nav": "me"},
    )


def deletion_requests(request):
    """Process leaders: the requests for deletion, open ones first."""
    if not request.user.can_administer:
        raise PermissionDenied
    if request.method == "POST":
        item = get_object_or_404(DeletionRequest, pk=request.POST.get("handled"))
        services.handle_deletion_request(actor=request.user, request=item)
        messages.success(
            request, _("Anmodningen fra %(name)s er markeret som behandlet.") % {"name": item.name}
        )
        return redirect("accounts:deletion-requests")
    requests = DeletionRequest.objects.select_related("user__person", "handled_by")
    return render(
        request,
        "accounts/deletion_requests.html",
        {
            "open": [r for r in requests if r.is_open],
            "handled": [r for r in requests if not r.is_open][:50],
            "nav": "me",
        },
    )
