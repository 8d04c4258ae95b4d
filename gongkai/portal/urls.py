from django.urls import path

from . import downloads, views

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    path("catalogue/", views.catalogue, name="catalogue"),
    path("columns/<slug:slug>/", views.column_detail, name="column"),
    path("topics/", views.topic_list, name="topics"),
    path("topics/<slug:slug>/", views.topic_detail, name="topic"),
    path("documents/by-index/", views.document_by_index, name="document-by-index"),
    path("documents/<int:pk>/", views.document_detail, name="document"),
    path("interpretations/", views.interpretation_list, name="interpretations"),
    path("interpretations/<int:pk>/", views.interpretation_detail, name="interpretation"),
    path("attachments/<int:pk>/download/", downloads.attachment_download, name="attachment"),
    path("guide/", views.guide, name="guide"),
]
