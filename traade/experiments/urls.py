from django.urls import path

from . import views

app_name = "experiments"
urlpatterns = [
    path("proevehandlinger/<str:key>/", views.detail, name="experiment-detail"),
]
