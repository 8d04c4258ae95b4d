"""The applicant's downloads, included under /apply/ (namespace foi-public:letters)."""

from django.urls import path

from . import views

app_name = "letters"

urlpatterns = [
    path("track/letters/<int:letter_pk>/<slug:fmt>/", views.public_letter_download, name="download"),
    path("track/files/<int:file_pk>/", views.public_file_download, name="file-download"),
]
