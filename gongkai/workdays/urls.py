from django.urls import path

from . import views

app_name = "workdays"
urlpatterns = [
    path("", views.calendar_index, name="index"),
    path("<int:year>/", views.calendar_year, name="year"),
    path("<int:year>/days/<int:pk>/delete/", views.holiday_delete, name="holiday-delete"),
    path("<int:year>/confirm/", views.calendar_year_confirm, name="year-confirm"),
]
