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
]
