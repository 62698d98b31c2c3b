from django.apps import AppConfig


class ExperimentsConfig(AppConfig):
    name = "traade.experiments"
    label = "experiments"

    def ready(self):
        from . import search, threads

        search.register()
        threads.register()
