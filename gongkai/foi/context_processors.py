from .rules import has_foi_access


def foi(request):
    return {"foi_access": has_foi_access(request.user)}
