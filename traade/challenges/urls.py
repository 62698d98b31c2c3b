from django.urls import path

from . import views

app_name = "challenges"
urlpatterns = [
    path("udfordringer/<str:key>/", views.detail, name="challenge-detail"),
]
