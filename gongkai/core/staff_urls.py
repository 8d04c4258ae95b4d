from django.urls import path

from . import access_log_views

app_name = "accesslog"

urlpatterns = [
    path("", access_log_views.access_log_page, name="list"),
]
