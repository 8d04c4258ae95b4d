from django import template

from ..rules import has_reports_access

register = template.Library()


@register.simple_tag(takes_context=True)
def reports_access(context) -> bool:
    request = context.get("request")
    return bool(request and has_reports_access(request.user))
