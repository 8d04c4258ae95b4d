from django.apps import AppConfig


class FilesConfig(AppConfig):
    name = "gongkai.files"
    label = "files"
    verbose_name = "文件"
