from django.apps import AppConfig


class ExchangeConfig(AppConfig):
    name = "traade.exchange"
    label = "exchange"
