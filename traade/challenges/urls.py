from django.urls import path

from . import views

app_name = "challenges"
urlpatterns = [
    path("udfordringer/", views.challenge_list, name="challenge-list"),
    path("udfordringer/ny/", views.challenge_new, name="challenge-new"),
    path("udfordringer/skrivehjaelp/", views.writing_help_view, name="writing-help"),
    path("udfordringer/<str:key>/", views.challenge_detail, name="challenge-detail"),
    path("udfordringer/<str:key>/rediger/", views.challenge_edit, name="challenge-edit"),
    path("udfordringer/<str:key>/inviter/", views.challenge_invite, name="challenge-invite"),
    path("udfordringer/<str:key>/afslut/", views.challenge_close, name="challenge-close"),
    path("udfordringer/<str:key>/svar/", views.response_new, name="response-new"),
    path(
        "udfordringer/<str:key>/svar/<int:pk>/brugbart/",
        views.response_useful,
        name="response-useful",
    ),
    path(
        "udfordringer/<str:key>/svar/<int:pk>/proevehandling/",
        views.response_experiment,
        name="response-experiment",
    ),
]
