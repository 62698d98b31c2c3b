from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "traade.notifications"
    label = "notifications"
