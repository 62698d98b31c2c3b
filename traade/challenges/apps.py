from django.apps import AppConfig


class ChallengesConfig(AppConfig):
    name = "traade.challenges"
    label = "challenges"

    def ready(self):
        from . import search, threads

        search.register()
        threads.register()
