"""The unread count in the staff header, read where the header is drawn (no per-app context processor)."""

from django import template

from ..selectors import notification_count_unread

register = template.Library()


@register.simple_tag(takes_context=True)
def unread_notification_count(context) -> int:
    request = context.get("request")
    return notification_count_unread(user=request.user) if request is not None else 0
