"""Public 依申请公开 pages, mounted at /apply/."""

from django.urls import include, path

from .views import public

app_name = "foi-public"

urlpatterns = [
    path("", public.apply, name="apply"),
    path("done/", public.applied, name="applied"),
    path("track/", public.track, name="track"),
    path("track/withdraw/", public.withdraw, name="withdraw"),
    path("", include("gongkai.foi.letters.public_urls")),
]
