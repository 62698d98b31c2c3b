"""Response headers for every page: a strict Content-Security-Policy, and no caching of
pages for logged-in users (Django 5.2 has no CSP of its own)."""

from __future__ import annotations

from django.conf import settings
from django.utils.cache import patch_cache_control


def policy() -> str:
    return "; ".join(f"{name} {value}" for name, value in settings.CONTENT_SECURITY_POLICY.items())


class SecurityHeadersMiddleware:
    """Put it right after SecurityMiddleware, so error pages and redirects get it too."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = policy()

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response.headers:
            response.headers["Content-Security-Policy"] = self.policy
        user = getattr(request, "user", None)  # set by AuthenticationMiddleware, further in
        if user is not None and user.is_authenticated:
            # What a logged-in person sees (names, phone numbers, their own data) stays
            # out of shared caches and off the disk of the browser's cache.
            patch_cache_control(response, private=True, no_store=True)
            response.headers.pop("Expires", None)
        return response
