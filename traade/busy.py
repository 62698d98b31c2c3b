"""When the database is busy: a Danish "prøv igen om lidt" page instead of an error.

SQLite has one writer at a time. A request that waits longer than the busy timeout
(`TRAADE_SQLITE_BUSY_SECONDS`) for the write lock, typically while `traade import`
writes a big file, gets `OperationalError: database is locked`. That is not a bug in
the request: the user gets HTTP 503 with `Retry-After` and a page saying to try again,
and the operator a log line saying what happened.

`BusyDatabaseMiddleware` turns the error into the page when a view raises it;
`server_error` (the site's handler500) does the same when it comes from elsewhere
(such as the session being saved after the view) and otherwise renders 500.html.
"""

import logging
import sys

from django.db import OperationalError
from django.http import HttpResponse
from django.template import loader
from django.views.defaults import server_error as default_server_error

logger = logging.getLogger("traade.busy")

RETRY_AFTER_SECONDS = 10
# SQLite's messages: a file database ("database is locked"), an in-memory shared-cache one
# ("database table is locked", as in the test suite).
# SQLite's lock that outlasted the busy timeout; PostgreSQL's deadlock, which aborts one
# of the two transactions (both are answered "prøv igen om lidt": nothing was saved).
LOCKED_MESSAGES = ("database is locked", "database table is locked", "deadlock detected")


def is_busy(exception) -> bool:
    return isinstance(exception, OperationalError) and any(
        message in str(exception) for message in LOCKED_MESSAGES
    )


def busy_response(request):
    from django.conf import settings

    logger.warning(
        "%s %s: the database stayed locked for more than %s s (another process, such as "
        "`traade import`, was writing); answered 503 and asked the user to try again",
        request.method,
        request.path,
        settings.TRAADE_SQLITE_BUSY_SECONDS,
    )
    # Like Django's 500 page: rendered without the request, so without touching the database.
    response = HttpResponse(loader.render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


class BusyDatabaseMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_busy(exception):
            return busy_response(request)
        return None


def server_error(request, template_name="500.html"):
    """handler500: the busy page for a locked database, Django's 500 page otherwise."""
    if is_busy(sys.exc_info()[1]):
        return busy_response(request)
    return default_server_error(request, template_name=template_name)
