from django.apps import AppConfig


class CrosstrainingConfig(AppConfig):
    name = "traade.crosstraining"
    label = "crosstraining"

    def ready(self):
        from . import threads

        threads.register()
