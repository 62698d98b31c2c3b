from django.urls import path

from . import views

app_name = "notifications"
urlpatterns = [
    path("notifikationer/", views.notification_list, name="list"),
    path("notifikationer/<int:pk>/", views.notification_open, name="open"),
    path("notifikationer/e-mail/", views.frequency_edit, name="frequency"),
]
