from django.apps import AppConfig


class ChallengesConfig(AppConfig):
    name = "traade.challenges"
    label = "challenges"
