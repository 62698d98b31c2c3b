"""Log-in throttling: slow an attacker down without locking the real person out.

django-axes records failed log-ins (settings.py wires these functions into it):

- **Per user name and address.** Failures count for the combination of the user name
  and the client's address, so five wrong passwords typed for a colleague's user name
  on one machine do not stop the colleague on theirs. The log-in page and Django's
  admin log-in (`/django-admin/login/`) share the same counts and the same policy.
- **The real address behind the reverse proxy.** `X-Forwarded-For` is believed only
  when the request comes from one of `TRAADE_TRUSTED_PROXIES`, and then only up to
  the first address that is not a trusted proxy (counted from the right, the part the
  proxies themselves wrote), so a client cannot pick its own address.
- **A growing pause instead of a long lock.** After `TRAADE_LOGIN_FAILURE_LIMIT`
  failures within `TRAADE_LOGIN_COOLOFF_MAX_MINUTES`, the combination pauses for
  `TRAADE_LOGIN_COOLOFF_MINUTES`; every further failure (also during a pause) doubles
  the pause, up to `TRAADE_LOGIN_COOLOFF_MAX_MINUTES`. A correct log-in clears it.
"""

from __future__ import annotations

import datetime
import ipaddress
from functools import lru_cache

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.utils import timezone


@lru_cache(maxsize=8)
def _networks(proxies: tuple[str, ...]):
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def _address(text: str):
    """An IP address from a header value ("1.2.3.4", "1.2.3.4:5678", "[::1]:80"), or None."""
    text = text.strip().strip('"')
    if text.startswith("["):
        text = text[1:].split("]", 1)[0]
    elif text.count(":") == 1:
        text = text.split(":", 1)[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def _trusted(address) -> bool:
    networks = _networks(tuple(settings.TRAADE_TRUSTED_PROXIES))
    return any(address in network for network in networks)


def client_ip(request) -> str | None:
    """The client's address: REMOTE_ADDR, or behind a trusted proxy the forwarded one."""
    remote = request.META.get("REMOTE_ADDR") or None
    peer = _address(remote) if remote else None
    if peer is None or not _trusted(peer):
        return remote
    hops = [hop for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    for hop in reversed(hops):
        address = _address(hop)
        if address is None:
            break  # garbage: believe nothing further to the left
        if not _trusted(address):
            return address.compressed
        peer = address
    return peer.compressed  # only trusted proxies: the left-most of them


def pause_for(failures: int) -> datetime.timedelta:
    """How long a user name + address pauses after `failures` failures in a row."""
    first = datetime.timedelta(minutes=settings.TRAADE_LOGIN_COOLOFF_MINUTES)
    longest = datetime.timedelta(minutes=settings.TRAADE_LOGIN_COOLOFF_MAX_MINUTES)
    beyond = max(0, failures - settings.AXES_FAILURE_LIMIT)
    if beyond > 30:  # 2**30 minutes is beyond any sensible maximum
        return longest
    return min(first * 2**beyond, longest)


def failures_for(username: str | None, ip_address: str | None) -> int:
    total = AccessAttempt.objects.filter(username=username, ip_address=ip_address).aggregate(
        total=Sum("failures_since_start")
    )["total"]
    return total or 0


def cool_off(request=None) -> datetime.timedelta:
    """AXES_COOLOFF_TIME: the pause for this request's user name + address."""
    if request is None:
        return datetime.timedelta(minutes=settings.TRAADE_LOGIN_COOLOFF_MAX_MINUTES)
    ip_address = getattr(request, "axes_ip_address", None) or client_ip(request)
    return pause_for(failures_for(get_client_username(request), ip_address))


class ThrottlingHandler(AxesDatabaseHandler):
    """Axes' database handler, but failures are remembered for the longest pause.

    Axes would forget every record older than the *current request's* cool-off, which
    varies here; a record is kept until `TRAADE_LOGIN_COOLOFF_MAX_MINUTES` has passed
    since its last failure, so the pause keeps growing for whoever keeps trying.
    """

    def clean_expired_user_attempts(self, request=None, credentials=None) -> int:
        longest = datetime.timedelta(minutes=settings.TRAADE_LOGIN_COOLOFF_MAX_MINUTES)
        count, _ = AccessAttempt.objects.filter(attempt_time__lte=timezone.now() - longest).delete()
        return count
