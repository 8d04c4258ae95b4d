"""Views for the limit tests only: one declared policy, one refusing admit check, one with the default."""

from django.http import HttpResponse
from django.urls import path

from gongkai.files.limits import upload_limit, upload_refusal
from gongkai.urls import urlpatterns as site_urlpatterns


def _report(request):
    files = sorted(request.FILES)
    return HttpResponse(
        f"refusal={upload_refusal(request)};files={','.join(files)};name={request.POST.get('name')}"
    )


@upload_limit(max_bytes=1000)
def small(request):
    return _report(request)


@upload_limit(max_bytes=1000, admit=lambda request: "操作过于频繁" if "HTTP_X_REFUSE" in request.META else "")
def guarded(request):
    return _report(request)


def default(request):
    return _report(request)


# The site's own URLs too: the refusal page is a site page (header, footer, links).
urlpatterns = [path("small/", small), path("guarded/", guarded), path("default/", default), *site_urlpatterns]
