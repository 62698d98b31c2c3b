from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _

from .forms import LoginForm


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
    from traade.directory.access import editable_units
    from traade.directory.models import Suggestion

    user = request.user
    person = getattr(user, "person", None)
    suggestions = Suggestion.objects.filter(author=user).select_related("unit")
    data = {
        "user": user,
        "person": person,
        "units": editable_units(user).order_by("name"),
        "suggestions": suggestions,
        "nav": "me",
    }
    if request.GET.get("format") == "json":
        return JsonResponse(
            _me_json(user, person, suggestions),
            json_dumps_params={"indent": 2, "ensure_ascii": False},
        )
    return render(request, "accounts/me.html", data)


def _me_json(user, person, suggestions) -> dict:
    return {
        "account": {
            "username": user.username,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "email": user.email,
            "is_process_leader": user.is_process_leader,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "person": None
        if person is None
        else {
            "key": person.key,
            "name": person.name,
            "title": person.title,
            "unit": person.unit.key,
            "email": person.email,
            "phone": person.phone,
            "is_leader": person.is_leader,
            "expertise": person.expertise,
        },
        "suggestions": [
            {
                "unit": s.unit.key,
                "kind": s.kind,
                "text": s.text,
                "comment": s.comment,
                "status": s.status,
                "created_at": s.created_at.isoformat(),
            }
            for s in suggestions
        ],
    }
