"""Panels the foi pages include: letters and delivered files of one application."""

from django import template

from gongkai.core.permissions import is_office
from gongkai.foi import rules

from ..forms import DeliveredFileForm
from ..models import LetterKind
from ..services import available_kinds

register = template.Library()


def _latest_per_kind(application):
    latest = {}
    for letter in application.letters.order_by("generated_at", "id"):
        latest[letter.kind] = letter
    return [latest[k] for k in LetterKind.values if k in latest]


@register.inclusion_tag("foi_letters/_staff_panel.html", takes_context=True)
def letters_panel(context, application):
    user = context["request"].user
    can_handle = rules.can_handle(user, application)
    kinds = available_kinds(application) if can_handle else []
    return {
        "request": context["request"],
        "csrf_token": context.get("csrf_token"),
        "app": application,
        "letters": application.letters.select_related("generated_by").order_by("-generated_at", "-id"),
        "files": application.delivered_files.all(),
        "generate": [(k, LetterKind(k).label) for k in kinds],
        "can_handle": can_handle,
        "file_form": DeliveredFileForm()
        if can_handle and application.state in ("replied", "archived")
        else None,
        "is_office": is_office(user),
    }


@register.inclusion_tag("foi_letters/_public_panel.html")
def applicant_letters(application):
    return {"letters": _latest_per_kind(application), "files": application.delivered_files.all()}
