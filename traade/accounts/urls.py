from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("log-ind/", views.LoginView.as_view(), name="login"),
    path("log-ud/", views.logout_view, name="logout"),
    path("mig/", views.me, name="me"),
    path("mig/slet/", views.deletion_request, name="deletion-request"),
    path("sletteanmodninger/", views.deletion_requests, name="deletion-requests"),
]
