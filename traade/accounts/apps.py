from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "traade.accounts"
    label = "accounts"
    verbose_name = "Brugere"
