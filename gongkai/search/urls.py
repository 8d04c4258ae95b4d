from django.urls import path

from . import views

app_name = "search"

urlpatterns = [
    path("", views.public_search, name="search"),
    path("api/", views.public_search_json, name="search-json"),
    path("staff/", views.staff_search, name="staff-search"),
]
