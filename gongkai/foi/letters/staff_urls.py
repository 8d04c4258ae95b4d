"""Letters on the staff side, included under /staff/foi/ (namespace foi:letters)."""

from django.urls import path

from . import views

app_name = "letters"

urlpatterns = [
    path("letters/templates/", views.template_list, name="templates"),
    path("letters/templates/<int:template_pk>/", views.template_edit, name="template-edit"),
    path("<int:pk>/letters/generate/<slug:kind>/", views.letter_generate, name="generate"),
    path("<int:pk>/letters/<int:letter_pk>/<slug:fmt>/", views.letter_download, name="download"),
    path("<int:pk>/files/add/", views.file_add, name="file-add"),
    path("<int:pk>/files/<int:file_pk>/", views.file_download, name="file-download"),
    path("<int:pk>/files/<int:file_pk>/remove/", views.file_remove, name="file-remove"),
]
