from django.urls import path

from . import views

app_name = "experiments"
urlpatterns = [
    path("proevehandlinger/", views.experiment_list, name="experiment-list"),
    path("proevehandlinger/<str:key>/", views.experiment_detail, name="experiment-detail"),
]
