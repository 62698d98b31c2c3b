from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("traade.directory.urls")),
    path("", include("traade.accounts.urls")),
    path("", include("traade.search.urls")),
    path("", include("traade.exchange.urls")),
    path("", include("traade.experiments.urls")),
    path("", include("traade.challenges.urls")),
    path("", include("traade.threads.urls")),
    path("", include("traade.crosstraining.urls")),
    path("", include("traade.notifications.urls")),
    path("django-admin/", admin.site.urls),
]

# A locked SQLite database answers 503 "prøv igen om lidt", not 500 (see traade/busy.py).
handler500 = "traade.busy.server_error"
