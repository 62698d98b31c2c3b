from django.urls import path

from . import views

app_name = "exchange"
urlpatterns = [
    path("import/", views.import_page, name="import"),
    path("eksport/", views.export_download, name="export"),
]
