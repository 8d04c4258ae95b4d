"""The text-hygiene rule (core.texthygiene) on every form: mix `TextHygieneMixin` into each form class."""

from django import forms
from django.core.exceptions import ValidationError

from .texthygiene import newlines_normalise, text_problem


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
