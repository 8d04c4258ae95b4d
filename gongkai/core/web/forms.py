"""Form helpers shared by every domain's staff and public forms, and the text rule (core.texthygiene) on
every form: mix `TextHygieneMixin` into each form class."""

from django import forms
from django.core.exceptions import ValidationError

from gongkai.core.exceptions import ApplicationError
from gongkai.core.texthygiene import newlines_normalise, text_problem


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


class TextHygieneValidator:
    """Refuses control and bidirectional characters; the message names the field."""

    def __init__(self, label: str):
        self.label = label

    def __call__(self, value) -> None:
        problem = text_problem(str(value), label=f"“{self.label}”")
        if problem:
            raise ValidationError(problem, code="unsafe_characters")


def _guard(field: forms.Field, name: str) -> None:
    # Passwords are compared, never shown or exported: any character a person chose stays valid.
    if getattr(field, "_text_hygiene", False) or not isinstance(field, forms.CharField):
        return
    if isinstance(field.widget, forms.PasswordInput):
        return
    field.validators = [*field.validators, TextHygieneValidator(str(field.label or name))]
    to_python = field.to_python

    def normalised(value):
        value = to_python(value)
        return newlines_normalise(value) if isinstance(value, str) else value

    field.to_python = normalised  # this form's copy of the field only (Django deep-copies declared fields)
    field._text_hygiene = True


class TextHygieneMixin:
    """Every text field (CharField and its subclasses: e-mail, URL, slug …) refuses unsafe characters with a
    Chinese error on that field and stores newlines as LF. Fields added in a form's __init__ are covered too,
    since the guard is installed when the form is cleaned. The typed value is kept in the re-shown form."""

    def full_clean(self):
        for name, field in self.fields.items():
            _guard(field, name)
        super().full_clean()
