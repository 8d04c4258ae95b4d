"""Applications for staff pages, looked up only through rules.visible_applications: outside it, a 404.

Used by the application pages and by the letters pages (foi.letters), so neither imports the other's views.
"""

from django.http import Http404

from . import rules
from .models import Application


def application_or_404(user, pk: int) -> Application:
    application = rules.visible_applications(user).select_related("department").filter(pk=pk).first()
    if application is None:
        raise Http404("未找到该申请")
    return application
