from django.urls import path

from . import views

app_name = "challenges"
urlpatterns = [
    path("udfordringer/", views.challenge_list, name="challenge-list"),
    path("udfordringer/<str:key>/", views.challenge_detail, name="challenge-detail"),
]
