from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "traade.demo"
    label = "demo"
