from django.urls import include, path

from gongkai.core.admin import site as sysadmin_site

urlpatterns = [
    path("accounts/", include("gongkai.core.urls")),
    path("sysadmin/", sysadmin_site.urls),
    path("staff/workdays/", include("gongkai.workdays.urls")),
    path("staff/foi/", include("gongkai.foi.staff_urls")),
    path("staff/reports/", include("gongkai.reports.urls")),
    path("staff/notifications/", include("gongkai.notifications.urls")),
    path("staff/access-log/", include("gongkai.core.staff_urls")),
    path("staff/", include("gongkai.catalogue.urls")),
    path("search/", include("gongkai.search.urls")),
    path("api/", include("gongkai.api.urls")),
    path("apply/", include("gongkai.foi.public_urls")),
    path("", include("gongkai.portal.urls")),
]
