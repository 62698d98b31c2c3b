import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "traade.settings")
application = get_wsgi_application()

# A web process embeds saved records in a background thread (the semantic search signal,
# when on); short-lived commands leave that to `traade embed`.
from traade.search import semantic  # noqa: E402

semantic.BACKGROUND = True
