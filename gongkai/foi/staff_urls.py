"""Staff pages of 依申请公开, mounted at /staff/foi/."""

from django.urls import include, path

from .views import detail, exchange, office, staff

app_name = "foi"

urlpatterns = [
    path("", staff.application_list, name="staff-list"),
    path("new/", staff.application_create, name="staff-create"),
    path("exchange/", exchange.exchange_page, name="staff-exchange"),
    path("exchange/export/", exchange.export_download, name="staff-export"),
    path("exchange/import/", exchange.import_upload, name="staff-import"),
    path("similar/", office.similar_groups, name="staff-similar"),
    path("similar/propose/", office.proposal_create, name="staff-proposal-create"),
    path("proposals/<int:pk>/draft/", office.proposal_draft, name="staff-proposal-draft"),
    path("<int:pk>/", staff.application_detail, name="staff-detail"),
    path("<int:pk>/id-proof/", staff.id_proof_download, name="staff-id-proof"),
    path("<int:pk>/act/<slug:action>/", detail.application_act, name="staff-act"),
    path("<int:pk>/remedies/<int:remedy_pk>/conclude/", detail.remedy_conclude, name="staff-remedy-conclude"),
    path("", include("gongkai.foi.letters.staff_urls")),
]
