"""Form helpers shared by every domain's staff and public forms."""

from django import forms
from django.core.exceptions import ValidationError

from gongkai.core.exceptions import ApplicationError


def add_service_error(form: forms.Form, exc: Exception) -> None:
    """Show a refusal from a service next to its field when the form has that field, else above the form."""
    if isinstance(exc, ApplicationError):
        form.add_error(exc.field if exc.field in form.fields else None, exc.message)
        return
    if isinstance(exc, ValidationError) and hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
        return
    form.add_error(None, exc)


class Fieldsets:
    """Mixin: FIELDSETS = [(legend, [field names])] rendered in that order; absent fields are skipped."""

    FIELDSETS: list[tuple[str, list[str]]] = []

    def fieldsets(self):
        for legend, names in self.FIELDSETS:
            fields = [self[name] for name in names if name in self.fields]
            if fields:
                yield legend, fields
