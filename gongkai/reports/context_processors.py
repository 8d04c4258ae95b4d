from .rules import has_reports_access


def reports(request):
    return {"reports_access": has_reports_access(request.user)}
