"""Staff pages of 依申请公开, mounted at /staff/foi/."""

from django.urls import path

from .views import detail, staff

app_name = "foi"

urlpatterns = [
    path("", staff.application_list, name="staff-list"),
    path("new/", staff.application_create, name="staff-create"),
    path("<int:pk>/", staff.application_detail, name="staff-detail"),
    path("<int:pk>/id-proof/", staff.id_proof_download, name="staff-id-proof"),
    path("<int:pk>/act/<slug:action>/", detail.application_act, name="staff-act"),
    path("<int:pk>/remedies/<int:remedy_pk>/conclude/", detail.remedy_conclude, name="staff-remedy-conclude"),
]
