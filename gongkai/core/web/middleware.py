from django.utils.cache import add_never_cache_headers

from .access import is_staff_page


class StaffNoStoreMiddleware:
    """Every answer of a staff page (200, 403, 404 alike) carries Cache-Control: no-store.

    Unpublished documents and applicants' personal data must not stay in a shared cache or the browser's
    back-forward cache after logout. Staff pages are the views marked by `staff_view` / `staff_page`.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        if match is not None and is_staff_page(match.func):
            add_never_cache_headers(response)
        return response
