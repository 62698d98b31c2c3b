from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "traade.directory"
    label = "directory"

    def ready(self):
        from . import search

        search.register()
