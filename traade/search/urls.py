from django.urls import path

from . import views

app_name = "search"
urlpatterns = [
    path("soeg/", views.results, name="results"),
    path("soeg/hvem-kan-hjaelpe/", views.who_can_help, name="who-can-help"),
    path("api/search", views.api, name="api"),
]
