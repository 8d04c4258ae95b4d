from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("", views.report_index, name="index"),
    path("generate/", views.report_generate_view, name="generate"),
    path("<int:pk>/", views.report_detail, name="detail"),
    path("<int:pk>/edit/", views.report_edit, name="edit"),
    path("<int:pk>/regenerate/", views.report_regenerate, name="regenerate"),
    path("<int:pk>/submit/", views.report_submit_view, name="submit"),
    path("<int:pk>/preview/", views.report_preview, name="preview"),
    path("<int:pk>/export.<str:fmt>", views.report_export, name="export"),
]
