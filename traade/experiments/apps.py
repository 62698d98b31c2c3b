from django.apps import AppConfig


class ExperimentsConfig(AppConfig):
    name = "traade.experiments"
    label = "experiments"
