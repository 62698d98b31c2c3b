from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "traade.directory"
    label = "directory"
