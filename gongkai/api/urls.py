from django.http import JsonResponse
from django.urls import path, re_path

from .errors import NOT_FOUND
from .main import api


def unknown_path(request, rest: str = ""):
    """An address under /api/ that names no endpoint answers like the API does, in JSON, not with a web page."""
    return JsonResponse({"detail": NOT_FOUND}, status=404, json_dumps_params={"ensure_ascii": False})


urlpatterns = [path("", api.urls), re_path(r"^(?P<rest>.*)$", unknown_path)]
