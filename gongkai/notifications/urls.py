from django.urls import path

from . import views

app_name = "notifications"
urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("read/", views.mark_read, name="read-all"),
    path("<int:pk>/read/", views.mark_read, name="read"),
]
