from django.urls import path

from . import views

app_name = "experiments"
urlpatterns = [
    path("proevehandlinger/", views.experiment_list, name="experiment-list"),
    path("proevehandlinger/laering/", views.learning, name="learning"),
    path("proevehandlinger/portefoelje/", views.portfolio_view, name="portfolio"),
    path("proevehandlinger/ny/", views.experiment_create, name="experiment-create"),
    path("proevehandlinger/<str:key>/", views.experiment_detail, name="experiment-detail"),
    path("proevehandlinger/<str:key>/rediger/", views.experiment_edit, name="experiment-edit"),
    path("proevehandlinger/<str:key>/afslut/", views.experiment_close, name="experiment-close"),
    path(
        "proevehandlinger/<str:key>/historik/", views.experiment_history, name="experiment-history"
    ),
    path(
        "proevehandlinger/<str:key>/ogsaa-proevet/",
        views.experiment_tried_too,
        name="experiment-tried-too",
    ),
    path("proevehandlinger/<str:key>/indikatorer/", views.indicator_add, name="indicator-add"),
    path(
        "proevehandlinger/<str:key>/indikatorer/<int:pk>/maalinger/",
        views.snapshot_add,
        name="snapshot-add",
    ),
    path("proevehandlinger/<str:key>/proev-det/", views.experiment_try, name="experiment-try"),
]
