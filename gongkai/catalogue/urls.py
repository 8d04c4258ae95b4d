"""Staff area of the catalogue, mounted at /staff/. Every view checks login, role and rules itself."""

from django.urls import path

from .views import attachments, columns, dashboard, documents, interpretations, review, validity

app_name = "catalogue"

urlpatterns = [
    path("", dashboard.dashboard, name="staff-dashboard"),
    # Documents
    path("documents/", documents.document_list, name="staff-document-list"),
    path("documents/new/", documents.document_create, name="staff-document-create"),
    path("documents/<int:pk>/", documents.document_detail, name="staff-document-detail"),
    path("documents/<int:pk>/edit/", documents.document_edit, name="staff-document-edit"),
    # 保密审查 actions (POST only)
    path("documents/<int:pk>/submit/", review.document_submit, name="staff-document-submit"),
    path("documents/<int:pk>/pass/", review.document_pass, name="staff-document-pass"),
    path("documents/<int:pk>/return/", review.document_return, name="staff-document-return"),
    path("documents/<int:pk>/confirm/", review.document_confirm, name="staff-document-confirm"),
    path("documents/<int:pk>/withdraw/", review.document_withdraw, name="staff-document-withdraw"),
    path("documents/<int:pk>/reopen/", review.document_reopen, name="staff-document-reopen"),
    path("documents/<int:pk>/validity/", review.document_set_validity, name="staff-document-set-validity"),
    path(
        "documents/<int:pk>/interpretation-needed/",
        review.document_interpretation_needed,
        name="staff-document-interpretation-needed",
    ),
    # Validity chain (POST only)
    path("documents/<int:pk>/validity-links/", validity.validity_link_add, name="staff-validity-link-add"),
    path("validity-links/<int:pk>/remove/", validity.validity_link_remove, name="staff-validity-link-remove"),
    path(
        "validity-links/<int:pk>/confirm/",
        validity.validity_change_confirm,
        name="staff-validity-change-confirm",
    ),
    path(
        "validity-links/<int:pk>/decline/",
        validity.validity_change_decline,
        name="staff-validity-change-decline",
    ),
    # Attachments
    path("documents/<int:pk>/attachments/", attachments.attachment_add, name="staff-attachment-add"),
    path("attachments/<int:pk>/remove/", attachments.attachment_remove, name="staff-attachment-remove"),
    path("attachments/<int:pk>/download/", attachments.attachment_download, name="staff-attachment-download"),
    # 政策解读
    path(
        "documents/<int:pk>/interpretations/new/",
        interpretations.interpretation_create,
        name="staff-interpretation-create",
    ),
    path(
        "interpretations/<int:pk>/edit/",
        interpretations.interpretation_edit,
        name="staff-interpretation-edit",
    ),
    path(
        "interpretations/<int:pk>/delete/",
        interpretations.interpretation_delete,
        name="staff-interpretation-delete",
    ),
    # Columns and topics (公开办)
    path("columns/", columns.column_list, name="staff-column-list"),
    path("columns/new/", columns.column_create, name="staff-column-create"),
    path("columns/<int:pk>/edit/", columns.column_edit, name="staff-column-edit"),
    path("columns/<int:pk>/delete/", columns.column_delete, name="staff-column-delete"),
    path("topics/new/", columns.topic_create, name="staff-topic-create"),
    path("topics/<int:pk>/edit/", columns.topic_edit, name="staff-topic-edit"),
    path("topics/<int:pk>/delete/", columns.topic_delete, name="staff-topic-delete"),
]
