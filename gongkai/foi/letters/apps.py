from django.apps import AppConfig


class LettersConfig(AppConfig):
    name = "gongkai.foi.letters"
    label = "foi_letters"
    verbose_name = "依申请公开文书"
