from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "traade.directory"
    label = "directory"

    def ready(self):
        from . import privacy, search

        search.register()
        privacy.connect()
