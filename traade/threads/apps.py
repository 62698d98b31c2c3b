from django.apps import AppConfig


class ThreadsConfig(AppConfig):
    name = "traade.threads"
    label = "threads"

    def ready(self):
        from . import collaboration, homepage

        collaboration.register()
        homepage.register()
