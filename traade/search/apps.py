from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "traade.search"
    label = "search"
